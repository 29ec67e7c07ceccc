package org.ddmsportal.application.agreement;

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
import org.ddmsportal.domain.agreement.AccessMethod;
import org.ddmsportal.domain.agreement.LegalBasisKind;
import org.ddmsportal.domain.agreement.PersonalDataKind;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.StorableDate;

/** What a user fills in to draft or edit an agreement: header, dates, parties and terms. */
@Getter @Setter
public class AgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;

    @NotNull
    private Long partnershipId;

    @NotNull
    private AgreementKind kind = AgreementKind.DSA;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String title;

    @StorableDate
    private LocalDate effectiveDate;
    @StorableDate
    private LocalDate expiryDate;

    @Min(0)
    @Max(3650)
    private Integer renewalNoticeDays;

    @StorableDate
    private LocalDate reviewDate;

    @Valid
    @Size(max = 50)
    private List<@NotNull PartyRow> parties = new ArrayList<>();

    @Size(max = Lengths.DESCRIPTION)
    private String itemsCovered;
    @Size(max = Lengths.DESCRIPTION)
    private String purposes;
    @Size(max = Lengths.DESCRIPTION)
    private String legalBasis;
    private LegalBasisKind legalBasisKind;
    private Boolean personalData;
    private PersonalDataKind personalDataKind;
    @Size(max = Lengths.DESCRIPTION)
    private String personalDataCategories;
    private Confidentiality confidentiality;
    @Size(max = Lengths.DESCRIPTION)
    private String disclosureControl;
    @Min(1)
    @Max(1_000_000)
    private Integer minCellCount;
    @Size(max = Lengths.DESCRIPTION)
    private String permittedUses;
    @Size(max = Lengths.DESCRIPTION)
    private String prohibitedUses;
    private AccessMethod accessMethod;
    @Size(max = Lengths.NAME)
    private String frequency;
    @Size(max = Lengths.NAME)
    private String retentionPeriod;
    @Size(max = Lengths.DESCRIPTION)
    private String deletionDuty;
    @Size(max = Lengths.DESCRIPTION)
    private String breachProcedure;
    @Size(max = Lengths.DESCRIPTION)
    private String proprietaryRights;
    private Boolean publicationAllowed;
    private Boolean publicationClearance;
    @Size(max = Lengths.DESCRIPTION)
    private String costs;
    @Size(max = Lengths.DESCRIPTION)
    private String term;

    /** The form filled from an agreement, for editing. */
    public static AgreementForm of(org.ddmsportal.domain.agreement.Agreement a) {
        AgreementForm f = new AgreementForm();
        f.version = a.getVersion();
        f.partnershipId = a.getPartnership().getId();
        f.kind = a.getKind();
        f.title = a.getTitle();
        f.effectiveDate = a.getEffectiveDate();
        f.expiryDate = a.getExpiryDate();
        f.renewalNoticeDays = a.getRenewalNoticeDays();
        f.reviewDate = a.getReviewDate();
        for (var p : a.getParties()) {
            PartyRow row = new PartyRow();
            row.organisationId = p.getOrganisation().getId();
            row.contactId = p.getContact() == null ? null : p.getContact().getId();
            row.role = p.getRole();
            row.order = p.getSignOrder();
            f.parties.add(row);
        }
        var t = a.getTerms();
        f.itemsCovered = t.getItemsCovered();
        f.purposes = t.getPurposes();
        f.legalBasis = t.getLegalBasis();
        f.legalBasisKind = t.getLegalBasisKind();
        f.personalData = t.getPersonalData();
        f.personalDataKind = t.getPersonalDataKind();
        f.personalDataCategories = t.getPersonalDataCategories();
        f.confidentiality = t.getConfidentiality();
        f.disclosureControl = t.getDisclosureControl();
        f.minCellCount = t.getMinCellCount();
        f.permittedUses = t.getPermittedUses();
        f.prohibitedUses = t.getProhibitedUses();
        f.accessMethod = t.getAccessMethod();
        f.frequency = t.getFrequency();
        f.retentionPeriod = t.getRetentionPeriod();
        f.deletionDuty = t.getDeletionDuty();
        f.breachProcedure = t.getBreachProcedure();
        f.proprietaryRights = t.getProprietaryRights();
        f.publicationAllowed = t.getPublicationAllowed();
        f.publicationClearance = t.getPublicationClearance();
        f.costs = t.getCosts();
        f.term = t.getTerm();
        return f;
    }

    /** One party: organisation, signatory contact, role and place in the signing order. */
    public static class PartyRow implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull
        private Long organisationId;

        private Long contactId;

        @NotNull
        private PartyRole role = PartyRole.SIGNER;

        @Min(1)
        @Max(99)
        private int order = 1;

        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
        public Long getContactId() { return contactId; }
        public void setContactId(Long contactId) { this.contactId = contactId; }
        public PartyRole getRole() { return role; }
        public void setRole(PartyRole role) { this.role = role; }
        public int getOrder() { return order; }
        public void setOrder(int order) { this.order = order; }
    }
}
