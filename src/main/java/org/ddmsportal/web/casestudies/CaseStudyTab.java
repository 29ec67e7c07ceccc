package org.ddmsportal.web.casestudies;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.ddmsportal.application.shared.CurrentActor;

/**
 * What each tab bean of the case-study page works with: the user and the page
 * ({@link CaseStudyViewBacking}, of the same view) that loaded the case study and knows the
 * version the user saw. Each tab injects the use case it serves (review, attachments, authoring).
 */
public abstract class CaseStudyTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CurrentActor currentActor;

    @Inject
    protected CaseStudyViewBacking page;
}
