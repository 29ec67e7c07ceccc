package org.ddmsportal.domain.decision;

import java.util.Optional;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/** The decision register, asked for by {@link DecisionCriteria}. */
public interface DecisionRepository {

    Optional<Decision> find(long id);

    /** One page of those the criteria ask for, sorted as the page request says (its filters are not read). */
    Page<Decision> search(DecisionCriteria criteria, PageRequest page);

    void add(Decision decision);
}
