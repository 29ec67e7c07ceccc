package org.ddmsportal.web.datasets;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.ProducingPilot;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipPolicy;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotPolicy;
import org.ddmsportal.web.shared.ViewPage;

/** /app/datasets/view?id=…: a dataset, its agreement (flagged when not in force), where it is used. */
@Named
@ViewScoped
public class DatasetViewBacking extends ViewPage<Dataset> {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorService indicators;

    @Inject
    PilotService pilots;

    public DatasetViewBacking() {
        super("datasets");
    }

    public Dataset getDataset() {
        return record();
    }

    /** The partnership it was produced for, if the reader may open it. */
    public Partnership getPartnership() {
        return readable(getDataset().getPartnership(), PartnershipPolicy::mayRead);
    }

    /** The pilot it was produced by, if the reader may open it. */
    public ProducingPilot getPilot() {
        return readable(getDataset().getPilot(), PilotPolicy::mayRead);
    }

    public List<Indicator> getIndicators() {
        return linked("indicators", indicators::search, "dataset", "code");
    }

    public List<Pilot> getPilots() {
        return linked("pilots", pilots::search, "dataset", "title");
    }

    /**
     * Whether the reader may see the governing agreement's reference, title and status: only if
     * they may open it (another country's manager is told there is one, not which).
     */
    public boolean isAgreementShown() {
        if (agreementShown == null) {
            Agreement a = getDataset().getAgreement();
            agreementShown = a != null && AgreementPolicy.mayRead(currentActor.get(), a);
        }
        return agreementShown;
    }

    private Boolean agreementShown;
}
