package org.ddmsportal.web.pilots;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.pilot.PilotForm;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.SdgEntry;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.pilot.GoalType;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.web.shared.EditPage;

/** /app/pilots/edit[?id=…]: define or change a pilot. */
@Named
@ViewScoped
public class PilotEditBacking extends EditPage<Pilot, PilotForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    PilotService service;

    @Inject
    PartnershipService partnerships;

    @Inject
    DatasetService datasets;

    @Inject
    IndicatorService indicators;

    @Inject
    CurrentActor currentActor;

    private transient List<Organisation> cityOptions;
    private transient List<Organisation> leadOptions;
    private transient List<Organisation> partnerOptions;
    private transient List<Partnership> partnershipOptions;
    private transient List<Dataset> datasetOptions;
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
        return PilotForm.of(record);
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

    public List<Organisation> getCityOptions() {
        if (cityOptions == null) {
            cityOptions = service.cityOptions(currentActor.get());
        }
        return cityOptions;
    }

    public List<Organisation> getLeadOptions() {
        if (leadOptions == null) {
            leadOptions = service.leadOptions(currentActor.get());
        }
        return leadOptions;
    }

    public List<Organisation> getPartnerOptions() {
        if (partnerOptions == null) {
            partnerOptions = partnerships.partnerOptions(currentActor.get());
        }
        return partnerOptions;
    }

    public List<Partnership> getPartnershipOptions() {
        if (partnershipOptions == null) {
            partnershipOptions = partnerships.search(currentActor.get(), new PageRequest(0, 500, "title", true,
                    currentActor.get().countryCode() == null || currentActor.get().isAdmin() ? java.util.Map.of()
                            : java.util.Map.of("country", currentActor.get().countryCode()), null)).rows();
        }
        return partnershipOptions;
    }

    public List<Dataset> getDatasetOptions() {
        if (datasetOptions == null) {
            datasetOptions = datasets.options(currentActor.get());
        }
        return datasetOptions;
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
