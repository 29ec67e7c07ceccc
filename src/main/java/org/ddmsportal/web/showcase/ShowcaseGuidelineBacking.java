package org.ddmsportal.web.showcase;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.communication.GuidelineService;
import org.ddmsportal.domain.communication.Guideline;
import org.omnifaces.util.Faces;

/** /showcase/guidelines/&lt;slug&gt;: a published guideline for everyone; anything else is 404. */
@Named
@RequestScoped
public class ShowcaseGuidelineBacking {

    @Inject
    GuidelineService service;

    @Getter @Setter private String slug;
    @Getter private Guideline guideline;

    public void load() {
        guideline = service.publishedBySlug(slug).orElse(null);
        if (guideline == null) {
            Faces.responseSendError(404, "not found");
        }
    }
}
