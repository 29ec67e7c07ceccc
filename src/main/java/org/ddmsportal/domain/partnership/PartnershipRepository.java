package org.ddmsportal.domain.partnership;

import java.util.Map;
import org.ddmsportal.domain.shared.Scope;
import org.ddmsportal.domain.shared.PartyScopedRepository;

/**
 * The partnerships, asked for by {@link PartnershipCriteria}; sort: {@code title}, {@code country},
 * {@code status}, {@code startDate}, {@code modifiedAt}. Pages come with the lead and its country loaded.
 */
public interface PartnershipRepository extends PartyScopedRepository<Partnership, PartnershipCriteria> {

    /**
     * How many partnerships the scope reaches are in each status: all for {@code Reach.ALL}, the
     * country's for {@code Reach.COUNTRY}, and for a contact those their organisation takes part in
     * (the same rule as {@link #search}).
     */
    Map<String, Long> countByStatus(Scope scope);
}
