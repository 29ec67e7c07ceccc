package org.ddmsportal.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Counts the SELECTs MariaDB runs for an action (its global {@code Com_select} counter, minus
 * the reading of the counter itself), to prove list pages cost the same for 2 rows as for 10.
 */
final class QueryCounter {

    private QueryCounter() {
    }

    static long selects(DataSource dataSource, Runnable action) throws SQLException {
        long before = count(dataSource);
        action.run();
        return count(dataSource) - before - 1;
    }

    private static long count(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
            rs.next();
            return rs.getLong(2);
        }
    }
}
