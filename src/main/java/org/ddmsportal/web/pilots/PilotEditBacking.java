package org.ddmsportal.web.pilots;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.pilot.PilotForm;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.shared.CurrentActor;
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
    PilotService service;

    @Inject
    Picks picks;

    @Inject
    IndicatorService indicators;

    @Inject
    CurrentActor currentActor;

    private transient List<SdgEntry> sdgTargets;

    @Override
    protected Optional<Pilot> find(long id) {
        return service.find(currentActor.get(), id);
    }

    @Override
    protected boolean mayEdit(Pilot record) {
        return service.mayEdit(currentActor.get(), record);
    }

    @Override
    protected boolean mayCreate() {
        return service.mayCreate(currentActor.get());
    }

    @Override
    protected PilotForm newForm() {
        return new PilotForm();
    }

    @Override
    protected PilotForm formOf(Pilot record) {
        PilotForm form = PilotForm.of(record);
        picks.prime("PARTNERSHIP", form.getPartnershipIds());
        picks.prime("ORGANISATION", form.getPartnerIds());
        picks.prime("DATASET", form.getDatasetIds());
        return form;
    }

    @Override
    protected String titleOf(Pilot record) {
        return record.getTitle();
    }

    @Override
    protected long create(PilotForm form) {
        return service.create(currentActor.get(), form);
    }

    @Override
    protected void update(long id, PilotForm form) {
        service.update(currentActor.get(), id, form);
    }

    @Override
    protected String folder() {
        return "pilots";
    }

    @Override
    protected String messagePrefix() {
        return "pilot";
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
