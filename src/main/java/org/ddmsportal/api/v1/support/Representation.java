package org.ddmsportal.api.v1.support;

import java.util.function.BiFunction;

/**
 * How a record shows in the API: as a list's item ({@code detail} false: its own fields, the lists
 * of related records {@code null}, so a page costs the same queries whatever its length) or on a
 * single read ({@code detail} true). A DTO's {@code of(record, detail, links)} is one: the
 * resource hands {@code Representation.detail(DecisionDto::of)} to its {@link RecordEndpoint} and
 * {@code Representation.summary(DecisionDto::of)} to {@link ListBody#ok}.
 *
 * @param <E> the aggregate
 * @param <T> its DTO
 */
@FunctionalInterface
public interface Representation<E, T> {

    T of(E record, boolean detail, ApiLinks links);

    /** The list's item. */
    static <E, T> BiFunction<E, ApiLinks, T> summary(Representation<E, T> representation) {
        return (record, links) -> representation.of(record, false, links);
    }

    /** The single read. */
    static <E, T> BiFunction<E, ApiLinks, T> detail(Representation<E, T> representation) {
        return (record, links) -> representation.of(record, true, links);
    }
}
