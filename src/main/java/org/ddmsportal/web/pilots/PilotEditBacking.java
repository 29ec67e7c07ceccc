package org.ddmsportal.web.pilots;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/** /app/pilots/edit[?id=…]: define or change a pilot. */
@Named
@ViewScoped
public class PilotEditBacking implements Serializable {

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

    private String idParam;
    private Long id;
    private PilotForm form;
    private String title;
    private transient List<Organisation> cityOptions;
    private transient List<Organisation> leadOptions;
    private transient List<Organisation> partnerOptions;
    private transient List<Partnership> partnershipOptions;
    private transient List<Dataset> datasetOptions;
    private transient List<SdgEntry> sdgTargets;

    public void load() {
        if (form != null) {
            return;
        }
        id = Ids.parse(idParam);
        if (id == null && idParam != null && !idParam.isBlank()) {
            Faces.responseSendError(404, "not found");
            return;
        }
        if (id == null) {
            form = new PilotForm();
            return;
        }
        Pilot pilot = service.find(currentActor.get(), id).orElse(null);
        if (pilot == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        form = PilotForm.of(pilot);
        title = pilot.getTitle();
    }

    public void addMilestone() {
        form.getMilestones().add(new PilotForm.MilestoneRow());
    }

    public void removeMilestone(PilotForm.MilestoneRow row) {
        form.getMilestones().remove(row);
    }

    public String save() {
        return Texts.attempt(() -> {
            if (id == null) {
                id = service.create(currentActor.get(), form);
                Texts.info("pilot.created");
            } else {
                service.update(currentActor.get(), id, form);
                Texts.info("saved");
            }
            return "/app/pilots/view?faces-redirect=true&id=" + id;
        });
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

    public String getTitle() {
        return id == null ? Texts.get("pilot.new") : title;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public PilotForm getForm() {
        return form;
    }
}
