package org.ddmsportal.api.v1.partnerships;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipPartner;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.partnership.Resource;
import org.ddmsportal.domain.reference.PolicyDomain;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partnership as the API shows it (the form's field names; {@code version} is the ETag's value). */
@Schema(name = "Partnership")
public record PartnershipDto(
        long id,
        String title,
        PartnershipType type,
        String status,
        String countryCode,
        long leadId,
        String leadName,
        List<String> domainCodes,
        List<Resource> leadResources,
        List<Partner> partners,
        String objectives,
        String expectedValue,
        LocalDate startDate,
        LocalDate endDate,
        String notes,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        Map<String, URI> links) {

    /** A partner organisation and what it brings. */
    @Schema(name = "PartnershipPartner")
    public record Partner(long organisationId, String organisationName, PartnerRole role, List<Resource> resources,
                          Map<String, URI> links) {
    }

    static PartnershipDto of(Partnership p, ApiLinks links) {
        List<Partner> partners = p.getPartners().stream().map(pp -> partner(pp, links)).toList();
        return new PartnershipDto(p.getId(), p.getTitle(), p.getType(), p.getStatus(), p.getCountry().getAlpha2(),
                p.getLead().getId(), p.getLead().getName(),
                p.getDomains().stream().map(PolicyDomain::getCode).sorted().toList(),
                p.getLeadResources().stream().sorted().toList(), partners, p.getObjectives(), p.getExpectedValue(),
                p.getStartDate(), p.getEndDate(), p.getNotes(), p.getVersion(), p.getModifiedAt(), p.getModifiedBy(),
                links.self("partnerships", p.getId()).add("lead", "organisations", p.getLead().getId())
                        .add("agreements", "agreements?partnershipId=" + p.getId())
                        .add("transitions", "partnerships/" + p.getId() + "/transitions")
                        .add("events", "partnerships/" + p.getId() + "/events").build());
    }

    private static Partner partner(PartnershipPartner pp, ApiLinks base) {
        return new Partner(pp.getOrganisation().getId(), pp.getOrganisation().getName(), pp.getRole(),
                pp.getResources().stream().sorted().toList(),
                Map.of("organisation", base.uri("organisations", pp.getOrganisation().getId())));
    }
}
