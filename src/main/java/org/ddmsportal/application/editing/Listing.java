package org.ddmsportal.application.editing;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Scope;

/**
 * How an aggregate's lists ({@link EditingService#search}) read a list table's column filters into
 * its criteria, and narrow criteria to what the actor may list.
 *
 * @param <C> the aggregate's criteria
 */
public final class Listing<C> {

    /** A criteria record's {@code fromTable}: the table's filters and search text, within a scope. */
    @FunctionalInterface
    public interface ScopedTable<R> {
        R read(Scope scope, Map<String, String> filters, String text);
    }

    private final BiFunction<Actor, PageRequest, Optional<C>> fromTable;
    private final BiFunction<Actor, C, C> narrow;

    private Listing(BiFunction<Actor, PageRequest, Optional<C>> fromTable, BiFunction<Actor, C, C> narrow) {
        this.fromTable = fromTable;
        this.narrow = narrow;
    }

    /** Records everyone signed in lists in full: the criteria as asked. */
    public static <C> Listing<C> open(BiFunction<Map<String, String>, String, C> fromTable) {
        return new Listing<>((actor, request) -> Optional.of(fromTable.apply(request.filters(), request.search())),
                (actor, criteria) -> criteria);
    }

    /**
     * Records listed as the table asks, narrowed by the aggregate's policy (e.g. to published ones
     * for a reader who may not edit them); a table whose filters can't be read lists nothing.
     */
    public static <C> Listing<C> narrowed(BiFunction<Map<String, String>, String, Optional<C>> fromTable,
            BiFunction<Actor, C, C> within) {
        return new Listing<>((actor, request) -> fromTable.apply(request.filters(), request.search())
                .map(criteria -> within.apply(actor, criteria)), within);
    }

    /**
     * Records listed within the actor's list scope, which replaces the criteria's own; a table whose
     * filters can't be read ({@code fromTable} empty) lists nothing.
     */
    public static <C> Listing<C> scoped(Function<Actor, Scope> listScope, ScopedTable<Optional<C>> fromTable,
            BiFunction<C, Scope, C> withScope) {
        return new Listing<>(
                (actor, request) -> fromTable.read(listScope.apply(actor), request.filters(), request.search()),
                (actor, criteria) -> withScope.apply(criteria, listScope.apply(actor)));
    }

    /** As {@link #scoped}, for criteria whose table filters always read. */
    public static <C> Listing<C> scopedAlways(Function<Actor, Scope> listScope, ScopedTable<C> fromTable,
            BiFunction<C, Scope, C> withScope) {
        return scoped(listScope, (scope, filters, text) -> Optional.of(fromTable.read(scope, filters, text)), withScope);
    }

    /** The criteria of a list table's filters, read in the actor's scope; empty when they can't be read. */
    Optional<C> fromTable(Actor actor, PageRequest request) {
        return fromTable.apply(actor, request);
    }

    /** The criteria narrowed to what the actor may list. */
    C within(Actor actor, C criteria) {
        return narrow.apply(actor, criteria);
    }
}
