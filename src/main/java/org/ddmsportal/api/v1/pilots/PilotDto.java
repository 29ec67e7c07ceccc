package org.ddmsportal.api.v1.pilots;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.application.pilot.PilotForm;
import org.ddmsportal.domain.pilot.GoalType;
import org.ddmsportal.domain.pilot.Pilot;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A pilot as the API shows it: the fields of {@link PilotForm} (so a write sends back what a read
 * gave), its lifecycle state and GSBPM phase. The lists of related records ({@code datasetIds},
 * {@code milestones}…) are read on a single read only; in lists they are {@code null} (one page
 * costs the same queries whatever its length): absent from the JSON.
 *
 * <p>No {@code @Schema} on the record's components (see {@code OrganisationDto}): Payara's OpenAPI
 * scanner fails on the accessors they annotate.
 */
@Schema(name = "Pilot")
public record PilotDto(
        long id,
        String title,
        long cityId,
        String cityName,
        long leadId,
        String countryCode,
        String status,
        int phase,
        String policyQuestion,
        String decision,
        String decisionBody,
        LocalDate decisionDue,
        String statisticalMethods,
        String mlTechnique,
        String mlPurpose,
        List<GoalType> goalTypes,
        List<String> domainCodes,
        List<Long> partnershipIds,
        List<Long> partnerIds,
        List<Long> datasetIds,
        List<String> sdgTargetCodes,
        List<PilotInput.Milestone> milestones,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        Map<String, URI> links) {

    /** On a single read the related lists are exactly as the form the pages edit reads them. */
    static PilotDto of(Pilot p, boolean detail, ApiLinks links) {
        PilotForm f = detail ? PilotForm.of(p) : null;
        long id = p.getId();
        return new PilotDto(id, p.getTitle(), p.getCity().getId(), p.getCity().getName(), p.getLead().getId(),
                p.getCountry().getAlpha2(), p.getStatus(), p.getPhase(), p.getPolicyQuestion(), p.getDecision(),
                p.getDecisionBody(), p.getDecisionDue(), p.getStatisticalMethods(), p.getMlTechnique(), p.getMlPurpose(),
                f == null ? null : f.getGoalTypes(), f == null ? null : f.getDomainCodes(),
                f == null ? null : f.getPartnershipIds(), f == null ? null : f.getPartnerIds(),
                f == null ? null : f.getDatasetIds(), f == null ? null : f.getSdgTargetCodes(),
                f == null ? null : f.getMilestones().stream()
                        .map(m -> new PilotInput.Milestone(m.getTitle(), m.getDue(), m.getDoneOn())).toList(),
                p.getVersion(), p.getModifiedAt(), p.getModifiedBy(),
                links.self("pilots", id).add("city", "organisations", p.getCity().getId())
                        .add("lead", "organisations", p.getLead().getId())
                        .add("datasets", "datasets?pilotId=" + id).add("indicators", "indicators?pilotId=" + id)
                        .add("decisions", "decisions?pilotId=" + id).add("phase", "pilots/" + id + "/phase")
                        .add("transitions", "pilots/" + id + "/transitions").add("events", "pilots/" + id + "/events")
                        .add("lessons", "lessons?pilotId=" + id).build());
    }
}
