package org.ddmsportal.domain.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ddmsportal.domain.shared.Lengths;

/**
 * The terms of a data-sharing agreement, field by field, so that the portal can check them
 * ({@link TermsChecklist}), print them in the document and publish them as ODRL. A value object:
 * an agreement replaces its terms as a whole.
 */
@Embeddable
public class DataSharingTerms {

    @Column(name = "items_covered", length = Lengths.DESCRIPTION)
    private String itemsCovered;

    @Column(name = "purposes", length = Lengths.DESCRIPTION)
    private String purposes;

    @Column(name = "legal_basis", length = Lengths.DESCRIPTION)
    private String legalBasis;

    @Column(name = "personal_data")
    private Boolean personalData;

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

    public DataSharingTerms() {
        // empty terms; also for JPA
    }

    /** A copy of these terms (for an amendment, which starts from the original's terms). */
    public DataSharingTerms copy() {
        DataSharingTerms c = new DataSharingTerms();
        c.itemsCovered = itemsCovered;
        c.purposes = purposes;
        c.legalBasis = legalBasis;
        c.personalData = personalData;
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

    /** Builder-style setters keep the form mapping in one place; blank text is stored as absent. */
    public DataSharingTerms items(String v) { itemsCovered = clean(v); return this; }
    public DataSharingTerms purposes(String v) { purposes = clean(v); return this; }
    public DataSharingTerms legalBasis(String v) { legalBasis = clean(v); return this; }
    public DataSharingTerms personalData(Boolean v, String categories) {
        personalData = v;
        personalDataCategories = Boolean.TRUE.equals(v) ? clean(categories) : null;
        return this;
    }
    public DataSharingTerms confidentiality(Confidentiality v, String control, Integer minCells) {
        if (minCells != null && minCells < 1) {
            throw new IllegalArgumentException("the minimum cell count is at least 1");
        }
        confidentiality = v;
        disclosureControl = clean(control);
        minCellCount = minCells;
        return this;
    }
    public DataSharingTerms uses(String permitted, String prohibited) {
        permittedUses = clean(permitted);
        prohibitedUses = clean(prohibited);
        return this;
    }
    public DataSharingTerms access(AccessMethod v, String freq) { accessMethod = v; frequency = clean(freq); return this; }
    public DataSharingTerms retention(String period, String deletion) {
        retentionPeriod = clean(period);
        deletionDuty = clean(deletion);
        return this;
    }
    public DataSharingTerms breaches(String v) { breachProcedure = clean(v); return this; }
    public DataSharingTerms proprietaryRights(String v) { proprietaryRights = clean(v); return this; }
    public DataSharingTerms publication(Boolean allowed, Boolean clearance) {
        publicationAllowed = allowed;
        publicationClearance = clearance;
        return this;
    }
    public DataSharingTerms costs(String v) { costs = clean(v); return this; }
    public DataSharingTerms term(String v) { term = clean(v); return this; }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getItemsCovered() { return itemsCovered; }
    public String getPurposes() { return purposes; }
    public String getLegalBasis() { return legalBasis; }
    public Boolean getPersonalData() { return personalData; }
    public String getPersonalDataCategories() { return personalDataCategories; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public String getDisclosureControl() { return disclosureControl; }
    public Integer getMinCellCount() { return minCellCount; }
    public String getPermittedUses() { return permittedUses; }
    public String getProhibitedUses() { return prohibitedUses; }
    public AccessMethod getAccessMethod() { return accessMethod; }
    public String getFrequency() { return frequency; }
    public String getRetentionPeriod() { return retentionPeriod; }
    public String getDeletionDuty() { return deletionDuty; }
    public String getBreachProcedure() { return breachProcedure; }
    public String getProprietaryRights() { return proprietaryRights; }
    public Boolean getPublicationAllowed() { return publicationAllowed; }
    public Boolean getPublicationClearance() { return publicationClearance; }
    public String getCosts() { return costs; }
    public String getTerm() { return term; }

    /** For the audit trail. */
    public Map<String, String> snapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("itemsCovered", itemsCovered);
        m.put("purposes", purposes);
        m.put("legalBasis", legalBasis);
        m.put("personalData", personalData == null ? null : personalData.toString());
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
}
