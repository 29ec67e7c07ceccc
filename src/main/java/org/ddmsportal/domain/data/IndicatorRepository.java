package org.ddmsportal.domain.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.RecordRepository;
import org.ddmsportal.domain.shared.Scope;

/** Indicators (asked for by {@link IndicatorCriteria}) and the SDG framework. */
public interface IndicatorRepository extends RecordRepository<Indicator, IndicatorCriteria> {

    Optional<Indicator> find(long id);

    Optional<Indicator> findByCode(String code);

    /** One page of those the criteria ask for, sorted as the page request says (its filters are not read). */
    Page<Indicator> search(IndicatorCriteria criteria, PageRequest page);

    void add(Indicator indicator);

    List<Indicator> byIds(List<Long> ids);

    Optional<SdgEntry> sdg(String code);

    /** SDG entries of a level (GOAL, TARGET, INDICATOR), in framework order. */
    List<SdgEntry> sdgEntries(String level);

    /**
     * Those of these ids the scope's lists would hold (the same rule as {@link #search}): all of
     * them for a scope no organisation restricts; one query otherwise (the lineage's nodes).
     */
    Set<Long> readable(Scope scope, Collection<Long> ids);
}
