package org.ddmsportal.api.v1.casestudies;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.pilot.Pilot;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case study as the API shows it: its title, language, country, review state and reviewer;
 * on a single read also its sections' texts (by the template's section names) and the pilots and
 * partnerships it tells about ({@code null} in lists).
 */
@Schema(name = "CaseStudy")
public record CaseStudyDto(
        long id,
        String slug,
        String title,
        String language,
        String countryCode,
        String status,
        String reviewer,
        String reviewerName,
        int submissions,
        Instant publishedAt,
        Map<Section, String> sections,
        List<Long> pilotIds,
        List<Long> partnershipIds,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        Map<String, URI> links) {

    static CaseStudyDto of(CaseStudy c, boolean detail, ApiLinks links) {
        long id = c.getId();
        return new CaseStudyDto(id, c.getSlug(), c.getTitle(), c.getLanguage(), c.getCountry().getAlpha2(), c.getStatus(),
                c.getReviewer(), c.getReviewerName(), c.getSubmissions(), c.getPublishedAt(),
                detail ? new LinkedHashMap<>(c.getContent().texts()) : null,
                detail ? c.getPilots().stream().map(Pilot::getId).toList() : null,
                detail ? c.getPartnerships().stream().map(Partnership::getId).toList() : null,
                c.getVersion(), c.getModifiedAt(), c.getModifiedBy(),
                links.self("case-studies", id).add("transitions", "case-studies/" + id + "/transitions")
                        .add("events", "case-studies/" + id + "/events")
                        .add("rubric", "case-studies/" + id + "/rubric")
                        .add("lessons", "lessons?caseStudyId=" + id).build());
    }
}
