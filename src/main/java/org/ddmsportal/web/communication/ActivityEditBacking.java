package org.ddmsportal.web.communication;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.application.casestudy.CaseStudyService;
import org.ddmsportal.application.communication.ActivityForm;
import org.ddmsportal.application.communication.CommunicationService;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.registry.OrganisationService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityKind;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.web.shared.EditPage;

/** /app/activities/edit[?id=…]: record a dissemination activity and who attended. */
@Named
@ViewScoped
public class ActivityEditBacking extends EditPage<Activity, ActivityForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationService service;

    @Inject
    CaseStudyService caseStudies;

    @Inject
    PilotService pilots;

    @Inject
    IndicatorService indicators;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentActor currentActor;

    private transient List<CaseStudy> caseStudyOptions;
    private transient List<Organisation> organisationOptions;
    private transient List<Pilot> pilotOptions;
    private transient List<Indicator> indicatorOptions;

    @Override
    protected Optional<Activity> find(long id) {
        return service.activity(currentActor.get(), id);
    }

    @Override
    protected boolean mayEdit(Activity record) {
        return service.mayEdit(currentActor.get(), record);
    }

    @Override
    protected boolean mayCreate() {
        return service.mayCreateActivity(currentActor.get());
    }

    @Override
    protected ActivityForm newForm() {
        ActivityForm f = new ActivityForm();
        f.setCountryCode(currentActor.get().countryCode());
        f.getAttendance().add(new ActivityForm.AttendanceRow());
        return f;
    }

    @Override
    protected ActivityForm formOf(Activity record) {
        return ActivityForm.of(record);
    }

    @Override
    protected String titleOf(Activity record) {
        return record.getTitle();
    }

    @Override
    protected long create(ActivityForm form) {
        return service.createActivity(currentActor.get(), form);
    }

    @Override
    protected void update(long id, ActivityForm form) {
        service.updateActivity(currentActor.get(), id, form);
    }

    @Override
    protected String folder() {
        return "activities";
    }

    @Override
    protected String messagePrefix() {
        return "activity";
    }

    public void addAttendance() {
        getForm().getAttendance().add(new ActivityForm.AttendanceRow());
    }

    public void removeAttendance(ActivityForm.AttendanceRow row) {
        getForm().getAttendance().remove(row);
    }

    public boolean isCoordinator() {
        return currentActor.get().isAdmin() || currentActor.get().has(org.ddmsportal.domain.shared.Role.COORDINATOR);
    }

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
    }

    public List<CaseStudy> getCaseStudyOptions() {
        if (caseStudyOptions == null) {
            caseStudyOptions = caseStudies.search(currentActor.get(), new PageRequest(0, 500, "title", true, Map.of(), null))
                    .rows();
        }
        return caseStudyOptions;
    }

    public List<Pilot> getPilotOptions() {
        if (pilotOptions == null) {
            pilotOptions = pilots.search(currentActor.get(), new PageRequest(0, 500, "title", true, Map.of(), null)).rows();
        }
        return pilotOptions;
    }

    public List<Indicator> getIndicatorOptions() {
        if (indicatorOptions == null) {
            indicatorOptions = indicators.search(currentActor.get(), new PageRequest(0, 500, "code", true, Map.of(), null))
                    .rows();
        }
        return indicatorOptions;
    }

    public List<Organisation> getOrganisationOptions() {
        if (organisationOptions == null) {
            organisationOptions = organisations.search(currentActor.get(),
                    new PageRequest(0, 1000, "name", true, Map.of(), null)).rows();
        }
        return organisationOptions;
    }
}
