package org.ddmsportal.domain.communication;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.Getter;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Texts;

/**
 * A dissemination activity: a seminar, webinar, meeting with NSI management, workshop,
 * publication or press release — when, where (or online), for whom, which countries took part,
 * the case studies, pilots and indicators it presented, attendance by organisation and outcome.
 * A country's activity belongs to that country; one without a country is the coordinators'.
 */
@Entity
@Table(name = "dissemination_activity")
public class Activity extends AbstractEntity implements Auditable {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    @Getter private ActivityKind kind;

    @Column(name = "title", nullable = false, length = 200)
    @Getter private String title;

    @Column(name = "held_on", nullable = false)
    @Getter private LocalDate heldOn;

    @Column(name = "place", length = 200)
    @Getter private String place;

    @Column(name = "online", nullable = false)
    @Getter private boolean online;

    @Column(name = "audience", length = 500)
    @Getter private String audience;

    @Column(name = "outcome")
    @Getter private String outcome;

    @Column(name = "public_event", nullable = false)
    @Getter private boolean publicEvent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id")
    @Getter private Country country;

    @ManyToMany
    @JoinTable(name = "activity_country", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "country_id"))
    private Set<Country> countries = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "activity_case_study", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "case_study_id"))
    private Set<CaseStudy> caseStudies = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "activity_pilot", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "pilot_id"))
    private Set<Pilot> pilots = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "activity_indicator", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_id"))
    private Set<Indicator> indicators = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "activity_attendance", joinColumns = @JoinColumn(name = "activity_id"))
    private List<Attendance> attendance = new ArrayList<>();

    protected Activity() {
        // for JPA
    }

    public Activity(Country owner) {
        this.country = owner;
    }

    public void describe(ActivityKind newKind, String newTitle, LocalDate on, String newPlace, boolean isOnline,
                         String newAudience, String newOutcome, boolean isPublic) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        this.kind = Objects.requireNonNull(newKind);
        this.title = newTitle.strip();
        this.heldOn = Objects.requireNonNull(on);
        this.place = Texts.blankToNull(newPlace);
        this.online = isOnline;
        this.audience = Texts.blankToNull(newAudience);
        this.outcome = Texts.blankToNull(newOutcome);
        this.publicEvent = isPublic;
    }

    public void link(Set<Country> newCountries, Set<CaseStudy> newCaseStudies, Set<Pilot> newPilots,
                     Set<Indicator> newIndicators) {
        countries.clear();
        countries.addAll(newCountries);
        caseStudies.clear();
        caseStudies.addAll(newCaseStudies);
        pilots.clear();
        pilots.addAll(newPilots);
        indicators.clear();
        indicators.addAll(newIndicators);
    }

    public void attended(List<Attendance> rows) {
        attendance.clear();
        attendance.addAll(rows);
    }

    public int getTotalAttendees() {
        return attendance.stream().mapToInt(Attendance::getAttendees).sum();
    }

    public List<Country> getCountries() {
        return countries.stream().sorted(Comparator.comparing(Country::getAlpha2)).toList();
    }

    public List<CaseStudy> getCaseStudies() {
        return caseStudies.stream().sorted(Comparator.comparing(CaseStudy::getTitle)).toList();
    }

    public List<Pilot> getPilots() {
        return pilots.stream().sorted(Comparator.comparing(Pilot::getTitle)).toList();
    }

    public List<Indicator> getIndicators() {
        return indicators.stream().sorted(Comparator.comparing(Indicator::getCode)).toList();
    }

    public List<Attendance> getAttendance() {
        return List.copyOf(attendance);
    }

    /** The snapshot's fields naming other records: the case studies, pilots and indicators it presented. */
    @Override
    public Set<String> linkFields() {
        return Set.of("caseStudies", "pilots", "indicators");
    }

    /** Its case studies, when one of them is not the reader's to open (another country's draft). */
    @Override
    public Set<String> linksOutOfReach(Actor actor) {
        return caseStudies.stream().allMatch(c -> CaseStudyPolicy.mayRead(actor, c)) ? Set.of() : Set.of("caseStudies");
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("kind", kind == null ? null : kind.name());
        s.put("title", title);
        s.put("heldOn", heldOn == null ? null : heldOn.toString());
        s.put("place", place);
        s.put("online", Boolean.toString(online));
        s.put("audience", audience);
        s.put("outcome", outcome);
        s.put("public", Boolean.toString(publicEvent));
        s.put("countries", countries.stream().map(Country::getAlpha2).sorted().collect(Collectors.joining(", ")));
        s.put("caseStudies", caseStudies.stream().map(CaseStudy::getTitle).sorted().collect(Collectors.joining("; ")));
        s.put("pilots", pilots.stream().map(Pilot::getTitle).sorted().collect(Collectors.joining("; ")));
        s.put("indicators", indicators.stream().map(Indicator::getCode).sorted().collect(Collectors.joining(", ")));
        s.put("attendance", attendance.stream().map(a -> a.getOrganisation().getName() + ": " + a.getAttendees())
                .collect(Collectors.joining("; ")));
        return s;
    }
}
