package org.ddmsportal.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ddmsportal.bench.BenchData;

/**
 * {@code bench/run}'s stack: the {@code mvn -Prun} stack on its own ports and data folder
 * ({@code .bench-data/}, kept between runs) with the demo data and the bench data set
 * ({@link BenchData}, loaded once), then the ids of sample records for the targets
 * ({@code .bench-data/ids.env}) and the portal's process id ({@code portal.pid}). It writes
 * {@code ready} when all is done and runs until stopped (SIGTERM stops the whole stack).
 *
 * <p>Ports (system properties): {@code ddms.port} 8480, {@code ddms.keycloak.port} 8580 (+1000
 * management), {@code ddms.db.port} 3407, {@code ddms.smtp.port} 3425.
 */
public final class BenchPortal {

    private BenchPortal() {
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("ddms.basedir", ".")).toAbsolutePath();
        Path data = Path.of(System.getProperty("ddms.bench.data", basedir.resolve(".bench-data").toString()));
        Files.deleteIfExists(data.resolve("ready"));
        int port = Integer.getInteger("ddms.port", 8480);
        RunPortal.Stack stack = RunPortal.start(basedir, data, port, Integer.getInteger("ddms.keycloak.port", 8580),
                Integer.getInteger("ddms.db.port", 3407), Integer.getInteger("ddms.smtp.port", 3425));
        String jdbc = stack.db.jdbcUrl("ddms");
        BenchData.load(jdbc, "root", "", data.resolve("files"));
        Files.writeString(data.resolve("ids.env"), sampleIds(jdbc));
        Files.writeString(data.resolve("portal.pid"), Long.toString(stack.portal.pid()));
        Files.writeString(data.resolve("db.url"), jdbc);
        Files.writeString(data.resolve("ready"), "http://localhost:" + port);
        System.out.println("[bench] Bench portal ready at http://localhost:" + port + " (pid " + stack.portal.pid() + ")");
        stack.portal.waitFor();
    }

    /** Records the targets open: Serbian ones (manager.rs may see them), the busiest indicator. */
    static String sampleIds(String jdbc) throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        String rs = "(SELECT id FROM country WHERE iso_alpha2 = 'RS')";
        queries.put("organisation", "SELECT MAX(id) FROM organisation WHERE country_id = " + rs);
        queries.put("contact", "SELECT MAX(c.id) FROM contact c JOIN organisation o ON o.id = c.organisation_id WHERE o.country_id = " + rs);
        queries.put("partnership", "SELECT MAX(p.id) FROM partnership p JOIN organisation o ON o.id = p.lead_organisation_id WHERE o.country_id = " + rs);
        queries.put("agreement", "SELECT MAX(id) FROM agreement WHERE country_code = 'RS'");
        queries.put("pilot", "SELECT MAX(p.id) FROM pilot p JOIN organisation o ON o.id = p.city_id WHERE o.country_id = " + rs);
        queries.put("dataset", "SELECT MAX(d.id) FROM dataset d JOIN organisation o ON o.id = d.provider_id WHERE o.country_id = " + rs + " AND d.partnership_id IS NULL AND d.pilot_id IS NULL");
        queries.put("indicator", "SELECT i.id FROM indicator i JOIN observation o ON o.indicator_id = i.id WHERE i.country_id = " + rs + " GROUP BY i.id ORDER BY COUNT(*) DESC, i.id LIMIT 1");
        queries.put("indicator_code", "SELECT code FROM indicator WHERE code LIKE 'B-RS-%' ORDER BY id LIMIT 1");
        queries.put("case_study", "SELECT MAX(id) FROM case_study WHERE country_id = " + rs + " AND status = 'PUBLISHED'");
        queries.put("case_study_slug", "SELECT slug FROM case_study WHERE country_id = " + rs + " AND status = 'PUBLISHED' ORDER BY id DESC LIMIT 1");
        queries.put("decision", "SELECT MAX(d.id) FROM decision d JOIN organisation o ON o.id = d.city_id WHERE o.country_id = " + rs);
        queries.put("activity", "SELECT MAX(id) FROM dissemination_activity WHERE country_id = " + rs);
        queries.put("guideline", "SELECT MAX(id) FROM guideline WHERE published");
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(jdbc, "root", ""); Statement st = c.createStatement()) {
            for (var q : queries.entrySet()) {
                try (ResultSet r = st.executeQuery(q.getValue())) {
                    out.append(q.getKey()).append('=').append(r.next() ? r.getString(1) : "").append('\n');
                }
            }
        }
        return out.toString();
    }
}
