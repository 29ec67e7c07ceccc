package org.ddmsportal.api.v1.guidelines;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A guideline of the knowledge base; its body (Markdown) on a single read only ({@code null} in lists). */
@Schema(name = "Guideline")
public record GuidelineDto(
        long id,
        String slug,
        String title,
        GuidelineCategory category,
        String language,
        String summary,
        String body,
        boolean published,
        int revision,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        Map<String, URI> links) {

    static GuidelineDto of(Guideline g, boolean detail, ApiLinks links) {
        return new GuidelineDto(g.getId(), g.getSlug(), g.getTitle(), g.getCategory(), g.getLanguage(), g.getSummary(),
                detail ? g.getBody() : null, g.isPublished(), g.getRevision(), g.getVersion(), g.getModifiedAt(),
                g.getModifiedBy(), links.self("guidelines", g.getId()).build());
    }
}
