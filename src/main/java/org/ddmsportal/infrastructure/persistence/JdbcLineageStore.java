package org.ddmsportal.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ddmsportal.application.lineage.Lineage;
import org.ddmsportal.application.lineage.Lineage.Kind;
import org.ddmsportal.application.lineage.LineageStore;
import org.ddmsportal.domain.agreement.Agreement;

/**
 * Lineage in SQL, scoped to the record asked for: a {@code WITH RECURSIVE} walk down and one up
 * from it (each step an indexed join on one link table), one query for the links among the
 * records reached, one query per kind of record for labels and lapsed flags. Nothing reads the
 * link tables as a whole.
 */
@ApplicationScoped
public class JdbcLineageStore implements LineageStore {

    /** A kind of link: the table holding it, its upstream and downstream columns. */
    private record LinkTable(Kind from, Kind to, String table, String fromColumn, String toColumn) {
    }

    private static final List<LinkTable> LINKS = List.of(
            new LinkTable(Kind.PARTNERSHIP, Kind.AGREEMENT, "agreement", "partnership_id", "id"),
            new LinkTable(Kind.AGREEMENT, Kind.DATASET, "dataset", "agreement_id", "id"),
            new LinkTable(Kind.PARTNERSHIP, Kind.DATASET, "dataset", "partnership_id", "id"),
            new LinkTable(Kind.DATASET, Kind.INDICATOR, "indicator_dataset", "dataset_id", "indicator_id"),
            new LinkTable(Kind.DATASET, Kind.PILOT, "pilot_dataset", "dataset_id", "pilot_id"),
            new LinkTable(Kind.PARTNERSHIP, Kind.PILOT, "pilot_partnership", "partnership_id", "pilot_id"),
            new LinkTable(Kind.INDICATOR, Kind.PILOT, "indicator", "id", "pilot_id"),
            new LinkTable(Kind.INDICATOR, Kind.DECISION, "decision_indicator", "indicator_id", "decision_id"),
            new LinkTable(Kind.PILOT, Kind.DECISION, "decision_pilot", "pilot_id", "decision_id"));

    /**
     * The walk downstream (from upstream to downstream) and upstream: one recursive SELECT per
     * kind of link. UNION (not UNION ALL) keeps a record once per depth, so the work is bounded
     * by records × depth even where many paths lead to one record. Two statements, not one with
     * two recursive CTEs: MariaDB 11.4 hangs in the optimizer on the latter.
     */
    private static final String DOWN = walk(true);
    private static final String UP = walk(false);

    private static String walk(boolean down) {
        StringBuilder sql = new StringBuilder("WITH RECURSIVE w (kind, id, depth) AS (SELECT CAST(? AS CHAR(12)),"
                + " CAST(? AS INTEGER), 0");
        for (LinkTable l : LINKS) {
            Kind from = down ? l.from() : l.to();
            Kind to = down ? l.to() : l.from();
            String fromColumn = down ? l.fromColumn() : l.toColumn();
            String toColumn = down ? l.toColumn() : l.fromColumn();
            sql.append(" UNION SELECT '").append(to).append("', t.").append(toColumn).append(", w.depth + 1 FROM w STRAIGHT_JOIN ")
                    .append(l.table()).append(" t ON t.").append(fromColumn).append(" = w.id WHERE w.kind = '")
                    .append(from).append("' AND w.depth < ? AND t.").append(toColumn).append(" IS NOT NULL");
        }
        return sql.append(") SELECT kind, id, MIN(depth) d FROM w WHERE depth > 0 AND NOT (kind = ? AND id = ?)"
                + " GROUP BY kind, id ORDER BY d, kind, id LIMIT ?").toString();
    }

    /** A dataset is lapsed when it has an agreement and that agreement is not in force (see {@code Dataset.isLapsed}). */
    private static final String LAPSED_AGREEMENT = "NOT (a.status = ? AND (a.expiry_date IS NULL OR a.expiry_date >= ?))";

    private static final Map<Kind, String> FACTS = new EnumMap<>(Map.of(
            Kind.PARTNERSHIP, "SELECT id, title, FALSE FROM partnership WHERE id IN (%s)",
            Kind.AGREEMENT, "SELECT a.id, CONCAT(a.reference, ' ', a.title), FALSE, a.country_code, o.code, ct.email"
                    + " FROM agreement a LEFT JOIN agreement_party p ON p.agreement_id = a.id"
                    + " LEFT JOIN organisation o ON o.id = p.organisation_id LEFT JOIN contact ct ON ct.id = p.contact_id"
                    + " WHERE a.id IN (%s)",
            Kind.DATASET, "SELECT d.id, d.title, a.id IS NOT NULL AND " + LAPSED_AGREEMENT
                    + " FROM dataset d LEFT JOIN agreement a ON a.id = d.agreement_id WHERE d.id IN (%s)",
            Kind.INDICATOR, "SELECT i.id, CONCAT(i.code, ' ', i.name_en), EXISTS (SELECT 1 FROM indicator_dataset x"
                    + " JOIN dataset d ON d.id = x.dataset_id JOIN agreement a ON a.id = d.agreement_id"
                    + " WHERE x.indicator_id = i.id AND " + LAPSED_AGREEMENT + ") FROM indicator i WHERE i.id IN (%s)",
            Kind.PILOT, "SELECT pi.id, pi.title, EXISTS (SELECT 1 FROM pilot_dataset x"
                    + " JOIN dataset d ON d.id = x.dataset_id JOIN agreement a ON a.id = d.agreement_id"
                    + " WHERE x.pilot_id = pi.id AND " + LAPSED_AGREEMENT + ") FROM pilot pi WHERE pi.id IN (%s)",
            Kind.DECISION, "SELECT id, CONCAT(title, ' (', decided_on, ')'), FALSE FROM decision WHERE id IN (%s)"));

