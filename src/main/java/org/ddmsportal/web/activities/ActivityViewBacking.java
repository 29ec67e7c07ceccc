package org.ddmsportal.web.activities;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.web.shared.ViewPage;

/** /app/activities/view?id=…: a dissemination activity. */
@Named
@ViewScoped
public class ActivityViewBacking extends ViewPage<Activity> {

    private static final long serialVersionUID = 1L;

    public ActivityViewBacking() {
        super("activities");
    }

    public Activity getActivity() {
        return record();
    }

    /** The linked case studies the reader may open (an unpublished one's title is not shown). */
    public List<CaseStudy> getCaseStudies() {
        return getActivity().getCaseStudies().stream()
                .filter(c -> CaseStudyPolicy.mayRead(currentActor.get(), c)).toList();
    }
}
