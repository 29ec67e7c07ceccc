package org.ddmsportal.api.v1.partnerships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.partnership.Resource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller sends to create or replace a partnership: {@link PartnershipForm}'s fields, validated by the use case. */
@Schema(name = "PartnershipInput")
public record PartnershipInput(
        String title,
        Long leadId,
        PartnershipType type,
        List<String> domainCodes,
        List<Resource> leadResources,
        List<PartnerInput> partners,
        String objectives,
        String expectedValue,
        LocalDate startDate,
        LocalDate endDate,
        String notes) {

    /** A partner organisation and what it brings. */
    @Schema(name = "PartnerInput")
    public record PartnerInput(Long organisationId, PartnerRole role,
                               List<Resource> resources) {
    }

    PartnershipForm toForm(Long version) {
        PartnershipForm f = new PartnershipForm();
        f.setVersion(version);
        f.setTitle(title);
        f.setLeadId(leadId);
        f.setType(type);
        f.setDomainCodes(domainCodes == null ? new ArrayList<>() : new ArrayList<>(domainCodes));
        f.setLeadResources(leadResources == null ? new ArrayList<>() : new ArrayList<>(leadResources));
        List<PartnershipForm.PartnerRow> rows = new ArrayList<>();
        if (partners != null) {
            for (PartnerInput p : partners) {
                PartnershipForm.PartnerRow row = new PartnershipForm.PartnerRow();
                row.setOrganisationId(p == null ? null : p.organisationId());
                row.setRole(p == null ? null : p.role());
                row.setResources(p == null || p.resources() == null ? new ArrayList<>() : new ArrayList<>(p.resources()));
                rows.add(row);
            }
        }
        f.setPartners(rows);
        f.setObjectives(objectives);
        f.setExpectedValue(expectedValue);
        f.setStartDate(startDate);
        f.setEndDate(endDate);
        f.setNotes(notes);
        return f;
    }
}
