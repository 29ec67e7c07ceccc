package org.ddmsportal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.ddmsportal.devstack.TestStack;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The migrations build the schema and the reference data on an empty database. */
class MigrationIT {

    private static final String DATABASE = "ddms_migration_test";
    private static String url;

    @BeforeAll
    static void emptyDatabase() throws Exception {
        TestStack.dropDatabase(DATABASE);
        url = TestStack.jdbcUrl(DATABASE);
    }

    @AfterAll
    static void drop() throws Exception {
        TestStack.dropDatabase(DATABASE);
    }

    @Test
    void migrationsApplyToAnEmptyDatabaseWithTheReferenceData() throws Exception {
        Flyway flyway = Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration").load();
        MigrateResult result = flyway.migrate();
        assertTrue(result.success);
        assertEquals(migrationFiles(), result.migrationsExecuted, "every file under db/migration is applied, once");
        assertEquals(0, flyway.info().pending().length);

        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            assertEquals(56, count(s, "SELECT COUNT(*) FROM country WHERE unece_member"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM country WHERE name_en = '' OR name_fr = '' OR name_ru = ''"
                    + " OR LENGTH(iso_alpha3) <> 3 OR LENGTH(iso_numeric) <> 3"));
            try (ResultSet rs = s.executeQuery(
                    "SELECT iso_alpha3, iso_numeric, name_en, name_fr, name_ru FROM country WHERE iso_alpha2 = 'RS'")) {
                assertTrue(rs.next());
                assertEquals("SRB", rs.getString(1));
                assertEquals("688", rs.getString(2));
                assertEquals("Serbia", rs.getString(3));
                assertEquals("Serbie", rs.getString(4));
                assertEquals("Сербия", rs.getString(5));
            }
            // UN short names (UNTERM), V11_1
            assertEquals(1, count(s, "SELECT COUNT(*) FROM country WHERE iso_alpha2 = 'BA'"
                    + " AND name_en = 'Bosnia and Herzegovina' AND name_fr = 'Bosnie-Herzégovine'"));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM country WHERE iso_alpha2 = 'KG'"
                    + " AND name_en = 'Kyrgyzstan' AND name_fr = 'Kirghizistan'"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM country WHERE name_en LIKE '%&%'"));
            assertEquals(10, count(s, "SELECT COUNT(*) FROM organisation_type"));
            assertEquals(8, count(s, "SELECT COUNT(*) FROM gsbpm_phase"));
            assertEquals(10, count(s, "SELECT COUNT(*) FROM policy_domain"));
            try (ResultSet rs = s.executeQuery("SELECT name_fr FROM gsbpm_phase WHERE code = '4'")) {
                assertTrue(rs.next());
                assertEquals("Collecter", rs.getString(1));
            }
            // demo data lives apart and is not part of the schema migrations
            assertEquals(0, count(s, "SELECT COUNT(*) FROM organisation"));
            assertFalse(flyway.info().current().getDescription().toLowerCase().contains("demo"));
        }
    }

    /**
     * V29 names who changed a record last: rows written before it take the name their account last
     * had in the audit trail; an account the trail never named keeps showing alone.
     */
    @Test
    void recordsChangedBeforeTheirChangersNamesWereKeptTakeTheNameTheAuditTrailLastGave() throws Exception {
        String database = DATABASE + "_names";
        TestStack.dropDatabase(database);
        String namesUrl = TestStack.jdbcUrl(database);
        try {
            migrate(namesUrl, "28");
            try (Connection c = DriverManager.getConnection(namesUrl, "root", ""); Statement s = c.createStatement()) {
                for (String[] row : new String[][] {{"NAMED", "ana"}, {"UNNAMED", "bot"}}) {
                    s.executeUpdate("INSERT INTO organisation (code, name, type_id, country_id, version, created_at, created_by,"
                            + " modified_at, modified_by) SELECT '" + row[0] + "', '" + row[0] + "', t.id, c.id, 0, UTC_TIMESTAMP(6), '"
                            + row[1] + "', UTC_TIMESTAMP(6), '" + row[1] + "' FROM organisation_type t, country c"
                            + " WHERE t.code = 'NSI' AND c.iso_alpha2 = 'RS'");
                }
                for (String name : new String[] {"Ana Old", "Ana Petrović"}) {
                    s.executeUpdate("INSERT INTO audit_entry (at, actor, actor_name, entity_type, entity_id, action, changes)"
                            + " VALUES (UTC_TIMESTAMP(6), 'ana', '" + name + "', 'Organisation', 1, 'UPDATE', '[]')");
                }
                s.executeUpdate("INSERT INTO audit_entry (at, actor, entity_type, entity_id, action, changes)"
                        + " VALUES (UTC_TIMESTAMP(6), 'ana', 'Organisation', 1, 'UPDATE', '[]')");
            }
            migrate(namesUrl, "latest");
            try (Connection c = DriverManager.getConnection(namesUrl, "root", ""); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT code, modified_by_name FROM organisation ORDER BY code")) {
                    assertTrue(rs.next());
                    assertEquals("NAMED", rs.getString(1));
                    assertEquals("Ana Petrović", rs.getString(2), "the name the audit trail last gave the account");
                    assertTrue(rs.next());
                    assertEquals("UNNAMED", rs.getString(1));
                    assertEquals(null, rs.getString(2), "an account never named keeps showing alone");
                }
            }
        } finally {
            TestStack.dropDatabase(database);
        }
    }

    /** V30 takes control and format characters (a right-to-left override) out of the attachments' stored names. */
    @Test
    void attachmentNamesStoredWithARightToLeftOverrideLoseIt() throws Exception {
        String database = DATABASE + "_attachments";
        TestStack.dropDatabase(database);
        String attachmentsUrl = TestStack.jdbcUrl(database);
        try {
            migrate(attachmentsUrl, "29");
            try (Connection c = DriverManager.getConnection(attachmentsUrl, "root", ""); Statement s = c.createStatement()) {
                s.execute("SET FOREIGN_KEY_CHECKS = 0");
                String[] names = {"Izveštaj \u202Efdp.exe.pdf", "evidence.pdf", "\u202E\u200B"};
                for (String name : names) {
                    s.executeUpdate("INSERT INTO case_study_attachment (case_study_id, file_name, content_type, size_bytes, sha256,"
                            + " uploaded_at, uploaded_by) VALUES (1, '" + name + "', 'application/pdf', 1, '" + "0".repeat(64)
                            + "', UTC_TIMESTAMP(6), 'ana')");
                }
            }
            migrate(attachmentsUrl, "latest");
            try (Connection c = DriverManager.getConnection(attachmentsUrl, "root", ""); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT file_name FROM case_study_attachment ORDER BY id")) {
                for (String expected : new String[] {"Izveštaj fdp.exe.pdf", "evidence.pdf", "attachment"}) {
                    assertTrue(rs.next());
                    assertEquals(expected, rs.getString(1));
                }
            }
        } finally {
            TestStack.dropDatabase(database);
        }
    }

    /** Applies the migrations to that database up to the target version ({@code latest}: all of them). */
    private static void migrate(String url, String target) {
        Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration").target(target).load().migrate();
    }

    /** The versioned migrations shipped, counted from the files themselves (so a new one needs no edit here). */
    private static int migrationFiles() throws Exception {
        URL folder = MigrationIT.class.getClassLoader().getResource("db/migration");
        assertNotNull(folder, "db/migration on the class path");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            int n = (int) files.filter(f -> f.getFileName().toString().matches("V\\d+(_\\d+)*__.+\\.sql")).count();
            assertTrue(n > 0, "migration files found in " + folder);
            return n;
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
