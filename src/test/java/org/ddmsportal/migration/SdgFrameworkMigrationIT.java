package org.ddmsportal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddmsportal.devstack.TestStack;
import org.ddmsportal.migration.OfficialSdgFramework.Entry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V11 brings sdg_entry to UNSD's framework after the 2025 comprehensive review, checked against the
 * official list kept in {@code standards/sdg-gif-2025/}, and moves indicators linked to retired codes.
 */
class SdgFrameworkMigrationIT {

    private static final String DATABASE = "ddms_sdg_migration_test";
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
    void theFrameworkIsUnsdsAfterThe2025ReviewAndLinksToRetiredCodesMove() throws Exception {
        Flyway before = Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration")
                .target("10.1").load();
        before.migrate();
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            for (String[] link : new String[][] {{"T-BROADBAND", "17.6.2"}, {"T-GRANTS", "1.a.3"},
                    {"T-CAPACITY", "13.3.2"}, {"T-TOURISM", "8.9.2"}, {"T-TRANSPORT", "11.2.1"}}) {
                s.executeUpdate("INSERT INTO indicator (code, name_en, name_fr, name_ru, country_id, unit, sdg_code,"
                        + " version, created_at, created_by, modified_at, modified_by) SELECT '" + link[0]
                        + "', 'n', 'n', 'n', id, '%', '" + link[1] + "', 0, UTC_TIMESTAMP(6), 't', UTC_TIMESTAMP(6), 't'"
                        + " FROM country WHERE iso_alpha2 = 'RS'");
            }
        }

        Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration").load().migrate();

        Map<String, Entry> official = OfficialSdgFramework.entries();
        Map<String, Entry> stored = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "SELECT code, level, parent_code, title_en, title_fr, title_ru FROM sdg_entry ORDER BY sort_key")) {
                while (rs.next()) {
                    stored.put(rs.getString(1), new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                            OfficialSdgFramework.spaces(rs.getString(4))));
                    assertTrue(!rs.getString(5).isBlank() && !rs.getString(6).isBlank(), rs.getString(1));
                }
            }
            // the same entries, in the framework's order, with UNSD's English text
            assertEquals(17, official.values().stream().filter(e -> e.level().equals("GOAL")).count());
            assertEquals(169, official.values().stream().filter(e -> e.level().equals("TARGET")).count());
            assertEquals(251, official.values().stream().filter(e -> e.level().equals("INDICATOR")).count());
            assertEquals(new ArrayList<>(official.keySet()), new ArrayList<>(stored.keySet()));
            List<String> different = new ArrayList<>();
            official.forEach((code, e) -> {
                if (!e.equals(stored.get(code))) {
                    different.add(e + " ≠ " + stored.get(code));
                }
            });
            assertEquals(List.of(), different);

            assertEquals("17.6.1", sdgOf(s, "T-BROADBAND"));
            assertNull(sdgOf(s, "T-GRANTS"));
            assertNull(sdgOf(s, "T-CAPACITY"));
            assertEquals("8.9.2", sdgOf(s, "T-TOURISM"));
            assertEquals("11.2.1", sdgOf(s, "T-TRANSPORT"));
            try (ResultSet rs = s.executeQuery("SELECT i.code, i.version, a.actor, a.changes FROM audit_entry a"
                    + " JOIN indicator i ON a.entity_type = 'Indicator' AND a.entity_id = i.id ORDER BY i.code")) {
                List<String> audit = new ArrayList<>();
                while (rs.next()) {
                    audit.add(rs.getString(1) + " v" + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
                assertEquals(List.of(
                        "T-BROADBAND v1 system [{\"field\":\"sdg\",\"before\":\"17.6.2\",\"after\":\"17.6.1\"}]",
                        "T-CAPACITY v1 system [{\"field\":\"sdg\",\"before\":\"13.3.2\",\"after\":null}]",
                        "T-GRANTS v1 system [{\"field\":\"sdg\",\"before\":\"1.a.3\",\"after\":null}]"), audit);
            }
        }
    }

    private static String sdgOf(Statement s, String indicator) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT sdg_code FROM indicator WHERE code = '" + indicator + "'")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
