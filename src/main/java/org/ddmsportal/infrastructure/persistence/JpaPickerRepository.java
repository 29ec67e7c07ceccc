package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.shared.Pick;
import org.ddmsportal.domain.shared.PickerRepository;

/**
 * Picker queries as projections (id and the label's columns, never an entity), each bounded by
 * {@code setMaxResults}. Two steps: first what starts with the text — a range on the name or
 * title index ({@code V13__picker_indexes.sql}) — then, only if that found fewer than the limit,
 * what contains it elsewhere. The columns' collation ({@code utf8mb4_unicode_ci}) makes LIKE
 * ignore case and accents, so no {@code LOWER()} hides the index.
 */
@ApplicationScoped
public class JpaPickerRepository extends JpaStore implements PickerRepository {

    /** How one kind is queried: its FROM clause (alias x), columns, searched paths, order, country. */
    private record Shape(String from, String columns, List<String> searched, String order, String country,
                         BiFunction<Object[], String, String> label) {

        /** A kind picked by its title: searched, sorted and shown; its country at {@code c.alpha2}. */
        static Shape titled(String from, String title) {
            return new Shape(from, "x.id, " + title, List.of(title), title, "c.alpha2", (row, language) -> (String) row[1]);
        }
    }

    private static final Map<Kind, Shape> SHAPES = Map.of(
            Kind.ORGANISATION, new Shape(" FROM Organisation x JOIN x.country c JOIN x.type t",
                    "x.id, x.name, x.acronym", List.of("x.name", "x.acronym", "x.code"), "x.name", "c.alpha2",
                    (row, language) -> row[2] == null ? (String) row[1] : row[1] + " (" + row[2] + ")"),
            Kind.PARTNERSHIP, Shape.titled(" FROM Partnership x JOIN x.lead l JOIN l.country c", "x.title"),
            // the dataset's stored country (Dataset#getCountry, V12): an index, not a rule over six joins
            Kind.DATASET, Shape.titled(" FROM Dataset x JOIN x.country c", "x.title"),
            Kind.INDICATOR, new Shape(" FROM Indicator x JOIN x.country c",
                    "x.id, x.code, x.name.en, x.name.fr, x.name.ru",
                    List.of("x.code", "x.name.en", "x.name.fr", "x.name.ru"), "x.code", "c.alpha2",
                    (row, language) -> row[1] + " " + ("fr".equals(language) ? row[3] : "ru".equals(language) ? row[4] : row[2])),
            Kind.PILOT, Shape.titled(" FROM Pilot x JOIN x.city ci JOIN ci.country c", "x.title"),
            Kind.CASE_STUDY, Shape.titled(" FROM CaseStudy x JOIN x.country c", "x.content.title"),
            Kind.AGREEMENT, new Shape(" FROM Agreement x LEFT JOIN x.amends am",
                    "x.id, x.reference, x.title", List.of("x.reference", "x.title"), "x.reference", "x.countryCode",
                    (row, language) -> row[1] + " " + row[2]));

    /** The PARTY reach's rules of the aggregates' policies, on the alias x (see {@link PartyScopeJpql}). */
    private static final Map<Kind, String> PARTY = Map.of(
            Kind.PARTNERSHIP, PartyScopeJpql.partnership("x", "k"), Kind.PILOT, PartyScopeJpql.pilot("x", "k"),
            Kind.DATASET, PartyScopeJpql.dataset("x", "k"), Kind.INDICATOR, PartyScopeJpql.indicator("x", "k"));

    @Override
    public List<Pick> find(Kind kind, String text, Scope scope, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() || limit < 1) {
            return List.of();
        }
        Shape shape = SHAPES.get(kind);
        String escaped = JpqlWhere.escape(typed);
        List<Pick> found = new ArrayList<>(query(kind, shape, scope, escaped + "%", List.of(), limit));
        if (found.size() < limit) {
            found.addAll(query(kind, shape, scope, "%" + escaped + "%", found.stream().map(Pick::id).toList(),
                    limit - found.size()));
        }
        return found;
    }

    @Override
    public List<Pick> labels(Kind kind, Collection<Long> ids, Scope scope) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Shape shape = SHAPES.get(kind);
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = scopeConditions(kind, shape, scope, parameters) + " AND x.id IN :ids";
        parameters.put("ids", ids);
        TypedQuery<Object[]> q = em.createQuery("SELECT " + shape.columns() + shape.from() + " WHERE 1 = 1" + where,
                Object[].class);
        parameters.forEach(q::setParameter);
        return q.getResultList().stream()
                .map(row -> new Pick(((Number) row[0]).longValue(), shape.label().apply(row, scope.language())))
                .toList();
    }

    private List<Pick> query(Kind kind, Shape shape, Scope scope, String pattern, List<Long> exclude, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE (");
        for (int i = 0; i < shape.searched().size(); i++) {
            where.append(i == 0 ? "" : " OR ").append(shape.searched().get(i)).append(" LIKE :pattern ESCAPE '\\'");
        }
        where.append(")");
        parameters.put("pattern", pattern);
        where.append(scopeConditions(kind, shape, scope, parameters));
        if (!exclude.isEmpty()) {
            where.append(" AND x.id NOT IN :exclude");
            parameters.put("exclude", exclude);
        }
        String select = "SELECT " + shape.columns();
        String order = " ORDER BY " + shape.order() + ", x.id";
        if (scope.preferCountry() != null) {
            select += ", CASE WHEN " + shape.country() + " = :prefer THEN 0 ELSE 1 END AS preference";
            order = " ORDER BY preference, " + shape.order() + ", x.id";
            parameters.put("prefer", scope.preferCountry());
        }
        TypedQuery<Object[]> q = em.createQuery(select + shape.from() + where + order, Object[].class);
        parameters.forEach(q::setParameter);
        return q.setMaxResults(limit).getResultList().stream()
                .map(row -> new Pick(((Number) row[0]).longValue(), shape.label().apply(row, scope.language())))
                .toList();
    }

    private static String scopeConditions(Kind kind, Shape shape, Scope scope, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (scope.country() != null) {
            where.append(" AND ").append(shape.country()).append(" = :country");
            parameters.put("country", scope.country());
        }
        if (kind == Kind.ORGANISATION && !scope.organisationTypes().isEmpty()) {
            where.append(" AND t.code IN :types");
            parameters.put("types", List.copyOf(scope.organisationTypes()));
        }
        if (scope.partyOrganisation() != null && PARTY.containsKey(kind)) {
            where.append(" AND ").append(String.format(PARTY.get(kind), "party"));
            parameters.put("party", scope.partyOrganisation());
        }
        if (kind == Kind.ORGANISATION && scope.organisationCode() != null) {
            where.append(" AND x.code = :code");
            parameters.put("code", scope.organisationCode());
        }
        if (kind == Kind.CASE_STUDY && scope.visibleToCountry() != null) {
            where.append(" AND (c.alpha2 = :visibleTo OR x.status = :published)");
            parameters.put("visibleTo", scope.visibleToCountry());
            parameters.put("published", CaseStudy.PUBLISHED);
        }
        if (kind == Kind.AGREEMENT && scope.dataSharingOnly()) {
            // an amendment is data-sharing when what it amends is (Agreement.isDataSharing)
            where.append(" AND (x.kind = :dsa OR (x.kind = :amendment AND am.kind = :dsa))");
            parameters.put("dsa", AgreementKind.DSA);
            parameters.put("amendment", AgreementKind.AMENDMENT);
        }
        return where.toString();
    }
}
