package org.ddmsportal.web.activities;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.ddmsportal.application.communication.ActivityForm;
import org.ddmsportal.application.communication.CommunicationService;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityKind;
import org.ddmsportal.web.shared.EditPage;

/** /app/activities/edit[?id=…]: record a dissemination activity and who attended. */
@Named
@ViewScoped
public class ActivityEditBacking extends EditPage<Activity, ActivityForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationService service;

    public ActivityEditBacking() {
        super("activities", "activity", ActivityForm::new, ActivityForm::of, Activity::getTitle);
    }

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
    protected void prepareNew(ActivityForm form) {
        form.setCountryCode(currentActor.get().countryCode());
        form.getAttendance().add(new ActivityForm.AttendanceRow());
    }

    @Override
    protected long create(ActivityForm form) {
        return service.createActivity(currentActor.get(), form);
    }

    @Override
    protected void update(long id, ActivityForm form) {
        service.updateActivity(currentActor.get(), id, form);
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
}
