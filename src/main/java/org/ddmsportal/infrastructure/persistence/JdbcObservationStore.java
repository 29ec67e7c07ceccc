package org.ddmsportal.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ddmsportal.application.data.ObservationSink;
import org.ddmsportal.application.data.ObservationStore;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.data.ObservationStatus;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * Observations through plain JDBC on the container's data source; inside a transaction the
 * connection is the transaction's, so an import and its audit entry commit or roll back together.
 */
@ApplicationScoped
public class JdbcObservationStore implements ObservationStore {

    private static final String SELECT = "SELECT i.code, o.territory_code, o.period, o.obs_value, o.status"
            + " FROM observation o JOIN indicator i ON i.id = o.indicator_id";
    /**
     * The latest value of each territory: the newest period per territory first (one pass over the
     * indicator's entries of the unique index), then each of those rows by that key. MariaDB would
     * rather scan all of the indicator's rows and look each up in the grouped ones (43 ms instead
     * of 9 for the bench's 12,000 observations), hence STRAIGHT_JOIN: the tables in the order written.
     */
    private static final String LATEST = "SELECT STRAIGHT_JOIN i.code, o.territory_code, o.period, o.obs_value, o.status";
    private static final Map<String, String> SORTABLE = Map.of(
            "territory", "o.territory_code", "period", "o.period", "value", "o.obs_value", "status", "o.status");

    @Resource(lookup = DatabaseSetup.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public ObservationSink sink() {
        Connection connection = connection();
        JdbcObservationWriter writer = new JdbcObservationWriter(connection);
        return new ObservationSink() {
            @Override
            public void accept(org.ddmsportal.application.data.ObservationRow row) {
                writer.accept(row);
            }

            @Override
            public org.ddmsportal.application.data.ImportCounts finish() {
                try (connection) {
                    return writer.finish();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    @Override
    public Page<Observation> page(long indicatorId, boolean withConfidential, PageRequest request) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE o.indicator_id = ?");
        params.add(indicatorId);
        if (!withConfidential) {
            where.append(" AND o.status <> 'C'");
        }
        if (request.filter("territory") != null) {
            where.append(" AND o.territory_code LIKE ?");
            params.add(JpqlWhere.escape(request.filter("territory")) + "%");
        }
        if (request.filter("period") != null) {
            where.append(" AND o.period LIKE ?");
            params.add(JpqlWhere.escape(request.filter("period")) + "%");
        }
        if (request.filter("status") != null) {
            where.append(" AND o.status = ?");
            params.add(request.filter("status"));
        }
        String order = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), null);
        String orderBy = order == null ? " ORDER BY o.period DESC, o.territory_code"
                : " ORDER BY " + order + (request.ascending() ? " ASC" : " DESC") + ", o.id";
        try (Connection c = connection()) {
            long total;
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM observation o" + where)) {
                bind(count, params);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Observation> rows = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(SELECT + where + orderBy + " LIMIT ? OFFSET ?")) {
                List<Object> all = new ArrayList<>(params);
                all.add(request.size());
                all.add(request.first());
                bind(select, all);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(read(rs));
                    }
                }
            }
            return new Page<>(rows, total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Observation> series(long indicatorId, boolean withConfidential, int limit) {
        // the chart's territories first (DISTINCT walks the unique index), then their values only
        String status = withConfidential ? "" : " AND o.status <> 'C'";
        List<Observation> rows = new ArrayList<>();
        query(SELECT + " JOIN (SELECT DISTINCT territory_code FROM observation o WHERE o.indicator_id = ?" + status
                + " ORDER BY territory_code LIMIT ?) t ON t.territory_code = o.territory_code"
                + " WHERE o.indicator_id = ?" + status + " ORDER BY o.territory_code, o.period LIMIT ?",
                List.of(indicatorId, SERIES_TERRITORIES, indicatorId, limit), rows::add);
        return rows;
    }

    @Override
    public List<Observation> latest(long indicatorId, boolean withConfidential) {
        String status = withConfidential ? "" : " AND o.status <> 'C'";
        List<Observation> rows = new ArrayList<>();
        query(LATEST + " FROM (SELECT territory_code, MAX(period) AS period FROM observation o WHERE o.indicator_id = ?"
                + status + " GROUP BY territory_code) l JOIN observation o ON o.indicator_id = ?"
                + " AND o.territory_code = l.territory_code AND o.period = l.period JOIN indicator i ON i.id = o.indicator_id"
                + " ORDER BY o.territory_code",
                List.of(indicatorId, indicatorId), rows::add);
        return rows;
    }

    @Override
    public List<Observation> latest(List<Long> indicatorIds, boolean withConfidential) {
        List<Observation> rows = new ArrayList<>();
        if (indicatorIds.isEmpty()) {
            return rows;
        }
        String status = withConfidential ? "" : " AND o.status <> 'C'";
        String in = indicatorIds.stream().map(id -> "?").collect(Collectors.joining(","));
        query(LATEST + " FROM (SELECT indicator_id, territory_code, MAX(period) AS period FROM observation o"
                + " WHERE o.indicator_id IN (" + in + ")" + status + " GROUP BY indicator_id, territory_code) l"
                + " JOIN observation o ON o.indicator_id = l.indicator_id AND o.territory_code = l.territory_code"
                + " AND o.period = l.period JOIN indicator i ON i.id = o.indicator_id ORDER BY i.code, o.territory_code",
                List.copyOf(indicatorIds), rows::add);
        return rows;
    }

    @Override
    public void forEach(List<Long> indicatorIds, boolean withConfidential, Consumer<Observation> each) {
        if (indicatorIds.isEmpty()) {
            return;
        }
        String in = indicatorIds.stream().map(id -> "?").collect(Collectors.joining(","));
        query(SELECT + " WHERE o.indicator_id IN (" + in + ")" + (withConfidential ? "" : " AND o.status <> 'C'")
                + " ORDER BY i.code, o.territory_code, o.period", List.copyOf(indicatorIds), each);
    }

    @Override
    public long territories(long indicatorId, boolean withConfidential) {
        // DISTINCT walks the unique index (indicator_id, territory_code, period), as series' does
        return count("SELECT COUNT(DISTINCT territory_code) FROM observation o WHERE o.indicator_id = ?"
                + (withConfidential ? "" : " AND o.status <> 'C'"), indicatorId);
    }

    @Override
    public long countForPilot(long pilotId, boolean finalOnly) {
        return count("SELECT COUNT(*) FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE i.pilot_id = ?"
                + (finalOnly ? " AND o.status = 'F'" : ""), pilotId);
    }

    @Override
    public long count(long indicatorId) {
        return count("SELECT COUNT(*) FROM observation WHERE indicator_id = ?", indicatorId);
    }

    private long count(String sql, long id) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void query(String sql, List<Object> params, Consumer<Observation> each) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    each.accept(read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Observation read(ResultSet rs) throws SQLException {
        return new Observation(rs.getString(1), rs.getString(2), rs.getString(3), Observation.canonical(rs.getBigDecimal(4)),
                ObservationStatus.ofCode(rs.getString(5).charAt(0)));
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("no database connection", e);
        }
    }
}