    @Resource(lookup = DatabaseSetup.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public List<Lineage.Ref> reach(Lineage.Ref start, int maxDepth, int limit) {
        record Reached(Lineage.Ref ref, int depth) {
        }
        List<Reached> reached = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String sql : List.of(DOWN, UP)) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    int i = 1;
                    s.setString(i++, start.kind().name());
                    s.setLong(i++, start.id());
                    for (int l = 0; l < LINKS.size(); l++) {
                        s.setInt(i++, maxDepth);
                    }
                    s.setString(i++, start.kind().name());
                    s.setLong(i++, start.id());
                    s.setInt(i, limit);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            reached.add(new Reached(new Lineage.Ref(Kind.valueOf(rs.getString(1)), rs.getLong(2)),
                                    rs.getInt(3)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("lineage walk failed: " + e.getMessage(), e);
        }
        // nearest first over both directions, as each query orders its own
        return reached.stream()
                .sorted(java.util.Comparator.comparingInt(Reached::depth)
                        .thenComparing(r -> r.ref().kind().name()).thenComparingLong(r -> r.ref().id()))
                .map(Reached::ref).distinct().limit(limit).toList();
    }

    @Override
    public List<Link> links(Collection<Lineage.Ref> refs) {
        Map<Kind, List<Long>> ids = byKind(refs);
        StringBuilder sql = new StringBuilder();
        List<Long> params = new ArrayList<>();
        for (LinkTable l : LINKS) {
            List<Long> from = ids.getOrDefault(l.from(), List.of());
            List<Long> to = ids.getOrDefault(l.to(), List.of());
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            sql.append(sql.isEmpty() ? "" : " UNION ALL ").append("SELECT '").append(l.from()).append("', ")
                    .append(l.fromColumn()).append(", '").append(l.to()).append("', ").append(l.toColumn())
                    .append(" FROM ").append(l.table()).append(" WHERE ").append(l.fromColumn()).append(" IN (")
                    .append(marks(from.size())).append(") AND ").append(l.toColumn()).append(" IN (")
                    .append(marks(to.size())).append(')');
            params.addAll(from);
            params.addAll(to);
        }
        List<Link> links = new ArrayList<>();
        if (sql.isEmpty()) {
            return links;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                s.setLong(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    links.add(new Link(new Lineage.Ref(Kind.valueOf(rs.getString(1)), rs.getLong(2)),
                            new Lineage.Ref(Kind.valueOf(rs.getString(3)), rs.getLong(4))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("lineage links failed: " + e.getMessage(), e);
        }
        return links;
    }

    @Override
    public Map<Lineage.Ref, Facts> facts(Collection<Lineage.Ref> refs, LocalDate today) {
        Map<Lineage.Ref, Facts> facts = new HashMap<>();
        Map<Lineage.Ref, Set<String>> organisations = new HashMap<>();
        Map<Lineage.Ref, Set<String>> signatories = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (var entry : byKind(refs).entrySet()) {
                Kind kind = entry.getKey();
                List<Long> ids = entry.getValue();
                String sql = String.format(FACTS.get(kind), marks(ids.size()));
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    int i = 1;
                    if (sql.contains("a.status = ?")) {
                        s.setString(i++, Agreement.ACTIVE);
                        s.setDate(i++, Date.valueOf(today));
                    }
                    for (Long id : ids) {
                        s.setLong(i++, id);
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            Lineage.Ref ref = new Lineage.Ref(kind, rs.getLong(1));
                            if (kind == Kind.AGREEMENT) {
                                Set<String> orgs = organisations.computeIfAbsent(ref, k -> new HashSet<>());
                                Set<String> mails = signatories.computeIfAbsent(ref, k -> new HashSet<>());
                                addIfPresent(orgs, rs.getString(5));
                                addIfPresent(mails, rs.getString(6));
                                facts.put(ref, new Facts(rs.getString(2), false, rs.getString(4), orgs, mails));
                            } else {
                                facts.put(ref, new Facts(rs.getString(2), rs.getBoolean(3), null, Set.of(), Set.of()));
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("lineage labels failed: " + e.getMessage(), e);
        }
        return facts;
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    private static Map<Kind, List<Long>> byKind(Collection<Lineage.Ref> refs) {
        return refs.stream().collect(Collectors.groupingBy(Lineage.Ref::kind, () -> new EnumMap<>(Kind.class),
                Collectors.mapping(Lineage.Ref::id, Collectors.toList())));
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
