package org.ddmsportal.api.v1.lessons;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.domain.casestudy.Lesson;
import org.ddmsportal.domain.casestudy.LessonCategory;
import org.ddmsportal.domain.casestudy.MlTechnique;
import org.ddmsportal.domain.data.SourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lesson learned, recorded on a case study, a partnership or a pilot, with its classification. */
@Schema(name = "Lesson")
public record LessonDto(
        long id,
        @Schema(description = "case-study, partnership or pilot") String ownerKind,
        long ownerId,
        @Schema(nullable = true, description = "ISO 3166-1 alpha-2") String countryCode,
        LessonCategory category,
        String text,
        @Schema(nullable = true, description = "GSBPM phase code") String phase,
        @Schema(nullable = true) SourceKind sourceKind,
        @Schema(nullable = true, description = "Organisation type code of the partner") String partnerSector,
        @Schema(nullable = true, description = "Policy domain code") String domain,
        @Schema(nullable = true) MlTechnique mlTechnique,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        @Schema(description = "owner") Map<String, URI> links) {

    static LessonDto of(Lesson l, ApiLinks links) {
        String collection = switch (l.getOwnerKind()) {
            case "case-study" -> "case-studies";
            case "partnership" -> "partnerships";
            default -> "pilots";
        };
        return new LessonDto(l.getId(), l.getOwnerKind(), l.getOwnerId(),
                l.getCountry() == null ? null : l.getCountry().getAlpha2(), l.getCategory(), l.getText(),
                l.getPhase() == null ? null : l.getPhase().getCode(), l.getSourceKind(),
                l.getPartnerSector() == null ? null : l.getPartnerSector().getCode(),
                l.getDomain() == null ? null : l.getDomain().getCode(), l.getMlTechnique(),
                l.getVersion(), l.getModifiedAt(), l.getModifiedBy(),
                links.add("owner", collection, l.getOwnerId()).build());
    }
}
