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
 * Lineage in SQL, scoped to the record asked for: a breadth-first walk down and up from it, one
 * statement a level (each branch an indexed lookup on one link table), one query for the links
 * among the records reached, one for the labels and lapsed flags of all of them. Nothing reads
 * the link tables as a whole.
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
     * One level of the walk in both directions, as one statement: for each kind of link whose
     * upstream (walking down) or downstream end (walking up) is among the frontier's records, the
     * records at its other end, ordered by kind and id and bounded (see {@link #reach}).
     *
     * <p>Not a {@code WITH RECURSIVE} over the nine kinds of link, which this store was until
     * 2026-12-03: MariaDB 11.4 spends time exponential in the number of a recursive CTE's branches
     * optimising it — 0.3 ms with three, 1.5 with seven, 4.9 with eight, 40 with nine
     * ({@code ANALYZE FORMAT=JSON}'s {@code query_optimization}; executing it took 2.5 ms) — so
     * every lineage paid 80–100 ms of planning for two walks; with two recursive CTEs in one
     * statement the optimiser did not finish at all.
     */
    private static String step(Map<Kind, List<Long>> down, Map<Kind, List<Long>> up, List<Long> parameters) {
        StringBuilder sql = new StringBuilder();
        for (boolean walkingDown : new boolean[] {true, false}) {
            Map<Kind, List<Long>> frontier = walkingDown ? down : up;
            for (LinkTable l : LINKS) {
                Kind from = walkingDown ? l.from() : l.to();
                List<Long> ids = frontier.getOrDefault(from, List.of());
                if (ids.isEmpty()) {
                    continue;
                }
                String fromColumn = walkingDown ? l.fromColumn() : l.toColumn();
                String toColumn = walkingDown ? l.toColumn() : l.fromColumn();
                sql.append(sql.isEmpty() ? "SELECT " : " UNION SELECT ").append(walkingDown ? "'D'" : "'U'")
                        .append(" dir, '").append(walkingDown ? l.to() : l.from()).append("' kind, t.").append(toColumn)
                        .append(" id FROM ").append(l.table()).append(" t WHERE t.").append(fromColumn).append(" IN (")
                        .append(marks(ids.size())).append(") AND t.").append(toColumn).append(" IS NOT NULL");
                parameters.addAll(ids);
            }
        }
        return sql.isEmpty() ? null : sql.append(" ORDER BY kind, id LIMIT ?").toString();
    }

    /** A dataset is lapsed when it has an agreement and that agreement is not in force (see {@code Dataset.isLapsed}). */
    private static final String LAPSED_AGREEMENT = "NOT (a.status = ? AND (a.expiry_date IS NULL OR a.expiry_date >= ?))";

    /**
     * Per kind, its records' facts in one shape (kind, id, label, lapsed, country, a party's
     * organisation code, a signatory's e-mail), so all the kinds asked are read in one UNION ALL.
     */
    private static final Map<Kind, String> FACTS = new EnumMap<>(Map.of(
            Kind.PARTNERSHIP, "SELECT 'PARTNERSHIP', id, title, FALSE, NULL, NULL, NULL FROM partnership WHERE id IN (%s)",
            Kind.AGREEMENT, "SELECT 'AGREEMENT', a.id, CONCAT(a.reference, ' ', a.title), FALSE, a.country_code, o.code, ct.email"
                    + " FROM agreement a LEFT JOIN agreement_party p ON p.agreement_id = a.id"
                    + " LEFT JOIN organisation o ON o.id = p.organisation_id LEFT JOIN contact ct ON ct.id = p.contact_id"
                    + " WHERE a.id IN (%s)",
            Kind.DATASET, "SELECT 'DATASET', d.id, d.title, a.id IS NOT NULL AND " + LAPSED_AGREEMENT + ", NULL, NULL, NULL"
                    + " FROM dataset d LEFT JOIN agreement a ON a.id = d.agreement_id WHERE d.id IN (%s)",
            Kind.INDICATOR, "SELECT 'INDICATOR', i.id, CONCAT(i.code, ' ', i.name_en), EXISTS (SELECT 1 FROM indicator_dataset x"
                    + " JOIN dataset d ON d.id = x.dataset_id JOIN agreement a ON a.id = d.agreement_id"
                    + " WHERE x.indicator_id = i.id AND " + LAPSED_AGREEMENT + "), NULL, NULL, NULL FROM indicator i WHERE i.id IN (%s)",
            Kind.PILOT, "SELECT 'PILOT', pi.id, pi.title, EXISTS (SELECT 1 FROM pilot_dataset x"
                    + " JOIN dataset d ON d.id = x.dataset_id JOIN agreement a ON a.id = d.agreement_id"
                    + " WHERE x.pilot_id = pi.id AND " + LAPSED_AGREEMENT + "), NULL, NULL, NULL FROM pilot pi WHERE pi.id IN (%s)",
            Kind.DECISION, "SELECT 'DECISION', id, CONCAT(title, ' (', decided_on, ')'), FALSE, NULL, NULL, NULL"
                    + " FROM decision WHERE id IN (%s)"));

    @Resource(lookup = DatabaseSetup.DATA_SOURCE)
    DataSource dataSource;

    /**
     * Breadth first, one statement a level ({@link #step}) for both directions, so a record is
     * reached at its smallest depth and the walk costs as many statements as the chain is long
     * (at most {@code maxDepth}). Once a level has reached {@code limit} records the walk stops:
     * deeper records would come after them. A level returns at most twice the records already met
     * (and the start) plus twice {@code limit} rows, in kind and id order — a record met already
     * can come back once per direction — so it holds at least the {@code limit} nearest new ones
     * when there are that many. (The database still reads and sorts all the links of the level,
     * as the recursive statement did.)
     */
    @Override
    public List<Lineage.Ref> reach(Lineage.Ref start, int maxDepth, int limit) {
        record Reached(Lineage.Ref ref, int depth) {
        }
        Set<Lineage.Ref> seenDown = new HashSet<>(Set.of(start));
        Set<Lineage.Ref> seenUp = new HashSet<>(Set.of(start));
        Map<Lineage.Ref, Integer> depths = new HashMap<>();
        List<Lineage.Ref> down = List.of(start);
        List<Lineage.Ref> up = List.of(start);
        try (Connection c = dataSource.getConnection()) {
            for (int depth = 1; depth <= maxDepth && depths.size() < limit; depth++) {
                List<Long> parameters = new ArrayList<>();
                String sql = step(byKind(down), byKind(up), parameters);
                if (sql == null) {
                    break;
                }
                List<Lineage.Ref> nextDown = new ArrayList<>();
                List<Lineage.Ref> nextUp = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.size(); i++) {
                        s.setLong(i + 1, parameters.get(i));
                    }
                    s.setLong(parameters.size() + 1, Math.min(Integer.MAX_VALUE, 2L * (depths.size() + 1 + limit)));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            Lineage.Ref ref = new Lineage.Ref(Kind.valueOf(rs.getString(2)), rs.getLong(3));
                            boolean walkingDown = "D".equals(rs.getString(1));
                            if ((walkingDown ? seenDown : seenUp).add(ref)) {
                                (walkingDown ? nextDown : nextUp).add(ref);
                                if (!ref.equals(start)) {
                                    depths.putIfAbsent(ref, depth);
                                }
                            }
                        }
                    }
                }
                down = nextDown;
                up = nextUp;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("lineage walk failed: " + e.getMessage(), e);
        }
        // nearest first over both directions, then by kind and id
        return depths.entrySet().stream().map(e -> new Reached(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparingInt(Reached::depth)
                        .thenComparing(r -> r.ref().kind().name()).thenComparingLong(r -> r.ref().id()))
                .map(Reached::ref).limit(limit).toList();
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

    /** One statement for all the kinds asked ({@link #FACTS}). */
    @Override
    public Map<Lineage.Ref, Facts> facts(Collection<Lineage.Ref> refs, LocalDate today) {
        Map<Lineage.Ref, Facts> facts = new HashMap<>();
        if (refs.isEmpty()) {
            return facts;
        }
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (var entry : byKind(refs).entrySet()) {
            String select = String.format(FACTS.get(entry.getKey()), marks(entry.getValue().size()));
            sql.append(sql.isEmpty() ? "" : " UNION ALL ").append(select);
            if (select.contains("a.status = ?")) {
                parameters.add(Agreement.ACTIVE);
                parameters.add(Date.valueOf(today));
            }
            parameters.addAll(entry.getValue());
        }
        Map<Lineage.Ref, Set<String>> organisations = new HashMap<>();
        Map<Lineage.Ref, Set<String>> signatories = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Lineage.Ref ref = new Lineage.Ref(Kind.valueOf(rs.getString(1)), rs.getLong(2));
                    if (ref.kind() == Kind.AGREEMENT) {
                        Set<String> orgs = organisations.computeIfAbsent(ref, k -> new HashSet<>());
                        Set<String> mails = signatories.computeIfAbsent(ref, k -> new HashSet<>());
                        addIfPresent(orgs, rs.getString(6));
                        addIfPresent(mails, rs.getString(7));
                        facts.put(ref, new Facts(rs.getString(3), false, rs.getString(5), orgs, mails));
                    } else {
                        facts.put(ref, new Facts(rs.getString(3), rs.getBoolean(4), null, Set.of(), Set.of()));
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
