package org.ddmsportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.DatasetCriteria;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.web.shared.CountryFilter;

/** /app/index: the workspace — what waits for the user's signature, review or clearance, data whose agreement lapsed, where the partnerships stand. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    PartnershipService partnerships;

    @Inject
    CurrentActor currentActor;

    @Inject
    DatasetService datasets;

    private Page<Dataset> lapsedDatasets;

    private List<Map.Entry<String, Long>> statusCounts;

    /**
     * Datasets whose governing agreement is not in force — of the user's country, or all for
     * administrators and coordinators — the first ten and how many.
     */
    public Page<Dataset> getLapsedDatasets() {
        if (lapsedDatasets == null) {
            var actor = currentActor.get();
            lapsedDatasets = datasets.search(actor,
                    DatasetCriteria.all().lapsedOnly().withCountry(CountryFilter.homeCountry(actor)),
                    new PageRequest(0, 10, "title", true, null, null));
        }
        return lapsedDatasets;
    }

    /** Partnerships per status (own country, or all for administrators and coordinators). */
    public List<Map.Entry<String, Long>> getStatusCounts() {
        if (statusCounts == null) {
            statusCounts = List.copyOf(partnerships.statusCounts(currentActor.get()).entrySet());
        }
        return statusCounts;
    }
}
