package org.ddmsportal.domain.data;

import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.shared.PartyScopedRepository;

/** Indicators (asked for by {@link IndicatorCriteria}) and the SDG framework. */
public interface IndicatorRepository extends PartyScopedRepository<Indicator, IndicatorCriteria> {

    Optional<Indicator> findByCode(String code);

    List<Indicator> byIds(List<Long> ids);

    Optional<SdgEntry> sdg(String code);

    /** SDG entries of a level (GOAL, TARGET, INDICATOR), in framework order. */
    List<SdgEntry> sdgEntries(String level);
}
