package org.ddmsportal.domain.partnership;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.RecordRepository;
import org.ddmsportal.domain.shared.Scope;

/**
 * The partnerships, asked for by {@link PartnershipCriteria}; sort: {@code title}, {@code country},
 * {@code status}, {@code startDate}, {@code modifiedAt}. Pages come with the lead and its country loaded.
 */
public interface PartnershipRepository extends RecordRepository<Partnership, PartnershipCriteria> {

    Optional<Partnership> find(long id);

    /** One page of those the criteria ask for, sorted as the page request says (its filters are not read). */
    Page<Partnership> search(PartnershipCriteria criteria, PageRequest page);

    void add(Partnership partnership);

    /**
     * How many partnerships the scope reaches are in each status: all for {@code Reach.ALL}, the
     * country's for {@code Reach.COUNTRY}, and for a contact those their organisation takes part in
     * (the same rule as {@link #search}).
     */
    Map<String, Long> countByStatus(Scope scope);

    /**
     * Those of these ids the scope's lists would hold (the same rule as {@link #search}): all of
     * them for a scope no organisation restricts; one query otherwise (the lineage's nodes).
     */
    Set<Long> readable(Scope scope, Collection<Long> ids);
}
