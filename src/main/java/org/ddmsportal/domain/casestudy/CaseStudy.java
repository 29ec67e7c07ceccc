package org.ddmsportal.domain.casestudy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import lombok.Getter;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.workflow.WorkflowEntity;

/**
 * A country's case study of its partnerships and pilots: the structured template in Markdown in
 * its original language (translations optional), the partnerships and pilots it tells about, the
 * reviewer and the rubric, and the partners' clearances. Its lifecycle is
 * {@code workflows/case-study.json}; what changes are allowed in which state is decided here.
 */
@Entity
@Table(name = "case_study")
public class CaseStudy extends WorkflowEntity {

    public static final String WORKFLOW = "case-study";
    public static final String DRAFT = "DRAFT";
    public static final String CHANGES_REQUESTED = "CHANGES_REQUESTED";
    public static final String APPROVED = "APPROVED";
    public static final String PUBLISHED = "PUBLISHED";

    /** States in which the country may change the text. */
    private static final Set<String> EDITABLE = Set.of(DRAFT, CHANGES_REQUESTED);

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id", nullable = false)
    @Getter private Country country;

    @Column(name = "slug", nullable = false, updatable = false, length = 120)
    @Getter private String slug;

    @Column(name = "language", nullable = false, length = 2)
    @Getter private String language;

    @Embedded
    @Getter private CaseStudyContent content;

