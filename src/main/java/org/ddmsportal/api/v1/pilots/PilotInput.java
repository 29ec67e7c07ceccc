package org.ddmsportal.api.v1.pilots;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddmsportal.application.pilot.PilotForm;
import org.ddmsportal.domain.pilot.GoalType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller sends to record or replace a pilot: the fields of {@link PilotForm}, which
 * validates them (422 with the fields named); absent lists are empty lists. The version comes
 * from {@code If-Match}, not from the body. The phase and the lifecycle state are not fields:
 * they move through {@code …/phase} and {@code …/transitions}.
 */
@Schema(name = "PilotInput")
public record PilotInput(
        String title,
        Long cityId,
        Long leadId,
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
        List<Milestone> milestones) {

    /** A milestone of the pilot's plan. */
    @Schema(name = "PilotMilestone")
    public record Milestone(String title, LocalDate due,
                            LocalDate doneOn) {
    }

    PilotForm toForm(Long version) {
        PilotForm f = new PilotForm();
        f.setVersion(version);
        f.setTitle(title);
        f.setCityId(cityId);
        f.setLeadId(leadId);
        f.setPolicyQuestion(policyQuestion);
        f.setDecision(decision);
        f.setDecisionBody(decisionBody);
        f.setDecisionDue(decisionDue);
        f.setStatisticalMethods(statisticalMethods);
        f.setMlTechnique(mlTechnique);
        f.setMlPurpose(mlPurpose);
        f.setGoalTypes(list(goalTypes));
        f.setDomainCodes(list(domainCodes));
        f.setPartnershipIds(list(partnershipIds));
        f.setPartnerIds(list(partnerIds));
        f.setDatasetIds(list(datasetIds));
        f.setSdgTargetCodes(list(sdgTargetCodes));
        List<PilotForm.MilestoneRow> rows = new ArrayList<>();
        for (Milestone m : list(milestones)) {
            PilotForm.MilestoneRow row = new PilotForm.MilestoneRow();
            if (m != null) {
                row.setTitle(m.title());
                row.setDue(m.due());
                row.setDoneOn(m.doneOn());
            }
            rows.add(row);
        }
        f.setMilestones(rows);
        return f;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
