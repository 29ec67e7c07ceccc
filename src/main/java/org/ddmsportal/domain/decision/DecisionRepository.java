package org.ddmsportal.domain.decision;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.RecordRepository;
import org.ddmsportal.domain.shared.Scope;

/** The decision register, asked for by {@link DecisionCriteria}. */
public interface DecisionRepository extends RecordRepository<Decision, DecisionCriteria> {

    Optional<Decision> find(long id);

    /** One page of those the criteria ask for, sorted as the page request says (its filters are not read). */
    Page<Decision> search(DecisionCriteria criteria, PageRequest page);

    void add(Decision decision);

    /**
     * Those of these ids the scope's lists would hold (the same rule as {@link #search}): all of
     * them for a scope no organisation restricts; one query otherwise (the lineage's nodes).
     */
    Set<Long> readable(Scope scope, Collection<Long> ids);
}
