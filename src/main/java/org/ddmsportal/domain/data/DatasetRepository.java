package org.ddmsportal.domain.data;

import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/** Datasets. Filters: country, provider, sourceKind, confidentiality, agreement, pilot, partnership, lapsed. */
public interface DatasetRepository {

    Optional<Dataset> find(long id);

    Page<Dataset> search(PageRequest request);

    void add(Dataset dataset);

    List<Dataset> byIds(List<Long> ids);
}
