package org.ddmsportal.application.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Consumer;
import org.ddmsportal.application.workflow.Entered;
import org.ddmsportal.application.workflow.EntryEffects;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyRepository;
import org.ddmsportal.domain.casestudy.ClearanceStatus;
import org.ddmsportal.domain.casestudy.Submission;

/**
 * What entering a state of {@code workflows/case-study.json} does, as its {@code onEnter} lists:
 * <ul>
 *   <li>{@code recordSubmission} — the text as submitted is kept, numbered (for the diffs);</li>
 *   <li>{@code assignReviewer} — whoever takes the case study into review is its reviewer;</li>
 *   <li>{@code requireClearances} — the clearances the agreements behind it require are asked of
 *       the partners now; publication waits for them;</li>
 *   <li>{@code stampPublication} — the moment it was published.</li>
 * </ul>
 */
@ApplicationScoped
public class CaseStudyEntryEffects implements EntryEffects<CaseStudy> {

    @Inject
    CaseStudyRepository caseStudies;

    @Inject
    CaseStudyReview service;

    @Inject
    CaseStudyNotifications notifications;

    @Override
    public String workflow() {
        return CaseStudy.WORKFLOW;
    }

    @Override
    public Class<CaseStudy> type() {
        return CaseStudy.class;
    }

    @Override
    public Map<String, Consumer<Entered<CaseStudy>>> effects() {
        return Map.of("recordSubmission", this::recordSubmission, "assignReviewer", this::assignReviewer,
                "requireClearances", this::requireClearances, "stampPublication", this::stampPublication);
    }

    private void recordSubmission(Entered<CaseStudy> entered) {
        CaseStudy c = entered.subject();
        caseStudies.addSubmission(new Submission(c.getId(), c.submitted(), c.getContent(), entered.at(),
                entered.actor().username()));
    }

    private void assignReviewer(Entered<CaseStudy> entered) {
        entered.subject().assignReviewer(entered.actor().username(), entered.actor().displayName(),
                entered.actor().email());
    }

    private void requireClearances(Entered<CaseStudy> entered) {
        CaseStudy c = entered.subject();
        c.requireClearances(service.requiredClearances(c));
        c.getClearances().stream().filter(cl -> cl.getStatus() == ClearanceStatus.PENDING)
                .forEach(cl -> notifications.clearanceNeeded(c, cl));
    }

    private void stampPublication(Entered<CaseStudy> entered) {
        entered.subject().published(entered.at());
    }
}