    @Column(name = "search_text")
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "case_study_translation", joinColumns = @JoinColumn(name = "case_study_id"))
    @MapKeyColumn(name = "language", length = 2)
    private Map<String, CaseStudyContent> translations = new TreeMap<>();

    @ManyToMany
    @JoinTable(name = "case_study_partnership", joinColumns = @JoinColumn(name = "case_study_id"),
            inverseJoinColumns = @JoinColumn(name = "partnership_id"))
    private Set<Partnership> partnerships = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "case_study_pilot", joinColumns = @JoinColumn(name = "case_study_id"),
            inverseJoinColumns = @JoinColumn(name = "pilot_id"))
    private Set<Pilot> pilots = new LinkedHashSet<>();

    @Column(name = "owner_email", length = 254)
    @Getter private String ownerEmail;

    @Column(name = "reviewer", length = 100)
    @Getter private String reviewer;

    @Column(name = "reviewer_name", length = 200)
    @Getter private String reviewerName;

    @Column(name = "reviewer_email", length = 254)
    @Getter private String reviewerEmail;

    @Embedded
    @Getter private Rubric rubric = Rubric.empty();

    @Column(name = "submissions", nullable = false)
    @Getter private int submissions;

    @Column(name = "published_at")
    @Getter private Instant publishedAt;

    @OneToMany(mappedBy = "caseStudy", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Clearance> clearances = new ArrayList<>();

    protected CaseStudy() {
        // for JPA
    }

    public CaseStudy(Country country, String slug, String language, CaseStudyContent content, String initialStatus,
                     String ownerEmail) {
        this.country = Objects.requireNonNull(country, "country");
        this.slug = Objects.requireNonNull(slug, "slug");
        enterStatus(initialStatus);
        this.ownerEmail = ownerEmail;
        write(language, content);
    }

    /** Whether the country may change the text now (draft, or changes requested). */
    public boolean isEditable() {
        return EDITABLE.contains(getStatus());
    }

    public final void write(String newLanguage, CaseStudyContent newContent) {
        this.language = Objects.requireNonNull(newLanguage, "language").toLowerCase(Locale.ROOT);
        this.content = Objects.requireNonNull(newContent, "content");
        this.translations.remove(this.language);
        index();
    }

    public void translate(Map<String, CaseStudyContent> newTranslations) {
        translations.clear();
        newTranslations.forEach((lang, c) -> {
            if (!lang.equals(language)) {
                translations.put(lang, c);
            }
        });
        index();
    }

    public void tellAbout(Set<Partnership> newPartnerships, Set<Pilot> newPilots) {
        partnerships.clear();
        partnerships.addAll(newPartnerships);
        pilots.clear();
        pilots.addAll(newPilots);
    }

    private void index() {
        StringBuilder b = new StringBuilder(content.plain());
        translations.values().forEach(t -> b.append('\n').append(t.plain()));
        searchText = b.toString();
    }

    /** Counts a submission; answers its number (1 for the first). */
    public int submitted() {
        return ++submissions;
    }

    public void assignReviewer(String username, String name, String email) {
        this.reviewer = username;
        this.reviewerName = name;
        this.reviewerEmail = email;
    }

    public void assess(Rubric newRubric) {
        this.rubric = Objects.requireNonNull(newRubric);
    }

    /**
     * Asks for the clearances the agreements behind this case study require: one per agreement
     * whose publication clause needs it and per partner organisation (not the NSI). Clearances
     * already given for the same agreement and partner are kept.
     */
    public List<Clearance> requireClearances(Map<Agreement, List<Organisation>> required) {
        List<Clearance> added = new ArrayList<>();
        List<Clearance> keep = new ArrayList<>();
        required.forEach((agreement, orgs) -> orgs.forEach(org -> {
            Optional<Clearance> existing = clearances.stream().filter(c -> c.concerns(agreement, org)).findFirst();
            if (existing.isPresent()) {
                keep.add(existing.get());
            } else {
                Clearance c = new Clearance(this, agreement, org);
                keep.add(c);
                added.add(c);
            }
        }));
        clearances.retainAll(keep);
        clearances.addAll(added);
        return added;
    }

    /** True when every required clearance was given (also when none is required). */
    public boolean isCleared() {
        return clearances.stream().allMatch(c -> c.getStatus() == ClearanceStatus.CLEARED);
    }

    public void published(Instant at) {
        this.publishedAt = at;
    }

    @Override
    public void enterStatus(String newStatus) {
        super.enterStatus(newStatus);
        if (!PUBLISHED.equals(newStatus)) {
            publishedAt = null;
        }
    }

    public boolean isPublished() {
        return PUBLISHED.equals(getStatus());
    }

    /** The content in the given language, or the original. */
    public CaseStudyContent contentIn(String lang) {
        return lang == null ? content : translations.getOrDefault(lang.toLowerCase(Locale.ROOT), content);
    }

    /** The language {@link #contentIn} answers in: the translation's, or the original's. */
    public String languageIn(String lang) {
        return lang != null && translations.containsKey(lang.toLowerCase(Locale.ROOT)) ? lang.toLowerCase(Locale.ROOT) : language;
    }

    public String getTitle() { return content.getTitle(); }
    public Map<String, CaseStudyContent> getTranslations() { return Map.copyOf(translations); }
    public List<String> getTranslationLanguages() { return List.copyOf(new TreeMap<>(translations).keySet()); }

    public List<Partnership> getPartnerships() {
        return partnerships.stream().sorted(Comparator.comparing(Partnership::getTitle)).toList();
    }

    public List<Pilot> getPilots() {
        return pilots.stream().sorted(Comparator.comparing(Pilot::getTitle)).toList();
    }

    public List<Clearance> getClearances() {
        return List.copyOf(clearances);
    }

    @Override
    public String workflowName() {
        return WORKFLOW;
    }

    /** The snapshot's fields naming other records: the partnerships and pilots it tells of. */
    @Override
    public Set<String> linkFields() {
        return Set.of("partnerships", "pilots");
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("title", content.getTitle());
        s.put("language", language);
        content.texts().forEach((section, text) -> s.put(section.name().toLowerCase(Locale.ROOT),
                text == null ? null : Integer.toHexString(text.hashCode()) + " (" + text.length() + " chars)"));
        s.put("translations", translations.isEmpty() ? null : String.join(", ", new TreeMap<>(translations).keySet()));
        s.put("partnerships", Auditable.sortedNames(partnerships, Partnership::getTitle, "; "));
        s.put("pilots", Auditable.sortedNames(pilots, Pilot::getTitle, "; "));
        s.put("status", getStatus());
        s.put("reviewer", reviewer);
        s.put("rubric", rubric.toString());
        return s;
    }
}
