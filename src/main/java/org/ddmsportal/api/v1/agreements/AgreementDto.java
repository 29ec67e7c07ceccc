package org.ddmsportal.api.v1.agreements;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.agreement.PartyStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agreement as the API shows it (the form's field names; {@code version} is the ETag's value). */
@Schema(name = "Agreement")
public record AgreementDto(
        long id,
        String reference,
        AgreementKind kind,
        String title,
        String status,
        boolean editable,
        String countryCode,
        long partnershipId,
        LocalDate effectiveDate,
        LocalDate expiryDate,
        Integer renewalNoticeDays,
        LocalDate reviewDate,
        List<Party> parties,
        TermsDto terms,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        Map<String, URI> links) {

    /** A party: organisation, signatory, role, place in the signing order and where it stands. */
    @Schema(name = "AgreementParty")
    public record Party(long organisationId, String organisationName, Long contactId,
                        String contactName, PartyRole role, int order, PartyStatus status,
                        Instant actedAt) {

        static Party of(AgreementParty p) {
            return new Party(p.getOrganisation().getId(), p.getOrganisation().getName(),
                    p.getContact() == null ? null : p.getContact().getId(),
                    p.getContact() == null ? null : p.getContact().getFullName(), p.getRole(), p.getSignOrder(),
                    p.getStatus(), p.getActedAt());
        }
    }

    static AgreementDto of(Agreement a, ApiLinks links) {
        String base = "agreements/" + a.getId();
        return new AgreementDto(a.getId(), a.getReference(), a.getKind(), a.getTitle(), a.getStatus(), a.isEditable(),
                a.getCountryCode(), a.getPartnership().getId(), a.getEffectiveDate(), a.getExpiryDate(),
                a.getRenewalNoticeDays(), a.getReviewDate(), a.getParties().stream().map(Party::of).toList(),
                TermsDto.of(a.getTerms()), a.getVersion(), a.getModifiedAt(), a.getModifiedBy(),
                links.self("agreements", a.getId()).add("partnership", "partnerships", a.getPartnership().getId())
                        .add("document", base + "/document").add("transitions", base + "/transitions")
                        .add("events", base + "/events").add("signing-turn", base + "/signing-turn").build());
    }
}
