package org.ddmsportal.domain.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.RecordRepository;
import org.ddmsportal.domain.shared.Scope;

/** Datasets, asked for by {@link DatasetCriteria}. */
public interface DatasetRepository extends RecordRepository<Dataset, DatasetCriteria> {

    Optional<Dataset> find(long id);

    /** One page of those the criteria ask for, sorted as the page request says (its filters are not read). */
    Page<Dataset> search(DatasetCriteria criteria, PageRequest page);

    void add(Dataset dataset);

    List<Dataset> byIds(List<Long> ids);

    /** After a pilot's city changed: its datasets' stored country (see {@link Dataset#getCountry()}). */
    void relocateFor(ProducingPilot pilot);

    /** After a partnership's lead changed: the stored country of its datasets that no pilot produces. */
    void relocateFor(Partnership partnership);

    /**
     * After an organisation's country changed: the stored country of the datasets it provides,
     * of its partnerships and of the pilots in it (when it is a city).
     */
    void relocateFor(Organisation organisation);

    /**
     * Those of these ids the scope's lists would hold (the same rule as {@link #search}): all of
     * them for a scope no organisation restricts; one query otherwise (the lineage's nodes).
     */
    Set<Long> readable(Scope scope, Collection<Long> ids);
}
