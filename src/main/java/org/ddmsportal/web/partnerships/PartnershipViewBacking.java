package org.ddmsportal.web.partnerships;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.pilot.Pilot;
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

    public PartnershipViewBacking() {
        super("partnerships");
    }

    /** The partnership shown (reloaded only if the view was restored without it). */
    public Partnership getPartnership() {
        return record();
    }

    /** The partnership's agreements the user may read (newest reference first). */
    public List<Agreement> getAgreements() {
        return linked("agreements", agreementService::search, "partnership", null);
    }

    /**
     * Whether the user reads every agreement of the partnership's country: only then does an empty
     * list mean "none yet"; a partner's contact reads only those their organisation is party to.
     */
    public boolean isReadsAllAgreements() {
        return getPartnership() != null && AgreementPolicy.readsAllOf(currentActor.get(),
                getPartnership().getCountry().getAlpha2());
    }

    public boolean isMayDraftAgreement() {
        return getPartnership() != null && AgreementPolicy.mayCreate(currentActor.get(), getPartnership());
    }

    /** Datasets produced for the partnership. */
    public List<Dataset> getDatasets() {
        return linked("datasets", datasetService::search, "partnership", "title");
    }

    /** Pilots the partnership takes part in. */
    public List<Pilot> getPilots() {
        return linked("pilots", pilotService::search, "partnership", "title");
    }
}
