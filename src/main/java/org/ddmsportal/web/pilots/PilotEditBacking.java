package org.ddmsportal.web.pilots;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.pilot.PilotForm;
import org.ddmsportal.domain.data.SdgEntry;
import org.ddmsportal.domain.pilot.GoalType;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.web.shared.EditPage;
import org.ddmsportal.web.shared.Picks;

/** /app/pilots/edit[?id=…]: define or change a pilot. */
@Named
@ViewScoped
public class PilotEditBacking extends EditPage<Pilot, PilotForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    Picks picks;

    @Inject
    IndicatorService indicators;

    private transient List<SdgEntry> sdgTargets;

    public PilotEditBacking() {
        super("pilots", "pilot", PilotForm::new, PilotForm::of, Pilot::getTitle);
    }

    /** The pickers show the names of the pilot's partnerships, partners and datasets. */
    @Override
    protected PilotForm formOf(Pilot record) {
        PilotForm form = super.formOf(record);
        picks.prime("PARTNERSHIP", form.getPartnershipIds());
        picks.prime("ORGANISATION", form.getPartnerIds());
        picks.prime("DATASET", form.getDatasetIds());
        return form;
    }

    public void addMilestone() {
        getForm().getMilestones().add(new PilotForm.MilestoneRow());
    }

    public void removeMilestone(PilotForm.MilestoneRow row) {
        getForm().getMilestones().remove(row);
    }

    public List<SdgEntry> getSdgTargets() {
        if (sdgTargets == null) {
            sdgTargets = indicators.sdgTargets();
        }
        return sdgTargets;
    }

    public GoalType[] getGoalTypes() {
        return GoalType.values();
    }
}
