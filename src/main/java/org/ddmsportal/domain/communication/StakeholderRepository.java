package org.ddmsportal.domain.communication;

import java.util.List;
import java.util.Optional;

/** The pilots' stakeholder maps. */
public interface StakeholderRepository {

    /** A pilot's stakeholders, by name. */
    List<Stakeholder> ofPilot(long pilotId);

    Optional<Stakeholder> find(long id);

    void add(Stakeholder stakeholder);

    void remove(Stakeholder stakeholder);
}
