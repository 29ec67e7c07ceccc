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
        String ownerKind,
        long ownerId,
        String countryCode,
        LessonCategory category,
        String text,
        String phase,
        SourceKind sourceKind,
        String partnerSector,
        String domain,
        MlTechnique mlTechnique,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        Map<String, URI> links) {

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
