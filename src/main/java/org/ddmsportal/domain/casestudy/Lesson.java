package org.ddmsportal.domain.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import lombok.Getter;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.GsbpmPhase;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.reference.PolicyDomain;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Auditable;

/**
 * A lesson learned, attached to one case study, partnership or pilot (of one country), with the
 * facets the cross-country search filters on: GSBPM phase, data-source kind, partner sector,
 * policy domain and machine-learning technique.
 */
@Entity
@Table(name = "lesson")
@Getter
public class Lesson extends AbstractEntity implements Auditable {

    /** Longest lesson, in characters. */
    public static final int MAX_TEXT = 4000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id", nullable = false)
    private Country country;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_study_id", updatable = false)
    private CaseStudy caseStudy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partnership_id", updatable = false)
    private Partnership partnership;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pilot_id", updatable = false)
    private Pilot pilot;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private LessonCategory category;

    @Column(name = "text", nullable = false)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "gsbpm_phase_id")
    private GsbpmPhase phase;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", length = 40)
    private SourceKind sourceKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_sector_id")
    private OrganisationType partnerSector;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "domain_id")
    private PolicyDomain domain;

    @Enumerated(EnumType.STRING)
    @Column(name = "ml_technique", length = 40)
    private MlTechnique mlTechnique;

    protected Lesson() {
        // for JPA
    }

    public static Lesson of(CaseStudy caseStudy) {
        Lesson l = new Lesson();
        l.caseStudy = caseStudy;
        l.country = caseStudy.getCountry();
        return l;
    }

    public static Lesson of(Partnership partnership, Country country) {
        Lesson l = new Lesson();
        l.partnership = partnership;
        l.country = Objects.requireNonNull(country);
        return l;
    }

    public static Lesson of(Pilot pilot) {
        Lesson l = new Lesson();
        l.pilot = pilot;
        l.country = pilot.getCountry();
        return l;
    }

    public void learn(LessonCategory newCategory, String newText) {
        if (newText == null || newText.isBlank()) {
            throw new IllegalArgumentException("text is required");
        }
        this.category = Objects.requireNonNull(newCategory);
        this.text = newText.replace("\r\n", "\n").strip();
    }

    public void facet(GsbpmPhase newPhase, SourceKind kind, OrganisationType sector, PolicyDomain newDomain,
                      MlTechnique technique) {
        this.phase = newPhase;
        this.sourceKind = kind;
        this.partnerSector = sector;
        this.domain = newDomain;
        this.mlTechnique = technique;
    }

    /** What the lesson is attached to, as {@code case-study}, {@code partnership} or {@code pilot}. */
    public String getOwnerKind() {
        return caseStudy != null ? "case-study" : partnership != null ? "partnership" : "pilot";
    }

    public String getOwnerTitle() {
        return caseStudy != null ? caseStudy.getTitle() : partnership != null ? partnership.getTitle() : pilot.getTitle();
    }

    public Long getOwnerId() {
        return caseStudy != null ? caseStudy.getId() : partnership != null ? partnership.getId() : pilot.getId();
    }

    /** A lesson is shown on the page of what it is attached to: its changes are in that history. */
    @Override
    public Auditable auditOwner() {
        return caseStudy != null ? caseStudy : partnership != null ? partnership : pilot;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("attachedTo", getOwnerKind() + ": " + getOwnerTitle());
        s.put("category", category == null ? null : category.name());
        s.put("text", text);
        s.put("phase", phase == null ? null : phase.getCode());
        s.put("sourceKind", sourceKind == null ? null : sourceKind.name());
        s.put("partnerSector", partnerSector == null ? null : partnerSector.getCode());
        s.put("domain", domain == null ? null : domain.getCode());
        s.put("mlTechnique", mlTechnique == null ? null : mlTechnique.name());
        return s;
    }
}
