package org.ddmsportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.dashboard.WorkspaceFigures;
import org.ddmsportal.application.dashboard.WorkspaceFigures.LapsedDataset;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.web.shared.CountryFilter;

/** /app/index: the workspace — what waits for the user's signature, review or clearance, data whose agreement lapsed, where the partnerships stand. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    WorkspaceFigures figures;

    @Inject
    CurrentActor currentActor;

    private Page<LapsedDataset> lapsedDatasets;

    private List<Map.Entry<String, Long>> statusCounts;

    /**
     * Datasets whose governing agreement is not in force — of the user's country, or all for
     * administrators and coordinators — the first ten and how many.
     */
    public Page<LapsedDataset> getLapsedDatasets() {
        if (lapsedDatasets == null) {
            var actor = currentActor.get();
            lapsedDatasets = figures.lapsedDatasets(actor, CountryFilter.homeCountry(actor));
        }
        return lapsedDatasets;
    }

    /** Partnerships per status (own country, or all for administrators and coordinators). */
    public List<Map.Entry<String, Long>> getStatusCounts() {
        if (statusCounts == null) {
            statusCounts = figures.partnershipStatusCounts(currentActor.get());
        }
        return statusCounts;
    }
}
