package org.ddmsportal.api.v1.decisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddmsportal.application.decision.DecisionForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller sends to record or replace a decision: the fields of {@link DecisionForm}, which
 * validates them (422 with the fields named). The version comes from {@code If-Match}.
 */
@Schema(name = "DecisionInput")
public record DecisionInput(
        String title,
        Long cityId,
        LocalDate decidedOn,
        String body,
        String summary,
        String link,
        List<Long> indicatorIds,
        List<Long> pilotIds) {

    DecisionForm toForm(Long version) {
        DecisionForm f = new DecisionForm();
        f.setVersion(version);
        f.setTitle(title);
        f.setCityId(cityId);
        f.setDecidedOn(decidedOn);
        f.setBody(body);
        f.setSummary(summary);
        f.setLink(link);
        f.setIndicatorIds(indicatorIds == null ? new ArrayList<>() : new ArrayList<>(indicatorIds));
        f.setPilotIds(pilotIds == null ? new ArrayList<>() : new ArrayList<>(pilotIds));
        return f;
    }
}
