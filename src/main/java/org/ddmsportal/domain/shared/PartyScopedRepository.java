package org.ddmsportal.domain.shared;

import java.util.Collection;
import java.util.Set;

/**
 * The repository of an aggregate that a partner organisation's contact reads only where the
 * organisation takes part ({@link Scope#partyOrganisation()}; the aggregate's policy says how).
 *
 * @param <T> the aggregate
 * @param <C> the criteria record of its lists
 */
public interface PartyScopedRepository<T, C> extends AggregateRepository<T, C> {

    /**
     * Those of these ids the scope's lists would hold (the same rule as {@link #search}): all of
     * them for a scope no organisation restricts; one query otherwise (the lineage's nodes).
     */
    Set<Long> readable(Scope scope, Collection<Long> ids);
}
