package org.ddmsportal.domain.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.Getter;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Lengths;

/**
 * A decision a city took, in the decision register: title, date, deciding body, summary, a link
 * to the act, and the indicators and pilots that informed it — the end of the lineage chain.
 */
@Entity
@Table(name = "decision")
public class Decision extends AbstractEntity implements Auditable {

    @Column(name = "title", nullable = false, length = Lengths.NAME)
    @Getter private String title;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id", nullable = false)
    @Getter private Organisation city;

    @Column(name = "decided_on", nullable = false)
    @Getter private LocalDate decidedOn;

    @Column(name = "body", nullable = false, length = Lengths.NAME)
    @Getter private String body;

    @Column(name = "summary", length = Lengths.DESCRIPTION)
    @Getter private String summary;

    @Column(name = "link", length = Lengths.URL)
    @Getter private String link;

    @ManyToMany
    @JoinTable(name = "decision_indicator", joinColumns = @JoinColumn(name = "decision_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_id"))
    private Set<Indicator> indicators = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "decision_pilot", joinColumns = @JoinColumn(name = "decision_id"),
            inverseJoinColumns = @JoinColumn(name = "pilot_id"))
    private Set<Pilot> pilots = new LinkedHashSet<>();

    protected Decision() {
        // for JPA
    }

    public Decision(String title, Organisation city, LocalDate decidedOn, String body) {
        record(title, city, decidedOn, body);
    }

    public final void record(String newTitle, Organisation newCity, LocalDate on, String newBody) {
        if (newTitle == null || newTitle.isBlank() || newBody == null || newBody.isBlank()) {
            throw new IllegalArgumentException("title and deciding body are required");
        }
        this.title = newTitle.strip();
        this.city = Objects.requireNonNull(newCity, "city");
        this.decidedOn = Objects.requireNonNull(on, "date");
        this.body = newBody.strip();
    }

    public void describe(String newSummary, String newLink) {
        this.summary = newSummary == null || newSummary.isBlank() ? null : newSummary.strip();
        this.link = newLink == null || newLink.isBlank() ? null : newLink.strip();
    }

    public void informedBy(Set<Indicator> newIndicators, Set<Pilot> newPilots) {
        this.indicators.clear();
        this.indicators.addAll(newIndicators);
        this.pilots.clear();
        this.pilots.addAll(newPilots);
    }

    public Country getCountry() {
        return city.getCountry();
    }

    public List<Indicator> getIndicators() {
        return indicators.stream().sorted(Comparator.comparing(Indicator::getCode)).toList();
    }

    public List<Pilot> getPilots() {
        return pilots.stream().sorted(Comparator.comparing(Pilot::getTitle)).toList();
    }

    /** The snapshot's fields naming other records: the indicators and pilots it drew on. */
    @Override
    public Set<String> linkFields() {
        return Set.of("indicators", "pilots");
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("city", city.getLabel());
        s.put("decidedOn", decidedOn.toString());
        s.put("body", body);
        s.put("summary", summary);
        s.put("link", link);
        s.put("indicators", Auditable.sortedNames(indicators, Indicator::getCode, ", "));
        s.put("pilots", Auditable.sortedNames(pilots, Pilot::getTitle, "; "));
        return s;
    }
}
