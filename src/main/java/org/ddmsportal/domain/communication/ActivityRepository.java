package org.ddmsportal.domain.communication;

import org.ddmsportal.domain.shared.AggregateRepository;

/** The dissemination activities. */
public interface ActivityRepository extends AggregateRepository<Activity, ActivityCriteria> {
}
