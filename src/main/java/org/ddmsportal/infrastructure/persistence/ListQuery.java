package org.ddmsportal.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * What a repository's list reads, said once: the entity, the count and the select over the same
 * FROM (the select may fetch-join what the rows show), the columns a page may sort by
 * ({@link JpqlWhere#orderBy}) with the default order, and the relations of the whole page read in
 * batches. {@link #page} reads one page under the list's conditions.
 *
 * <p>The count and the select join even the required relations with {@code LEFT JOIN} (and
 * {@code LEFT JOIN FETCH}): MariaDB then drops a join the count does not need (100k datasets:
 * 1.5 s to 0.09 s) and reads the page in the order of the list's own index instead of starting
 * from the country and sorting every row (20,000 partnerships by title: 44 ms to 0.4 ms; see
 * {@code docs/performance.md}). The relations are required, so the rows are the same.
 */
record ListQuery<T>(Class<T> type, String count, String select, Map<String, String> sortable, String defaultOrder,
        List<String> batched) {

    /** A list whose count and select read the same {@code from} ({@code " FROM Pilot p JOIN p.city ci"}) as {@code alias}. */
    static <T> ListQuery<T> from(Class<T> type, String alias, String from, Map<String, String> sortable,
            String defaultOrder, String... batched) {
        return new ListQuery<>(type, "SELECT COUNT(" + alias + ")" + from, "SELECT " + alias + from, sortable,
                defaultOrder, List.of(batched));
    }

    /** A list whose select differs from its count (fetch joins). */
    static <T> ListQuery<T> of(Class<T> type, String count, String select, Map<String, String> sortable,
            String defaultOrder, String... batched) {
        return new ListQuery<>(type, count, select, sortable, defaultOrder, List.of(batched));
    }

    /** The same list, reading these relations of the page's rows in batches as well. */
    ListQuery<T> alsoBatching(String... more) {
        List<String> all = new java.util.ArrayList<>(batched);
        all.addAll(List.of(more));
        return new ListQuery<>(type, count, select, sortable, defaultOrder, List.copyOf(all));
    }

    /** One page of the list under {@code where}, in the request's order (see {@link JpqlWhere#page}). */
    Page<T> page(EntityManager em, JpqlWhere where, PageRequest request) {
        return where.page(em, count, select,
                JpqlWhere.orderBy(sortable, request.sortField(), request.ascending(), defaultOrder),
                type, request, batched.toArray(String[]::new));
    }
}
