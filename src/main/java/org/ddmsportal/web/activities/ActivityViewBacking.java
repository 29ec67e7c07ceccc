package org.ddmsportal.web.activities;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.application.communication.CommunicationService;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.web.shared.ViewPage;

/** /app/activities/view?id=…: a dissemination activity. */
@Named
@ViewScoped
public class ActivityViewBacking extends ViewPage<Activity> {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationService service;

    public ActivityViewBacking() {
        super("activities");
    }

    @Override
    protected Optional<Activity> find(long id) {
        return service.activity(currentActor.get(), id);
    }

    public Activity getActivity() {
        return record();
    }

    /** The linked case studies the reader may open (an unpublished one's title is not shown). */
    public List<CaseStudy> getCaseStudies() {
        return getActivity().getCaseStudies().stream()
                .filter(c -> CaseStudyPolicy.mayRead(currentActor.get(), c)).toList();
    }

    @Override
    protected boolean mayEdit(Activity activity) {
        return service.mayEdit(currentActor.get(), activity);
    }
}
