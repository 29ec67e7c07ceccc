package org.ddmsportal.domain.pilot;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.RecordRepository;
import org.ddmsportal.domain.shared.Scope;

/** Pilots, asked for by {@link PilotCriteria}. */
public interface PilotRepository extends RecordRepository<Pilot, PilotCriteria> {

    Optional<Pilot> find(long id);

    /** One page of those the criteria ask for, sorted as the page request says (its filters are not read). */
    Page<Pilot> search(PilotCriteria criteria, PageRequest page);

    void add(Pilot pilot);

    /** Pilots of a country's cities (to warn when a country has more than one). */
    long countInCountry(String alpha2);

    /**
     * Those of these ids the scope's lists would hold (the same rule as {@link #search}): all of
     * them for a scope no organisation restricts; one query otherwise (the lineage's nodes).
     */
    Set<Long> readable(Scope scope, Collection<Long> ids);
}
