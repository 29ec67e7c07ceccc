package org.ddmsportal.domain.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.Texts;

/**
 * The terms of a data-sharing agreement, field by field, so that the portal can check them
 * ({@link TermsChecklist}), print them in the document and publish them as ODRL. A value object:
 * built whole ({@link #builder()}), never changed, and replaced as a whole by the agreement. Its
 * fields are not final only because JPA fills an embeddable by reflection.
 */
@Embeddable
@Getter
public class DataSharingTerms {

    @Column(name = "items_covered", length = Lengths.DESCRIPTION)
    private String itemsCovered;

    @Column(name = "purposes", length = Lengths.DESCRIPTION)
    private String purposes;

    @Column(name = "legal_basis", length = Lengths.DESCRIPTION)
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis_kind", length = 30)
    private LegalBasisKind legalBasisKind;

    @Column(name = "personal_data")
    private Boolean personalData;

    @Enumerated(EnumType.STRING)
    @Column(name = "personal_data_kind", length = 30)
    private PersonalDataKind personalDataKind;

    @Column(name = "personal_data_categories", length = Lengths.DESCRIPTION)
    private String personalDataCategories;

    @Enumerated(EnumType.STRING)
    @Column(name = "confidentiality", length = 20)
    private Confidentiality confidentiality;

    @Column(name = "disclosure_control", length = Lengths.DESCRIPTION)
    private String disclosureControl;

    @Column(name = "min_cell_count")
    private Integer minCellCount;

    @Column(name = "permitted_uses", length = Lengths.DESCRIPTION)
    private String permittedUses;

    @Column(name = "prohibited_uses", length = Lengths.DESCRIPTION)
    private String prohibitedUses;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_method", length = 20)
    private AccessMethod accessMethod;

    @Column(name = "frequency", length = Lengths.NAME)
    private String frequency;

    @Column(name = "retention_period", length = Lengths.NAME)
    private String retentionPeriod;

    @Column(name = "deletion_duty", length = Lengths.DESCRIPTION)
    private String deletionDuty;

    @Column(name = "breach_procedure", length = Lengths.DESCRIPTION)
    private String breachProcedure;

    @Column(name = "proprietary_rights", length = Lengths.DESCRIPTION)
    private String proprietaryRights;

    @Column(name = "publication_allowed")
    private Boolean publicationAllowed;

    @Column(name = "publication_clearance")
    private Boolean publicationClearance;

    @Column(name = "costs", length = Lengths.DESCRIPTION)
    private String costs;

    @Column(name = "term_text", length = Lengths.DESCRIPTION)
    private String term;

    /** Empty terms: for JPA and for an agreement whose terms are not filled yet. */
    protected DataSharingTerms() {
    }

    /** Terms built field by field; blank text is stored as absent. */
    public static Builder builder() {
        return new Builder(new DataSharingTerms());
    }

    /** A builder starting from these terms (an amendment starts from the original's terms). */
    public Builder toBuilder() {
        return new Builder(copy());
    }

    /** The same terms, as a separate instance: an embeddable is never shared by two agreements. */
    DataSharingTerms copy() {
        DataSharingTerms c = new DataSharingTerms();
        c.itemsCovered = itemsCovered;
        c.purposes = purposes;
        c.legalBasis = legalBasis;
        c.legalBasisKind = legalBasisKind;
        c.personalData = personalData;
        c.personalDataKind = personalDataKind;
        c.personalDataCategories = personalDataCategories;
        c.confidentiality = confidentiality;
        c.disclosureControl = disclosureControl;
        c.minCellCount = minCellCount;
        c.permittedUses = permittedUses;
        c.prohibitedUses = prohibitedUses;
        c.accessMethod = accessMethod;
        c.frequency = frequency;
        c.retentionPeriod = retentionPeriod;
        c.deletionDuty = deletionDuty;
        c.breachProcedure = breachProcedure;
        c.proprietaryRights = proprietaryRights;
        c.publicationAllowed = publicationAllowed;
        c.publicationClearance = publicationClearance;
        c.costs = costs;
        c.term = term;
        return c;
    }

