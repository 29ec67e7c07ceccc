package org.ddmsportal.api.v1.support;

import java.util.Set;
import java.util.TreeSet;

/**
 * The order of a list: {@code sort=field} ascending, {@code sort=-field} descending, on one of the
 * list's whitelisted fields (the same the page's table sorts by). The repositories sort by one
 * field, so {@code sort=a,-b} is refused with a 400 rather than half applied.
 *
 * @param field     the repository's sort key (one of the whitelist), never the caller's text
 * @param ascending the direction
 */
public record Sort(String field, boolean ascending) {

    /**
     * @param sort      the {@code sort} query parameter, or {@code null} for the list's default order
     * @param whitelist the fields the list's repository sorts by (its keys, which the API uses as they are)
     */
    public static Sort parse(String sort, Set<String> whitelist) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        String[] fields = sort.split(",");
        if (fields.length > 1) {
            throw ApiException.parameter("sort", "api.sort.oneField");
        }
        String name = fields[0].strip();
        boolean ascending = true;
        if (name.startsWith("-")) {
            ascending = false;
            name = name.substring(1);
        } else if (name.startsWith("+")) {
            name = name.substring(1);
        }
        if (!whitelist.contains(name)) {
            throw ApiException.parameter("sort", "api.sort.unknown", name.length() > 40 ? name.substring(0, 40) : name,
                    String.join(", ", new TreeSet<>(whitelist)));
        }
        return new Sort(name, ascending);
    }
}
