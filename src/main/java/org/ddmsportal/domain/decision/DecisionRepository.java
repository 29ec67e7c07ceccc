package org.ddmsportal.domain.decision;

import org.ddmsportal.domain.shared.PartyScopedRepository;

/** The decision register, asked for by {@link DecisionCriteria}. */
public interface DecisionRepository extends PartyScopedRepository<Decision, DecisionCriteria> {
}
