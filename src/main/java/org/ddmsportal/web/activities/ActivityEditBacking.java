package org.ddmsportal.web.activities;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.communication.ActivityForm;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityKind;
import org.ddmsportal.domain.communication.ActivityPolicy;
import org.ddmsportal.web.shared.EditPage;
import org.ddmsportal.web.shared.Picks;

/** /app/activities/edit[?id=…]: record a dissemination activity and who attended ({@code ActivityService}). */
@Named
@ViewScoped
public class ActivityEditBacking extends EditPage<Activity, ActivityForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    Picks picks;

    public ActivityEditBacking() {
        super("activities", "activity", ActivityForm::new, ActivityForm::of, Activity::getTitle);
    }

    /** The case studies, pilots and indicators linked stay, also one the reader may no longer open (withdrawn). */
    @Override
    protected ActivityForm formOf(Activity record) {
        ActivityForm form = super.formOf(record);
        picks.keep("CASE_STUDY", form.getCaseStudyIds());
        picks.keep("ANY_PILOT", form.getPilotIds());
        picks.keep("ANY_INDICATOR", form.getIndicatorIds());
        return form;
    }

    @Override
    protected void prepareNew(ActivityForm form) {
        String country = currentActor.get().countryCode();
        form.setCountryCode(country);
        // an NSI's activity covers its own country at least; the user adds the others
        if (country != null) {
            form.getCountryCodes().add(country);
        }
        form.getAttendance().add(new ActivityForm.AttendanceRow());
    }

    public void addAttendance() {
        getForm().getAttendance().add(new ActivityForm.AttendanceRow());
    }

    public void removeAttendance(ActivityForm.AttendanceRow row) {
        getForm().getAttendance().remove(row);
    }

    /** Whether the user chooses the activity's country (coordinators and administrators; others record for theirs). */
    public boolean isCoordinator() {
        return ActivityPolicy.recordsForAnyCountry(currentActor.get());
    }

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
    }
}
