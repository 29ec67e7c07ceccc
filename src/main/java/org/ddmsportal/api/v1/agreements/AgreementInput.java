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
        @Schema(required = true) Long partnershipId,
        @Schema(required = true) AgreementKind kind,
        @Schema(required = true) String title,
        @Schema(nullable = true) LocalDate effectiveDate,
        @Schema(nullable = true) LocalDate expiryDate,
        @Schema(nullable = true) Integer renewalNoticeDays,
        @Schema(nullable = true) LocalDate reviewDate,
        @Schema(nullable = true) List<PartyInput> parties,
        @Schema(nullable = true) TermsDto terms) {

    /** A party of the agreement. */
    @Schema(name = "AgreementPartyInput")
    public record PartyInput(@Schema(required = true) Long organisationId, @Schema(nullable = true) Long contactId,
                             @Schema(required = true) PartyRole role, @Schema(example = "1") Integer order) {
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
