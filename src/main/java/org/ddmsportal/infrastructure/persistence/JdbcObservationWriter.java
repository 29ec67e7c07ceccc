package org.ddmsportal.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.ddmsportal.application.data.ObservationRow;
import org.ddmsportal.application.data.ObservationSink;

/**
 * Writes observation rows through JDBC batches on a connection it is given (the container's,
 * enlisted in the import's transaction; or a plain one in the benchmark). A row for an existing
 * indicator/territory/period replaces its value and status; a delete row removes it.
 * Closing the statements is the caller's business through {@link #finish()}.
 */
public class JdbcObservationWriter implements ObservationSink {

    static final String UPSERT = "INSERT INTO observation (indicator_id, territory_code, period, obs_value, status)"
            + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE obs_value = VALUES(obs_value), status = VALUES(status)";
    static final String DELETE = "DELETE FROM observation WHERE indicator_id = ? AND territory_code = ? AND period = ?";
    public static final int BATCH = 2000;

    private final PreparedStatement upsert;
    private final PreparedStatement delete;
    private int pendingUpserts;
    private int pendingDeletes;
    private long written;

    public JdbcObservationWriter(Connection connection) {
        try {
            this.upsert = connection.prepareStatement(UPSERT);
            this.delete = connection.prepareStatement(DELETE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the observation statements", e);
        }
    }

    @Override
    public void accept(ObservationRow row) {
        try {
            if (row.delete()) {
                delete.setLong(1, row.indicatorId());
                delete.setString(2, row.territory());
                delete.setString(3, row.period());
                delete.addBatch();
                if (++pendingDeletes == BATCH) {
                    flushDeletes();
                }
            } else {
                // deletes of the same key must not overtake an earlier write, and vice versa
                if (pendingDeletes > 0) {
                    flushDeletes();
                }
                upsert.setLong(1, row.indicatorId());
                upsert.setString(2, row.territory());
                upsert.setString(3, row.period());
                upsert.setBigDecimal(4, row.value());
                upsert.setString(5, String.valueOf(row.status().code()));
                upsert.addBatch();
                if (++pendingUpserts == BATCH) {
                    flushUpserts();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing observations failed", e);
        }
    }

    private void flushUpserts() throws SQLException {
        upsert.executeBatch();
        written += pendingUpserts;
        pendingUpserts = 0;
    }

    private void flushDeletes() throws SQLException {
        if (pendingUpserts > 0) {
            flushUpserts();
        }
        delete.executeBatch();
        written += pendingDeletes;
        pendingDeletes = 0;
    }

    @Override
    public long finish() {
        try {
            if (pendingUpserts > 0) {
                flushUpserts();
            }
            if (pendingDeletes > 0) {
                flushDeletes();
            }
            upsert.close();
            delete.close();
            return written;
        } catch (SQLException e) {
            throw new IllegalStateException("writing observations failed", e);
        }
    }
}
