package org.ddmsportal.domain.shared;

import java.util.Optional;

/**
 * What the repository of every aggregate with a list answers (the port; the infrastructure
 * implements it): one by id, one page of those its criteria ask for, and a new one stored. An
 * aggregate's own repository extends it and adds what only it is asked.
 *
 * @param <T> the aggregate
 * @param <C> the criteria record of its lists
 */
public interface AggregateRepository<T, C> {

    Optional<T> find(long id);

    /**
     * One page of those the criteria ask for: one count and one select. Of {@code page} only the
     * position, size and order are read (its filters are not); what matches is the criteria's business.
     */
    Page<T> search(C criteria, PageRequest page);

    void add(T aggregate);
}
