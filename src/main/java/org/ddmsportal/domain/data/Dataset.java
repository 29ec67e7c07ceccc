package org.ddmsportal.domain.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.Getter;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.Texts;

/**
 * A dataset a partner provides (or the NSI produces) for a partnership or a pilot. Its
 * governing agreement is the data-sharing agreement that allows its use: when that agreement is
 * not in force the dataset is <em>lapsed</em> and flagged wherever it appears. Its country —
 * which decides who may change it — is the producing pilot's, else the partnership's, else the
 * provider's.
 */
@Entity
@Table(name = "dataset")
public class Dataset extends AbstractEntity implements Auditable {

    @Column(name = "title", nullable = false, length = Lengths.NAME)
    @Getter private String title;

    @Column(name = "description", length = Lengths.DESCRIPTION)
    @Getter private String description;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id", nullable = false)
    @Getter private Organisation provider;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 30)
    @Getter private SourceKind sourceKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    @Getter private Agreement agreement;

    @Enumerated(EnumType.STRING)
    @Column(name = "granularity", nullable = false, length = 30)
    @Getter private Granularity granularity;

    @Column(name = "territorial_coverage", length = Lengths.NAME)
    @Getter private String territorialCoverage;

    @Column(name = "time_from")
    @Getter private LocalDate timeFrom;

    @Column(name = "time_to")
    @Getter private LocalDate timeTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "periodicity", nullable = false, length = 30)
    @Getter private Periodicity periodicity;

    @Enumerated(EnumType.STRING)
    @Column(name = "confidentiality", nullable = false, length = 30)
    @Getter private Confidentiality confidentiality;

    @Column(name = "personal_data", nullable = false)
    @Getter private boolean personalData;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", length = 30)
    @Getter private DataFormat format;

    @Column(name = "access_url", length = Lengths.URL)
    @Getter private String accessUrl;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partnership_id")
    @Getter private Partnership partnership;

    /** Mapped (lazy, column {@code pilot_id}) in {@code META-INF/orm.xml}: see {@link ProducingPilot}. */
    @Getter private ProducingPilot pilot;

    /**
     * The country as {@link #locate()} derived it, stored so that lists filter and sort by an
     * index instead of a rule over three joins; kept current by the services when a pilot's
     * city, a partnership's lead or an organisation's country changes (see
     * {@link DatasetRepository#relocateFor}).
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id")
    private Country country;

    /**
     * The provider's name, kept for the list's order by provider (V24, indexed with the title):
     * set with the provider, and in bulk when the organisation is renamed
     * ({@link DatasetRepository#renameProvider}). Not what a page shows (that is {@code provider.name}).
     */
    @Column(name = "provider_name")
    private String providerName;

    protected Dataset() {
        // for JPA
    }

    public Dataset(String title, Organisation provider, SourceKind sourceKind) {
        retitle(title);
        provideBy(provider, sourceKind);
        this.granularity = Granularity.MUNICIPALITY;
        this.periodicity = Periodicity.ANNUAL;
        this.confidentiality = Confidentiality.RESTRICTED;
    }

    public final void retitle(String newTitle) {
        this.title = Texts.required(newTitle, "title");
    }

    public final void provideBy(Organisation newProvider, SourceKind kind) {
        this.provider = Objects.requireNonNull(newProvider, "provider");
        this.providerName = newProvider.getName();
        this.sourceKind = Objects.requireNonNull(kind, "source kind");
        locate();
    }

    /** The agreement that allows the dataset's use; {@code null} for data the NSI holds itself. */
    public void governBy(Agreement newAgreement) {
        this.agreement = newAgreement;
    }

    /** What the data cover: granularity, territory and period (from ≤ to). */
    public void cover(Granularity newGranularity, String territory, LocalDate from, LocalDate to,
                      Periodicity newPeriodicity) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        this.granularity = Objects.requireNonNull(newGranularity, "granularity");
        this.territorialCoverage = Texts.blankToNull(territory);
        this.timeFrom = from;
        this.timeTo = to;
        this.periodicity = Objects.requireNonNull(newPeriodicity, "periodicity");
    }

    public void classify(Confidentiality newConfidentiality, boolean containsPersonalData) {
        this.confidentiality = Objects.requireNonNull(newConfidentiality, "confidentiality");
        this.personalData = containsPersonalData;
    }

    public void distribute(DataFormat newFormat, String url, String newDescription) {
        this.format = newFormat;
        this.accessUrl = Texts.blankToNull(url);
        this.description = Texts.blankToNull(newDescription);
    }

    /** The partnership and/or pilot that produce the dataset. */
    public void producedBy(Partnership newPartnership, ProducingPilot newPilot) {
        this.partnership = newPartnership;
        this.pilot = newPilot;
        locate();
    }

    /** The country by the rule: the producing pilot's, else the partnership's, else the provider's. */
    public static Country countryOf(ProducingPilot pilot, Partnership partnership, Organisation provider) {
        if (pilot != null) {
            return pilot.getCountry();
        }
        if (partnership != null) {
            return partnership.getCountry();
        }
        return provider.getCountry();
    }

    private void locate() {
        this.country = countryOf(pilot, partnership, provider);
    }

    /**
     * Lapsed: the dataset is governed by an agreement that is not in force on {@code today}
     * (never signed, not yet active, expired or terminated).
     */
    public boolean isLapsed(LocalDate today) {
        return agreement != null && !agreement.isInForce(today);
    }

    /** Public datasets go into the open catalogue; restricted and confidential never do. */
    public boolean isPublic() {
        return confidentiality == Confidentiality.PUBLIC;
    }

    /** The stored country; by the rule for a row inserted by SQL that the portal has not located yet. */
    public Country getCountry() {
        return country != null ? country : countryOf(pilot, partnership, provider);
    }

    /** The snapshot's fields naming other records: its agreement, partnership and pilot. */
    @Override
    public Set<String> linkFields() {
        return Set.of("agreement", "partnership", "pilot");
    }

    /** Its agreement, for a reader its rule refuses (the page says there is one, not which). */
    @Override
    public Set<String> linksOutOfReach(Actor actor) {
        return agreement != null && !AgreementPolicy.mayRead(actor, agreement) ? Set.of("agreement") : Set.of();
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("description", description);
        s.put("provider", provider.getLabel());
        s.put("sourceKind", sourceKind.name());
        s.put("agreement", agreement == null ? null : agreement.getReference());
        s.put("granularity", granularity.name());
        s.put("territorialCoverage", territorialCoverage);
        s.put("timeFrom", timeFrom == null ? null : timeFrom.toString());
        s.put("timeTo", timeTo == null ? null : timeTo.toString());
        s.put("periodicity", periodicity.name());
        s.put("confidentiality", confidentiality.name());
        s.put("personalData", Boolean.toString(personalData));
        s.put("format", format == null ? null : format.name());
        s.put("accessUrl", accessUrl);
        s.put("partnership", partnership == null ? null : partnership.getTitle());
        s.put("pilot", pilot == null ? null : pilot.getTitle());
        return s;
    }
}
