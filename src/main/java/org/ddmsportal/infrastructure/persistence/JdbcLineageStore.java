package org.ddmsportal.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ddmsportal.application.lineage.Lineage;
import org.ddmsportal.application.lineage.LineageStore;

/** Lineage links and labels in two kinds of query: one UNION for all links, one per kind for labels. */
@ApplicationScoped
public class JdbcLineageStore implements LineageStore {

    private static final String LINKS = String.join(" UNION ALL ",
            "SELECT 'PARTNERSHIP', partnership_id, 'AGREEMENT', id FROM agreement",
            "SELECT 'AGREEMENT', agreement_id, 'DATASET', id FROM dataset WHERE agreement_id IS NOT NULL",
            "SELECT 'PARTNERSHIP', partnership_id, 'DATASET', id FROM dataset WHERE partnership_id IS NOT NULL",
            "SELECT 'DATASET', dataset_id, 'INDICATOR', indicator_id FROM indicator_dataset",
            "SELECT 'DATASET', dataset_id, 'PILOT', pilot_id FROM pilot_dataset",
            "SELECT 'PARTNERSHIP', partnership_id, 'PILOT', pilot_id FROM pilot_partnership",
            "SELECT 'INDICATOR', id, 'PILOT', pilot_id FROM indicator WHERE pilot_id IS NOT NULL",
            "SELECT 'INDICATOR', indicator_id, 'DECISION', decision_id FROM decision_indicator",
            "SELECT 'PILOT', pilot_id, 'DECISION', decision_id FROM decision_pilot");

    private static final Map<Lineage.Kind, String> LABELS = new EnumMap<>(Map.of(
            Lineage.Kind.PARTNERSHIP, "SELECT id, title FROM partnership WHERE id IN (%s)",
            Lineage.Kind.AGREEMENT, "SELECT id, CONCAT(reference, ' ', title) FROM agreement WHERE id IN (%s)",
            Lineage.Kind.DATASET, "SELECT id, title FROM dataset WHERE id IN (%s)",
            Lineage.Kind.INDICATOR, "SELECT id, CONCAT(code, ' ', name_en) FROM indicator WHERE id IN (%s)",
            Lineage.Kind.PILOT, "SELECT id, title FROM pilot WHERE id IN (%s)",
            Lineage.Kind.DECISION, "SELECT id, CONCAT(title, ' (', decided_on, ')') FROM decision WHERE id IN (%s)"));

    @Resource(lookup = DatabaseSetup.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(LINKS);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                links.add(new Link(new Lineage.Ref(Lineage.Kind.valueOf(rs.getString(1)), rs.getLong(2)),
                        new Lineage.Ref(Lineage.Kind.valueOf(rs.getString(3)), rs.getLong(4))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return links;
    }

    @Override
    public Map<Lineage.Ref, String> labels(Collection<Lineage.Ref> refs) {
        Map<Lineage.Ref, String> labels = new HashMap<>();
        Map<Lineage.Kind, List<Long>> byKind = refs.stream().collect(Collectors.groupingBy(Lineage.Ref::kind,
                Collectors.mapping(Lineage.Ref::id, Collectors.toList())));
        try (Connection c = dataSource.getConnection()) {
            for (var entry : byKind.entrySet()) {
                String in = entry.getValue().stream().map(id -> "?").collect(Collectors.joining(","));
                try (PreparedStatement s = c.prepareStatement(String.format(LABELS.get(entry.getKey()), in))) {
                    for (int i = 0; i < entry.getValue().size(); i++) {
                        s.setLong(i + 1, entry.getValue().get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            labels.put(new Lineage.Ref(entry.getKey(), rs.getLong(1)), rs.getString(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return labels;
    }
}
