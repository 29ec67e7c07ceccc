package org.ddmsportal.web.activities;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.IndicatorPolicy;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotPolicy;
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
        return readable("caseStudies", () -> getActivity().getCaseStudies(), CaseStudyPolicy::mayRead);
    }

    /** The linked pilots the reader may open (a partner's contact: those their organisation takes part in). */
    public List<Pilot> getPilots() {
        return readable("pilots", () -> getActivity().getPilots(), PilotPolicy::mayRead);
    }

    /** The linked indicators the reader may open. */
    public List<Indicator> getIndicators() {
        return readable("indicators", () -> getActivity().getIndicators(), IndicatorPolicy::mayRead);
    }
}
