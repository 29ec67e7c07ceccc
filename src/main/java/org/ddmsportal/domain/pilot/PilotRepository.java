package org.ddmsportal.domain.pilot;

import org.ddmsportal.domain.shared.PartyScopedRepository;

/** Pilots, asked for by {@link PilotCriteria}. */
public interface PilotRepository extends PartyScopedRepository<Pilot, PilotCriteria> {

    /** Pilots of a country's cities (to warn when a country has more than one). */
    long countInCountry(String alpha2);
}
