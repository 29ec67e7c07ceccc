package org.ddmsportal.api.v1.support;

import java.util.HashMap;
import java.util.Map;

/**
 * A list table's filters by the table's names, from a list's query values, for the use cases that
 * read them as a map ({@link Paging#request(Sort, Map, String)}, then the criteria's
 * {@code fromTable}): an absent or blank value is no filter; a text is stripped, a constant goes
 * by its name, an id by its digits.
 */
public final class ListFilters {

    private final Map<String, String> values = new HashMap<>();

    public ListFilters put(String name, String text) {
        if (text != null && !text.isBlank()) {
            values.put(name, text.strip());
        }
        return this;
    }

    public ListFilters put(String name, Enum<?> constant) {
        return put(name, constant == null ? null : constant.name());
    }

    public ListFilters put(String name, Long id) {
        return put(name, id == null ? null : id.toString());
    }

    public Map<String, String> map() {
        return values;
    }
}
