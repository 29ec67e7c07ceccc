package org.ddmsportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.casestudy.CaseStudy;
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
    AgreementQueries agreements;

    @Inject
    DatasetService datasets;

    @Inject
    CaseStudyQueries caseStudies;

    private List<CaseStudy> caseStudiesForMe;

    private List<Agreement> awaitingMe;

    private Page<Dataset> lapsedDatasets;

    private List<Map.Entry<String, Long>> statusCounts;

    /** Agreements whose next approval or signature is the user's. */
    public List<Agreement> getAwaitingMe() {
        if (awaitingMe == null) {
            awaitingMe = agreements.awaitingMe(currentActor.get());
        }
        return awaitingMe;
    }

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

    /** Case studies waiting for the user: to review, to revise, to clear. */
    public List<CaseStudy> getCaseStudiesForMe() {
        if (caseStudiesForMe == null) {
            caseStudiesForMe = caseStudies.needingAttention(currentActor.get());
        }
        return caseStudiesForMe;
    }

    /** Partnerships per status (own country, or all for administrators and coordinators). */
    public List<Map.Entry<String, Long>> getStatusCounts() {
        if (statusCounts == null) {
            statusCounts = List.copyOf(partnerships.statusCounts(currentActor.get()).entrySet());
        }
        return statusCounts;
    }
}
