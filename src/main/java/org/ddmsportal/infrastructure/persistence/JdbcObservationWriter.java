package org.ddmsportal.infrastructure.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ddmsportal.application.data.ImportCounts;
import org.ddmsportal.application.data.ObservationRow;
import org.ddmsportal.application.data.ObservationSink;

/**
 * Writes observation rows through JDBC batches on a connection it is given (the container's,
 * enlisted in the import's transaction; or a plain one in the benchmark). A row for an existing
 * indicator/territory/period replaces its value and status; a delete row removes it.
 *
 * <p>Before each batch it reads what is stored under the batch's keys (one query per indicator
 * in the batch, on the unique index), so that it can report what the import did — inserted,
 * updated, deleted, unchanged — without relying on the driver's update counts (which depend
 * on connection options such as useAffectedRows and bulk statements). Rows whose value and
 * status are already stored are not written at all.
 *
 * <p>An indicator that had no observation when the import first reached it (the usual first
 * upload) is not looked up again: a file never gives a key twice (the reader refuses a repeated
 * key and passes nothing on after a problem), so every row of it is an insert and every delete
 * finds nothing. That saves one query per batch on the largest imports.
 */
public class JdbcObservationWriter implements ObservationSink {

    static final String UPSERT = "INSERT INTO observation (indicator_id, territory_code, period, obs_value, status)"
            + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE obs_value = VALUES(obs_value), status = VALUES(status)";
    static final String DELETE = "DELETE FROM observation WHERE indicator_id = ? AND territory_code = ? AND period = ?";
    public static final int BATCH = 2000;

    private record Stored(BigDecimal value, String status) {
    }

    private final Connection connection;
    private final PreparedStatement upsert;
    private final PreparedStatement delete;
    private final List<ObservationRow> pending = new ArrayList<>();
    private final Set<String> pendingKeys = new HashSet<>();
    /** Per indicator: whether it had observations when the import first reached it. */
    private final Map<Long, Boolean> hadObservations = new HashMap<>();
    private long inserted;
    private long updated;
    private long deleted;
    private long unchanged;

    public JdbcObservationWriter(Connection connection) {
        this.connection = connection;
        try {
            this.upsert = connection.prepareStatement(UPSERT);
            this.delete = connection.prepareStatement(DELETE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the observation statements", e);
        }
    }

    @Override
    public void accept(ObservationRow row) {
        if (!pendingKeys.add(row.key())) {
            flush(); // the same key twice in one batch: the first must be written before the second is compared
            pendingKeys.add(row.key());
        }
        pending.add(row);
        if (pending.size() == BATCH) {
            flush();
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            Map<String, Stored> stored = stored();
            int upserts = 0;
            int deletes = 0;
            for (ObservationRow row : pending) {
                Stored before = stored.get(row.key());
                if (row.delete()) {
                    if (before == null) {
                        unchanged++;
                        continue;
                    }
                    delete.setLong(1, row.indicatorId());
                    delete.setString(2, row.territory());
                    delete.setString(3, row.period());
                    delete.addBatch();
                    deletes++;
                    deleted++;
                } else {
                    String status = String.valueOf(row.status().code());
                    if (before != null && before.value().compareTo(row.value()) == 0 && before.status().equals(status)) {
                        unchanged++;
                        continue;
                    }
                    upsert.setLong(1, row.indicatorId());
                    upsert.setString(2, row.territory());
                    upsert.setString(3, row.period());
                    upsert.setBigDecimal(4, row.value());
                    upsert.setString(5, status);
                    upsert.addBatch();
                    upserts++;
                    if (before == null) {
                        inserted++;
                    } else {
                        updated++;
                    }
                }
            }
            // within a batch every key is distinct, so deletes and writes do not depend on their order
            if (deletes > 0) {
                delete.executeBatch();
            }
            if (upserts > 0) {
                upsert.executeBatch();
            }
            pending.clear();
            pendingKeys.clear();
        } catch (SQLException e) {
            throw new IllegalStateException("writing observations failed", e);
        }
    }

    /** What is stored under the pending rows' keys, by {@link ObservationRow#key()}. */
    private Map<String, Stored> stored() throws SQLException {
        Map<Long, List<ObservationRow>> byIndicator = new LinkedHashMap<>();
        for (ObservationRow row : pending) {
            byIndicator.computeIfAbsent(row.indicatorId(), k -> new ArrayList<>()).add(row);
        }
        Map<String, Stored> stored = new HashMap<>();
        for (var e : byIndicator.entrySet()) {
            if (!hadObservations(e.getKey())) {
                continue;
            }
            Set<String> territories = new LinkedHashSet<>();
            Set<String> periods = new LinkedHashSet<>();
            e.getValue().forEach(r -> {
                territories.add(r.territory());
                periods.add(r.period());
            });
            String sql = "SELECT territory_code, period, obs_value, status FROM observation WHERE indicator_id = ?"
                    + " AND territory_code IN (" + territories.stream().map(t -> "?").collect(Collectors.joining(","))
                    + ") AND period IN (" + periods.stream().map(t -> "?").collect(Collectors.joining(",")) + ")";
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                int i = 1;
                s.setLong(i++, e.getKey());
                for (String t : territories) {
                    s.setString(i++, t);
                }
                for (String p : periods) {
                    s.setString(i++, p);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        stored.put(ObservationRow.key(e.getKey(), rs.getString(1), rs.getString(2)),
                                new Stored(rs.getBigDecimal(3), rs.getString(4)));
                    }
                }
            }
        }
        return stored;
    }

    private boolean hadObservations(long indicator) throws SQLException {
        Boolean had = hadObservations.get(indicator);
        if (had == null) {
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT 1 FROM observation WHERE indicator_id = ? LIMIT 1")) {
                s.setLong(1, indicator);
                try (ResultSet rs = s.executeQuery()) {
                    had = rs.next();
                }
            }
            hadObservations.put(indicator, had);
        }
        return had;
    }

    @Override
    public ImportCounts finish() {
        flush();
        try {
            upsert.close();
            delete.close();
        } catch (SQLException e) {
            throw new IllegalStateException("writing observations failed", e);
        }
        return new ImportCounts(inserted, updated, deleted, unchanged);
    }
}
