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
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityKind;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.Lengths;

/** A dissemination activity as it is recorded. */
public class ActivityForm implements Serializable {

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
    private List<String> countryCodes = new ArrayList<>();

    @Size(max = 50)
    private List<Long> caseStudyIds = new ArrayList<>();

    @Size(max = 50)
    private List<Long> pilotIds = new ArrayList<>();

    @Size(max = 100)
    private List<Long> indicatorIds = new ArrayList<>();

    @Valid
    @Size(max = 100)
    private List<AttendanceRow> attendance = new ArrayList<>();

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

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
    public ActivityKind getKind() { return kind; }
    public void setKind(ActivityKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public boolean isOnline() { return online; }
    public void setOnline(boolean online) { this.online = online; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public boolean isPublicEvent() { return publicEvent; }
    public void setPublicEvent(boolean publicEvent) { this.publicEvent = publicEvent; }
    public List<String> getCountryCodes() { return countryCodes; }
    public void setCountryCodes(List<String> countryCodes) { this.countryCodes = countryCodes; }
    public List<Long> getCaseStudyIds() { return caseStudyIds; }
    public void setCaseStudyIds(List<Long> caseStudyIds) { this.caseStudyIds = caseStudyIds; }
    public List<Long> getPilotIds() { return pilotIds; }
    public void setPilotIds(List<Long> pilotIds) { this.pilotIds = pilotIds; }
    public List<Long> getIndicatorIds() { return indicatorIds; }
    public void setIndicatorIds(List<Long> indicatorIds) { this.indicatorIds = indicatorIds; }
    public List<AttendanceRow> getAttendance() { return attendance; }
    public void setAttendance(List<AttendanceRow> attendance) { this.attendance = attendance; }
}
