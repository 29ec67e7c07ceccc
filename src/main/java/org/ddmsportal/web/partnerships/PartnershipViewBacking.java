package org.ddmsportal.web.partnerships;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.web.shared.ViewPage;

/**
 * /app/partnerships/view?id=…: a partnership, its partners, its lifecycle (with the moves the
 * user may make now, each with a comment) and its history.
 */
@Named
@ViewScoped
public class PartnershipViewBacking extends ViewPage<Partnership> {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries agreementService;

    @Inject
    DatasetService datasetService;

    @Inject
    PilotService pilotService;

    private transient List<Agreement> agreements;
    private transient List<Dataset> datasets;
    private transient List<Pilot> pilots;

    public PartnershipViewBacking() {
        super("partnerships");
    }

    /** The partnership shown (reloaded only if the view was restored without it). */
    public Partnership getPartnership() {
        return record();
    }

    /** The partnership's agreements the user may read (newest reference first). */
    public List<Agreement> getAgreements() {
        if (agreements == null) {
            agreements = agreementService.search(currentActor.get(), new PageRequest(0, 100, null, true,
                    Map.of("partnership", Long.toString(getId())), null)).rows();
        }
        return agreements;
    }

    public boolean isMayDraftAgreement() {
        return getPartnership() != null && AgreementPolicy.mayCreate(currentActor.get(), getPartnership());
    }

    /** Datasets produced for the partnership. */
    public List<Dataset> getDatasets() {
        if (datasets == null) {
            datasets = datasetService.search(currentActor.get(), new PageRequest(0, 100, "title", true,
                    Map.of("partnership", Long.toString(getId())), null)).rows();
        }
        return datasets;
    }

    /** Pilots the partnership takes part in. */
    public List<Pilot> getPilots() {
        if (pilots == null) {
            pilots = pilotService.search(currentActor.get(), new PageRequest(0, 100, "title", true,
                    Map.of("partnership", Long.toString(getId())), null)).rows();
        }
        return pilots;
    }
}
