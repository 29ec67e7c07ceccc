package org.ddmsportal.application.communication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.shared.EditForm;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityKind;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.StorableDate;

/** A dissemination activity as it is recorded. */
@Getter @Setter
public class ActivityForm implements Serializable, EditForm {

    private static final long serialVersionUID = 1L;

    /** One organisation's attendance. */
    public static class AttendanceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long organisationId;
        @Min(1)
        @Max(100_000)
        private Integer attendees;

        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
        public Integer getAttendees() { return attendees; }
        public void setAttendees(Integer attendees) { this.attendees = attendees; }
    }

    private Long version;

    /** The owning country's alpha-2; empty for the coordinators' own activities. */
    private String countryCode;

    @NotNull
    private ActivityKind kind;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String title;

    @NotNull
    @StorableDate
    private LocalDate heldOn;

    @Size(max = Lengths.NAME)
    private String place;

    private boolean online;

    @Size(max = 500)
    private String audience;

    @Size(max = Lengths.DESCRIPTION)
    private String outcome;

    private boolean publicEvent;

    @Size(max = 60)
    private List<@NotNull String> countryCodes = new ArrayList<>();

    @Size(max = 50)
    private List<@NotNull Long> caseStudyIds = new ArrayList<>();

    @Size(max = 50)
    private List<@NotNull Long> pilotIds = new ArrayList<>();

    @Size(max = 100)
    private List<@NotNull Long> indicatorIds = new ArrayList<>();

    @Valid
    @Size(max = 100)
    private List<@NotNull AttendanceRow> attendance = new ArrayList<>();

    public static ActivityForm of(Activity a) {
        ActivityForm f = new ActivityForm();
        f.version = a.getVersion();
        f.countryCode = a.getCountry() == null ? null : a.getCountry().getAlpha2();
        f.kind = a.getKind();
        f.title = a.getTitle();
        f.heldOn = a.getHeldOn();
        f.place = a.getPlace();
        f.online = a.isOnline();
        f.audience = a.getAudience();
        f.outcome = a.getOutcome();
        f.publicEvent = a.isPublicEvent();
        f.countryCodes = new ArrayList<>(a.getCountries().stream().map(Country::getAlpha2).toList());
        f.caseStudyIds = new ArrayList<>(a.getCaseStudies().stream().map(CaseStudy::getId).toList());
        f.pilotIds = new ArrayList<>(a.getPilots().stream().map(Pilot::getId).toList());
        f.indicatorIds = new ArrayList<>(a.getIndicators().stream().map(Indicator::getId).toList());
        for (var at : a.getAttendance()) {
            AttendanceRow row = new AttendanceRow();
            row.setOrganisationId(at.getOrganisation().getId());
            row.setAttendees(at.getAttendees());
            f.attendance.add(row);
        }
        return f;
    }
}
