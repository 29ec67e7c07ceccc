package org.ddmsportal.web.showcase;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.communication.CommunicationService;
import org.ddmsportal.domain.communication.Guideline;
import org.omnifaces.util.Faces;

/** /showcase/guidelines/&lt;slug&gt;: a published guideline for everyone; anything else is 404. */
@Named
@RequestScoped
public class ShowcaseGuidelineBacking {

    @Inject
    CommunicationService service;

    private String slug;
    private Guideline guideline;

    public void load() {
        guideline = service.publishedGuideline(slug).orElse(null);
        if (guideline == null) {
            Faces.responseSendError(404, "not found");
        }
    }

    public Guideline getGuideline() { return guideline; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
}
