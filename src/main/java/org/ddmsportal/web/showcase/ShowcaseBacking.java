package org.ddmsportal.web.showcase;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.casestudy.CaseStudyShowcase;
import org.ddmsportal.application.communication.ActivityService;
import org.ddmsportal.application.communication.GuidelineService;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * /showcase/: what the portal shows without sign-in — published case studies (newest first,
 * a page at a time), the pilots they tell about, published guidelines, upcoming and past public
 * events, and the indicators with open data.
 */
@Named
@RequestScoped
public class ShowcaseBacking {

    public static final int PAGE_SIZE = 12;

    @Inject
    CaseStudyShowcase caseStudies;

    @Inject
    IndicatorService indicators;

    @Inject
    GuidelineService guidelineService;

    @Inject
    ActivityService activities;

    @Getter @Setter private int page = 1;
    private Page<CaseStudy> published;
    private List<Pilot> pilots;
    private List<Indicator> indicatorList;
    private List<Guideline> guidelines;
    private List<Activity> upcoming;
    private List<Activity> past;

    public Page<CaseStudy> getPublished() {
        if (published == null) {
            published = caseStudies.published(new PageRequest((Math.max(1, page) - 1) * PAGE_SIZE, PAGE_SIZE, null,
                    false, null, null));
        }
        return published;
    }

    public int getPages() {
        return (int) ((getPublished().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Pilot> getPilots() {
        if (pilots == null) {
            pilots = caseStudies.publishedPilots();
        }
        return pilots;
    }

    public List<Indicator> getIndicators() {
        if (indicatorList == null) {
            indicatorList = indicators.publicIndicators(new PageRequest(0, 100, "code", true, null, null)).rows();
        }
        return indicatorList;
    }

    // Each read once per request: the page asks for a list several times as it renders it
    // (31 statements per showcase request on the bench data set before).

    public List<Guideline> getGuidelines() {
        if (guidelines == null) {
            guidelines = guidelineService.published(new PageRequest(0, 50, null, true, null, null)).rows();
        }
        return guidelines;
    }

    public List<Activity> getUpcomingEvents() {
        if (upcoming == null) {
            upcoming = activities.publicEvents(true, 10);
        }
        return upcoming;
    }

    public List<Activity> getPastEvents() {
        if (past == null) {
            past = activities.publicEvents(false, 10);
        }
        return past;
    }
}
