package org.ddmsportal.domain.shared;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A list table's column filters by field name, as the criteria records' {@code fromTable} read
 * them: each value through {@link Filters}. A name the table does not give is no filter.
 *
 * @param filters field name → the text its filter holds
 */
public record TableFilters(Map<String, String> filters) {

    /**
     * The criteria that {@code criteria} builds from {@code filters}, or empty when a filter can
     * match nothing: a number or a constant that does not parse.
     */
    public static <C> Optional<C> read(Map<String, String> filters, Function<TableFilters, C> criteria) {
        try {
            return Optional.of(criteria.apply(new TableFilters(filters)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The text as typed (the criteria strip it). */
    public String text(String name) {
        return filters.get(name);
    }

    /** See {@link Filters#id}. */
    public Long id(String name) {
        return Filters.id(filters.get(name));
    }

    /** See {@link Filters#flag}. */
    public boolean flag(String name) {
        return Filters.flag(filters.get(name));
    }

    /** See {@link Filters#number}; throws when not a whole number. */
    public Integer number(String name) {
        return Filters.number(filters.get(name));
    }

    /** See {@link Filters#constant}; throws when no constant has that name. */
    public <E extends Enum<E>> E constant(String name, Class<E> type) {
        return Filters.constant(filters.get(name), type);
    }
}
