package org.ddmsportal.it;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Counts the SELECTs an action sends to MariaDB, to prove list pages cost the same for 2 rows
 * as for 10. Only the action's own statements count, so a timer or another test working at the
 * same moment (the outbox sender, a job) adds nothing: EclipseLink's reads are counted per
 * thread ({@link JpaSelects}); the plain JDBC stores (search, lineage, observations) run in the
 * action's transaction, in which the pool hands every caller the same connection, and are
 * counted by that connection's own counter ({@code SHOW SESSION STATUS LIKE 'Com_select'}),
 * less what reading the counter itself costs.
 */
final class QueryCounter {

    private QueryCounter() {
    }

    static long selects(DataSource dataSource, Runnable action) throws SQLException {
        UserTransaction tx = userTransaction();
        try {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                throw new IllegalStateException("count outside a transaction: the action gets its own");
            }
            tx.begin();
            try (Connection c = dataSource.getConnection()) {
                requireOneConnectionPerTransaction(dataSource, c);
                long first = count(c);
                long overhead = count(c) - first;
                long before = count(c);
                long jpa = CDI.current().select(JpaSelects.class).get().count(action);
                return jpa + count(c) - before - overhead;
            } finally {
                tx.rollback(); // the action only reads; nothing of the count is kept
            }
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the counting transaction failed", e);
        }
    }

    /**
     * The SQL of the SELECTs EclipseLink sends for {@code action}, run as a page runs its use
     * cases: outside a transaction, so each use case has a persistence context of its own and a
     * record read again is read again from the database (within one transaction EclipseLink
     * would answer a second read of it from the first).
     */
    static List<String> jpaSelects(Runnable action) {
        return CDI.current().select(JpaSelects.class).get().statements(action);
    }

    /** The counting rests on it: the application's reads in this transaction use this connection. */
    private static void requireOneConnectionPerTransaction(DataSource dataSource, Connection counted) throws SQLException {
        try (Connection other = dataSource.getConnection()) {
            if (connectionId(other) != connectionId(counted)) {
                throw new IllegalStateException("the pool gave a second connection within one transaction: "
                        + "the action's SELECTs cannot be told from others'");
            }
        }
    }

    private static long connectionId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW SESSION STATUS LIKE 'Com_select'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private static UserTransaction userTransaction() {
        try {
            return InitialContext.doLookup("java:comp/UserTransaction");
        } catch (NamingException e) {
            throw new IllegalStateException("no UserTransaction: QueryCounter runs in the container", e);
        }
    }
}
