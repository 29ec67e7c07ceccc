package org.ddmsportal.domain.decision;

import java.util.Optional;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/** The decision register. Filters: country, city, pilot, indicator; search on title and body. */
public interface DecisionRepository {

    Optional<Decision> find(long id);

    Page<Decision> search(PageRequest request);

    void add(Decision decision);
}
