package org.ddmsportal.search;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.ddmsportal.application.search.SearchService;
import org.ddmsportal.devstack.MariaDbServer;
import org.ddmsportal.infrastructure.persistence.JdbcSearchStore;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * How long the cross-country search takes on a large library: N published case studies with ten
 * lessons each (random words, random facets) in a throwaway MariaDB with the real schema, then
 * the portal's {@code SearchService} over its {@code JdbcSearchStore}: a common word, a rare word,
 * a common word with three facets, two words, no words (everything, by date) and a deep page.
 * Run by {@code bench/search.sh [case-studies] [hold]} ({@code hold}: keep the database running
 * afterwards, for {@code EXPLAIN} by hand); prints figures, asserts nothing.
 */
public final class SearchBench {

    private static final String[] WORDS = ("data city mobility energy housing survey register partner agreement "
            + "statistics forecast model pilot council budget transport bus district household price consumption "
            + "quality method sample estimate decision policy map indicator school health tourism waste water")
            .split(" ");
    private static final String[] CATEGORIES = {"PLANNED_VS_ACHIEVED", "STILL_TO_ACHIEVE", "SUCCESS_FACTOR", "OBSTACLE",
        "RECOMMENDATION"};
    private static final String[] KINDS = {"ADMINISTRATIVE", "SURVEY", "BIG_DATA"};
    private static final String[] ML = {"NONE", "REGRESSION", "CLASSIFICATION", "CLUSTERING", "TIME_SERIES"};

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int studies = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path work = Path.of("target", "bench-search");
        Files.createDirectories(work);
        try (MariaDbServer db = MariaDbServer.start(3313, work.resolve("mariadb-base"),
                Files.createTempDirectory(work, "data-"), false)) {
            db.createDatabase("bench");
            String url = db.jdbcUrl("bench");
            Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration").load().migrate();
            long t0 = System.nanoTime();
            seed(url, studies);
            System.out.printf(Locale.ROOT, "seeded %,d published case studies and %,d lessons in %.1f s%n", studies,
                    studies * 10, (System.nanoTime() - t0) / 1e9);

            MariaDbDataSource pool = new MariaDbDataSource(url + "?user=root&password=");
            JdbcSearchStore store = new JdbcSearchStore();
            set(store, "dataSource", pool);
            SearchService search = new SearchService();
            set(search, "store", store);

            measure(search, "common word (\"data\")", new SearchService.Query("data", Map.of(), 0, 20));
            measure(search, "rare word (\"zqrare\")", new SearchService.Query("zqrare", Map.of(), 0, 20));
            measure(search, "common word + 3 facets", new SearchService.Query("data",
                    Map.of("country", "RS", "category", "OBSTACLE", "phase", "4"), 0, 20));
            measure(search, "two words (\"energy price\")", new SearchService.Query("energy price", Map.of(), 0, 20));
            measure(search, "no words (all, by date)", new SearchService.Query(null, Map.of(), 0, 20));
            measure(search, "common word, page 100", new SearchService.Query("data", Map.of(), 1980, 20));
            if (args.length > 1 && args[1].equals("hold")) {
                // keep the database for EXPLAIN by hand until Ctrl-C
                System.out.println("holding the database: mariadb -h127.0.0.1 -P3313 -uroot bench");
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }

    private static void measure(SearchService search, String what, SearchService.Query query) {
        SearchService.Result r = null;
        for (int i = 0; i < 3; i++) {
            r = search.searchPublic(query);
        }
        int runs = 10;
        long t = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            r = search.searchPublic(query);
        }
        double ms = (System.nanoTime() - t) / 1e6 / runs;
        System.out.printf(Locale.ROOT, "%-32s %,8d matches  %7.1f ms per search (page of 20 with facets)%n", what,
                r.total(), ms);
    }

    private static void seed(String url, int studies) throws Exception {
        Random random = new Random(42);
        // INSERT … SELECT can't go through the bulk protocol
        try (Connection c = DriverManager.getConnection(url + "?useBulkStmts=false", "root", "")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO country (iso_alpha2, iso_alpha3, iso_numeric, name_en, name_fr, name_ru, unece_member,"
                        + " version, created_at, created_by, modified_at, modified_by) SELECT 'QQ', 'QQQ', '999', 'Bench',"
                        + " 'Bench', 'Bench', TRUE, 0, NOW(6), 'b', NOW(6), 'b' FROM DUAL WHERE NOT EXISTS"
                        + " (SELECT 1 FROM country WHERE iso_alpha2 = 'QQ')");
            }
            List<String> countries = List.of("RS", "PL", "IT", "DE", "FR");
            try (PreparedStatement cs = c.prepareStatement("INSERT INTO case_study (country_id, slug, language, title,"
                    + " summary, results, search_text, status, published_at, version, created_at, created_by, modified_at,"
                    + " modified_by) SELECT id, ?, 'en', ?, ?, ?, ?, 'PUBLISHED', NOW(6), 0, NOW(6), 'b', NOW(6), 'b'"
                    + " FROM country WHERE iso_alpha2 = ?")) {
                for (int i = 0; i < studies; i++) {
                    String title = "Case " + i + " " + words(random, 4);
                    String summary = words(random, 40) + (i % 500 == 0 ? " zqrare" : "");
                    String results = words(random, 300);
                    cs.setString(1, "bench-" + i);
                    cs.setString(2, title);
                    cs.setString(3, summary);
                    cs.setString(4, results);
                    cs.setString(5, title + "\n" + summary + "\n" + results);
                    cs.setString(6, countries.get(i % countries.size()));
                    cs.addBatch();
                    if (i % 500 == 499) {
                        cs.executeBatch();
                    }
                }
                cs.executeBatch();
            }
            try (PreparedStatement l = c.prepareStatement("INSERT INTO lesson (country_id, case_study_id, category, text,"
                    + " gsbpm_phase_id, source_kind, ml_technique, version, created_at, created_by, modified_at, modified_by)"
                    + " SELECT cs.country_id, cs.id, ?, ?, (SELECT id FROM gsbpm_phase WHERE code = ?), ?, ?, 0, NOW(6), 'b',"
                    + " NOW(6), 'b' FROM case_study cs WHERE cs.slug = ?")) {
                for (int i = 0; i < studies * 10; i++) {
                    l.setString(1, CATEGORIES[random.nextInt(CATEGORIES.length)]);
                    l.setString(2, words(random, 30));
                    l.setString(3, Integer.toString(1 + random.nextInt(8)));
                    l.setString(4, KINDS[random.nextInt(KINDS.length)]);
                    l.setString(5, ML[random.nextInt(ML.length)]);
                    l.setString(6, "bench-" + (i / 10));
                    l.addBatch();
                    if (i % 1000 == 999) {
                        l.executeBatch();
                    }
                }
                l.executeBatch();
            }
            c.commit();
        }
    }

    private static String words(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

}
