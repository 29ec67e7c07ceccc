package org.ddmsportal.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Data a test writes straight into the database (to set dates the portal would not let it set)
 * leaves an audit entry, as every write through the portal does in its transaction: answers kept
 * under the audit trail's change mark (the dashboards, {@code MarkedCache}) are then computed anew,
 * exactly as after a user's change.
 */
public final class SeededChange {

    private SeededChange() {
    }

    public static void record(Connection c, String what) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (at, actor, entity_type, entity_id,"
                + " entity_label, action, changes) VALUES (UTC_TIMESTAMP(6), 'test', 'Seeded', 0, ?, 'CREATE', '[]')")) {
            ps.setString(1, what);
            ps.executeUpdate();
        }
    }
}
