package org.ddmsportal.domain.shared;

import java.util.Map;

/**
 * One page of a list as the user asked for it: where it starts, how long it is, how it is
 * sorted and filtered. The aggregates' repositories read only the paging and the sort (they
 * whitelist the sort fields, so nothing from the request reaches JPQL); a list table's filters, by
 * field name, are read once per aggregate into its typed criteria ({@code AgreementCriteria.fromTable},
 * …), which ignore unknown names. The administration lists (audit, outbox, countries) and the
 * observation table still read their filters here, by whitelisted name.
 *
 * @param first     index of the first row (0-based)
 * @param size      rows per page, at most {@link #MAX_SIZE}
 * @param sortField field to sort by, or {@code null} for the list's default order
 * @param ascending sort direction
 * @param filters   per-column filters, field name to text
 * @param search    the global search text, or {@code null}
 * @param countUpTo how far the total is counted: {@code 0} counts every match (a list's
 *                  paginator); a positive number stops counting there ({@link Page#more()}), so
 *                  a common word in the header's search costs a bounded read, not a scan of
 *                  every matching row
 */
public record PageRequest(int first, int size, String sortField, boolean ascending,
                          Map<String, String> filters, String search, int countUpTo) {

    public static final int MAX_SIZE = 10_000;

    public PageRequest {
        first = Math.max(0, first);
        size = Math.max(1, Math.min(size, MAX_SIZE));
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        search = search == null || search.isBlank() ? null : search.strip();
        countUpTo = Math.max(0, countUpTo);
    }

    /** A request whose total counts every match. */
    public PageRequest(int first, int size, String sortField, boolean ascending,
                       Map<String, String> filters, String search) {
        this(first, size, sortField, ascending, filters, search, 0);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true, Map.of(), null);
    }

    /** This request with its total counted up to {@code limit} matches at the most. */
    public PageRequest countingUpTo(int limit) {
        return new PageRequest(first, size, sortField, ascending, filters, search, limit);
    }

    /** The filter for a field, or {@code null} when absent or blank. */
    public String filter(String field) {
        String value = filters.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