    /**
     * Fills terms to be built, one group of fields at a time, each group checked as it is given.
     * {@link #build()} hands out its own copy, so terms never change once built.
     */
    public static final class Builder {

        private final DataSharingTerms t;

        private Builder(DataSharingTerms start) {
            this.t = start;
        }

        public Builder items(String v) { t.itemsCovered = Texts.blankToNull(v); return this; }
        public Builder purposes(String v) { t.purposes = Texts.blankToNull(v); return this; }
        public Builder legalBasis(String v) { t.legalBasis = Texts.blankToNull(v); return this; }
        public Builder personalData(Boolean v, String categories) {
            t.personalData = v;
            t.personalDataCategories = Boolean.TRUE.equals(v) ? Texts.blankToNull(categories) : null;
            return this;
        }
        /** The legal basis's kind as a DPV concept, beside its text. */
        public Builder legalBasisKind(LegalBasisKind v) { t.legalBasisKind = v; return this; }
        /** The personal data's kind as a DPV concept; none when no personal data is shared. */
        public Builder personalDataKind(PersonalDataKind v) {
            t.personalDataKind = Boolean.TRUE.equals(t.personalData) ? v : null;
            return this;
        }
        public Builder confidentiality(Confidentiality v, String control, Integer minCells) {
            if (minCells != null && minCells < 1) {
                throw new IllegalArgumentException("the minimum cell count is at least 1");
            }
            t.confidentiality = v;
            t.disclosureControl = Texts.blankToNull(control);
            t.minCellCount = minCells;
            return this;
        }
        public Builder uses(String permitted, String prohibited) {
            t.permittedUses = Texts.blankToNull(permitted);
            t.prohibitedUses = Texts.blankToNull(prohibited);
            return this;
        }
        public Builder access(AccessMethod v, String freq) {
            t.accessMethod = v;
            t.frequency = Texts.blankToNull(freq);
            return this;
        }
        public Builder retention(String period, String deletion) {
            t.retentionPeriod = Texts.blankToNull(period);
            t.deletionDuty = Texts.blankToNull(deletion);
            return this;
        }
        public Builder breaches(String v) { t.breachProcedure = Texts.blankToNull(v); return this; }
        public Builder proprietaryRights(String v) { t.proprietaryRights = Texts.blankToNull(v); return this; }
        public Builder publication(Boolean allowed, Boolean clearance) {
            t.publicationAllowed = allowed;
            t.publicationClearance = clearance;
            return this;
        }
        public Builder costs(String v) { t.costs = Texts.blankToNull(v); return this; }
        public Builder term(String v) { t.term = Texts.blankToNull(v); return this; }

        public DataSharingTerms build() {
            return t.copy();
        }
    }

    /** For the audit trail. */
    public Map<String, String> snapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("itemsCovered", itemsCovered);
        m.put("purposes", purposes);
        m.put("legalBasis", legalBasis);
        m.put("legalBasisKind", legalBasisKind == null ? null : legalBasisKind.name());
        m.put("personalData", personalData == null ? null : personalData.toString());
        m.put("personalDataKind", personalDataKind == null ? null : personalDataKind.name());
        m.put("personalDataCategories", personalDataCategories);
        m.put("confidentiality", confidentiality == null ? null : confidentiality.name());
        m.put("disclosureControl", disclosureControl);
        m.put("minCellCount", minCellCount == null ? null : minCellCount.toString());
        m.put("permittedUses", permittedUses);
        m.put("prohibitedUses", prohibitedUses);
        m.put("accessMethod", accessMethod == null ? null : accessMethod.name());
        m.put("frequency", frequency);
        m.put("retentionPeriod", retentionPeriod);
        m.put("deletionDuty", deletionDuty);
        m.put("breachProcedure", breachProcedure);
        m.put("proprietaryRights", proprietaryRights);
        m.put("publicationAllowed", publicationAllowed == null ? null : publicationAllowed.toString());
        m.put("publicationClearance", publicationClearance == null ? null : publicationClearance.toString());
        m.put("costs", costs);
        m.put("term", term);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataSharingTerms other && snapshot().equals(other.snapshot());
    }

    @Override
    public int hashCode() {
        return snapshot().hashCode();
    }
}
