package org.ddmsportal.api.v1.decisions;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.pilot.Pilot;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A policy decision as the API shows it: the fields of {@code DecisionForm} (so a write sends
 * back what a read gave). {@code indicatorIds} and {@code pilotIds} are read on a single read
 * only ({@code null} in lists).
 */
@Schema(name = "Decision")
public record DecisionDto(
        long id,
        String title,
        long cityId,
        String cityName,
        String countryCode,
        LocalDate decidedOn,
        String body,
        String summary,
        String link,
        List<Long> indicatorIds,
        List<Long> pilotIds,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        Map<String, URI> links) {

    static DecisionDto of(Decision d, boolean detail, ApiLinks links) {
        return new DecisionDto(d.getId(), d.getTitle(), d.getCity().getId(), d.getCity().getName(),
                d.getCountry().getAlpha2(), d.getDecidedOn(), d.getBody(), d.getSummary(), d.getLink(),
                detail ? d.getIndicators().stream().map(Indicator::getId).toList() : null,
                detail ? d.getPilots().stream().map(Pilot::getId).toList() : null,
                d.getVersion(), d.getModifiedAt(), d.getModifiedBy(),
                links.self("decisions", d.getId()).add("city", "organisations", d.getCity().getId()).build());
    }
}
