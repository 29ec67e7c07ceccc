package org.ddmsportal.domain.shared;

import java.util.Optional;

/**
 * What the repository port of every aggregate edited through one form answers alike: one record by
 * id, and one page of those its criteria ask for (the application's {@code EditingService} reads
 * through it).
 *
 * @param <E> the aggregate
 * @param <C> its criteria
 */
public interface RecordRepository<E, C> {

    Optional<E> find(long id);

    /** One page of those the criteria ask for, sorted as the page request says (its filters are not read). */
    Page<E> search(C criteria, PageRequest page);
}
