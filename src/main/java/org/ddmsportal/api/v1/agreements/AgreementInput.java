package org.ddmsportal.api.v1.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.PartyRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller sends to create an agreement or replace its draft fields: {@link AgreementForm}'s
 * fields (parties and terms included), validated by the use case, which refuses changes once the
 * agreement has left the draft.
 */
@Schema(name = "AgreementInput")
public record AgreementInput(
        Long partnershipId,
        AgreementKind kind,
        String title,
        LocalDate effectiveDate,
        LocalDate expiryDate,
        Integer renewalNoticeDays,
        LocalDate reviewDate,
        List<PartyInput> parties,
        TermsDto terms) {

    /** A party of the agreement. */
    @Schema(name = "AgreementPartyInput")
    public record PartyInput(Long organisationId, Long contactId,
                             PartyRole role, Integer order) {
    }

    AgreementForm toForm(long version) {
        AgreementForm f = new AgreementForm();
        f.setVersion(version);
        f.setPartnershipId(partnershipId);
        f.setKind(kind);
        f.setTitle(title);
        f.setEffectiveDate(effectiveDate);
        f.setExpiryDate(expiryDate);
        f.setRenewalNoticeDays(renewalNoticeDays);
        f.setReviewDate(reviewDate);
        List<AgreementForm.PartyRow> rows = new ArrayList<>();
        if (parties != null) {
            for (PartyInput p : parties) {
                AgreementForm.PartyRow row = new AgreementForm.PartyRow();
                if (p != null) {
                    row.setOrganisationId(p.organisationId());
                    row.setContactId(p.contactId());
                    row.setRole(p.role());
                    row.setOrder(p.order() == null ? 1 : p.order());
                }
                rows.add(row);
            }
        }
        f.setParties(rows);
        if (terms != null) {
            terms.fill(f);
        }
        return f;
    }
}
