package org.ddmsportal.web.casestudies;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.casestudy.CaseStudyReview;
import org.ddmsportal.application.casestudy.SubmissionDiff;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.Rubric;
import org.ddmsportal.domain.casestudy.Submission;
import org.ddmsportal.web.shared.Texts;

/**
 * The review tab of a case study's page: the reviewer's rubric, and the differences between two
 * submissions (by default the last two; with only one, the first against the current text).
 */
@Named
@ViewScoped
public class CaseStudyReviewBacking extends CaseStudyTab {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseStudyReview review;

    @Getter @Setter private boolean rubricSections;
    @Getter @Setter private boolean rubricPlain;
    @Getter @Setter private boolean rubricSelfContained;
    @Getter @Setter private boolean rubricImpact;
    @Getter @Setter private String rubricNote;
    @Getter @Setter private int diffFrom;
    @Getter @Setter private int diffTo;
    private transient List<Submission> submissions;
    private transient List<SubmissionDiff.SectionDiff> diff;

    /** Starts from the case study the page loaded: its rubric and its last submissions. */
    @PostConstruct
    void init() {
        CaseStudy c = page.getCaseStudy();
        Rubric r = c.getRubric();
        rubricSections = r.isSectionsComplete();
        rubricPlain = r.isPlainLanguage();
        rubricSelfContained = r.isSelfContained();
        rubricImpact = r.isDecisionImpact();
        rubricNote = r.getNote();
        int n = c.getSubmissions();
        diffTo = n > 1 ? n : 0;
        diffFrom = n > 1 ? n - 1 : 1;
    }

    /** The assigned reviewer while the case study is in review: who may fill in the rubric. */
    public boolean isReviewer() {
        CaseStudy c = page.getCaseStudy();
        return c.getReviewer() != null && CaseStudyPolicy.isReviewer(currentActor.get(), c)
                && List.of("IN_REVIEW", "RESUBMITTED").contains(c.getStatus());
    }

    public String saveRubric() {
        return Texts.attempt(() -> {
            review.assess(currentActor.get(), page.getId(), page.getSeenVersion(),
                    new Rubric(rubricSections, rubricPlain, rubricSelfContained, rubricImpact, rubricNote));
        }, "caseStudy.rubricSaved", page.reload("review"));
    }

    public List<Submission> getSubmissions() {
        if (submissions == null) {
            submissions = review.submissions(currentActor.get(), page.getCaseStudy());
        }
        return submissions;
    }

    public List<SubmissionDiff.SectionDiff> getDiff() {
        if (diff == null && getSubmissions().size() >= 1) {
            diff = review.diff(currentActor.get(), page.getCaseStudy(), diffFrom, diffTo);
        }
        return diff;
    }

    public void compare() {
        diff = null;
    }
}
