package org.ddmsportal.domain.data;

import java.util.List;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.shared.PartyScopedRepository;

/** Datasets, asked for by {@link DatasetCriteria}. */
public interface DatasetRepository extends PartyScopedRepository<Dataset, DatasetCriteria> {

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

    /** After an organisation's name changed: the provider name kept on the datasets it provides (the list's sort). */
    void renameProvider(Organisation organisation);
}
