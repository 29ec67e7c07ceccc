package org.ddmsportal.api.v1.activities;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityKind;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.reference.Country;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A capacity-building or communication activity; its countries, attendance and related records
 * on a single read only ({@code null} in lists).
 */
@Schema(name = "Activity")
public record ActivityDto(
        long id,
        ActivityKind kind,
        String title,
        LocalDate heldOn,
        String place,
        boolean online,
        String audience,
        String outcome,
        boolean publicEvent,
        String countryCode,
        List<String> countryCodes,
        Integer totalAttendees,
        List<Long> caseStudyIds,
        List<Long> pilotIds,
        List<Long> indicatorIds,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        Map<String, URI> links) {

    static ActivityDto of(Activity a, boolean detail, ApiLinks links) {
        return new ActivityDto(a.getId(), a.getKind(), a.getTitle(), a.getHeldOn(), a.getPlace(), a.isOnline(),
                a.getAudience(), a.getOutcome(), a.isPublicEvent(),
                a.getCountry() == null ? null : a.getCountry().getAlpha2(),
                detail ? a.getCountries().stream().map(Country::getAlpha2).toList() : null,
                detail ? a.getTotalAttendees() : null,
                detail ? a.getCaseStudies().stream().map(CaseStudy::getId).toList() : null,
                detail ? a.getPilots().stream().map(Pilot::getId).toList() : null,
                detail ? a.getIndicators().stream().map(Indicator::getId).toList() : null,
                a.getVersion(), a.getModifiedAt(), a.getModifiedBy(), links.self("activities", a.getId()).build());
    }
}
