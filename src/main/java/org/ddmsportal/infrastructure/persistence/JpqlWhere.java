package org.ddmsportal.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * Builds the WHERE clause of a list query from whitelisted conditions: only fixed JPQL
 * fragments written in the repositories are concatenated; what the user typed travels as a
 * parameter, never as query text.
 */
final class JpqlWhere {

    /**
     * EclipseLink's hint for a relation read in the same statement by an outer join, given as a
     * path from the query's alias ({@code "p.partners.organisation"}): JPQL's JOIN FETCH reaches
     * one level, this the relations of a fetched collection's elements (a record's page reads its
     * record with what its tabs list in one statement, not one per row).
     */
    static final String LEFT_FETCH = "eclipselink.left-join-fetch";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Case-insensitive "contains" on one or more paths (OR-ed). Ignored when text is null. */
    JpqlWhere contains(String text, String... paths) {
        if (text == null) {
            return this;
        }
        String name = "p" + parameters.size();
        List<String> ors = new ArrayList<>();
        for (String path : paths) {
            ors.add("LOWER(" + path + ") LIKE :" + name + " ESCAPE '\\'");
        }
        conditions.add("(" + String.join(" OR ", ors) + ")");
        parameters.put(name, "%" + escape(text.toLowerCase(Locale.ROOT)) + "%");
        return this;
    }

    /** Equality on a path. Ignored when value is null. */
    JpqlWhere equal(Object value, String path) {
        if (value == null) {
            return this;
        }
        String name = "p" + parameters.size();
        conditions.add(path + " = :" + name);
        parameters.put(name, value);
        return this;
    }

    /**
     * A condition with one parameter, which the condition's text names {@code :%1$s} (as often as
     * it needs). Ignored when value is null.
     */
    JpqlWhere condition(Object value, String condition) {
        if (value == null) {
            return this;
        }
        String name = "p" + parameters.size();
        conditions.add("(" + String.format(condition, name) + ")");
        parameters.put(name, value);
        return this;
    }

    /** A condition with two parameters, named {@code :%1$s} and {@code :%2$s} in its text. Ignored when either is null. */
    JpqlWhere condition(Object first, Object second, String condition) {
        if (first == null || second == null) {
            return this;
        }
        String a = "p" + parameters.size();
        parameters.put(a, first);
        String b = "p" + parameters.size();
        parameters.put(b, second);
        conditions.add("(" + String.format(condition, a, b) + ")");
        return this;
    }

    String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** ORDER BY from a whitelist; the default when the field is unknown or absent. */
    static String orderBy(Map<String, String> sortable, String field, boolean ascending, String defaultOrder) {
        String path = field == null ? null : sortable.get(field);
        if (path == null) {
            return " ORDER BY " + defaultOrder;
        }
        return " ORDER BY " + path + (ascending ? " ASC" : " DESC") + ", " + defaultOrder;
    }

    /**
     * One page of a list, in two statements under this WHERE: the count ({@code count}, e.g.
     * {@code "SELECT COUNT(p) FROM Pilot p"}), then the page's rows ({@code select}, with its fetch
     * joins) in {@code order}; the {@code batched} relations of the whole page are read in one
     * query each (batch IN), not one per row.
     *
     * <p>A request that counts up to a bound ({@link PageRequest#countUpTo()}, the header's
     * search) reads the ids of at most bound + 1 matches instead, in no order, so the database
     * stops at the bound. When they are all the matches, the page is read among those ids: a
     * rare word's few matches are then found by their keys, not by walking the list's sort index
     * over the whole table (1.8 s for three datasets of 100,000 on the loaded bench machine), and
     * no match costs no second statement.
     *
     * <p>The repositories' FROM clauses join even required relations with LEFT JOIN: MariaDB
     * leaves out a LEFT JOIN on a unique key that nothing else in the statement uses, so an
     * unfiltered count reads one table (100,000 datasets: 1.5 s with the provider joined, 0.09 s
     * without).
     */
    <T> Page<T> page(EntityManager em, String count, String select, String order, Class<T> type, PageRequest request,
            String... batched) {
        if (request.countUpTo() > 0) {
            return boundedPage(em, count, select, order, type, request, batched);
        }
        long total = bind(em.createQuery(count + clause(), Long.class)).getSingleResult();
        return new Page<>(rows(em, select + clause() + order, type, request, Map.of(), batched), total);
    }

    private <T> Page<T> boundedPage(EntityManager em, String count, String select, String order, Class<T> type,
            PageRequest request, String... batched) {
        Matcher m = countOf(count);
        List<Object> ids = bind(em.createQuery("SELECT " + m.group(1) + ".id" + m.group(2) + clause(), Object.class))
                .setMaxResults(request.countUpTo() + 1).getResultList();
        boolean more = ids.size() > request.countUpTo();
        long total = Math.min(ids.size(), request.countUpTo());
        if (ids.isEmpty() || request.first() >= total && !more) {
            return new Page<>(List.of(), total, more);
        }
        if (more) {
            return new Page<>(rows(em, select + clause() + order, type, request, Map.of(), batched), total, true);
        }
        String among = (conditions.isEmpty() ? " WHERE " : " AND ") + m.group(1) + ".id IN :boundedIds";
        return new Page<>(rows(em, select + clause() + among + order, type, request, Map.of("boundedIds", ids), batched),
                total, false);
    }

    private <T> List<T> rows(EntityManager em, String jpql, Class<T> type, PageRequest request,
            Map<String, Object> extra, String... batched) {
        TypedQuery<T> query = bind(em.createQuery(jpql, type));
        extra.forEach(query::setParameter);
        if (batched.length > 0) {
            query.setHint("eclipselink.batch.type", "IN");
            for (String path : batched) {
                query.setHint("eclipselink.batch", path);
            }
        }
        return query.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
    }

    private static final Pattern COUNT = Pattern.compile("SELECT COUNT\\((\\w+)\\)( FROM .*)", Pattern.DOTALL);

    /** {@code SELECT COUNT(x) FROM …}: group 1 the alias, group 2 from FROM on; anything else is refused. */
    static Matcher countOf(String count) {
        Matcher m = COUNT.matcher(count);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a SELECT COUNT(alias) FROM …: " + count);
        }
        return m;
    }

    /** {@code SELECT COUNT(x) FROM …} as {@code SELECT x.id FROM …}: the rows a bounded count reads. */
    static String boundedCount(String count) {
        Matcher m = countOf(count);
        return "SELECT " + m.group(1) + ".id" + m.group(2);
    }
}
