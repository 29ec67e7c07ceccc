package org.ddmsportal.web.casestudies;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.casestudy.CaseStudyReview;
import org.ddmsportal.domain.casestudy.Clearance;
import org.ddmsportal.web.shared.Texts;

/**
 * The clearance panel of a case study's page: the clearances the user gives or refuses for their
 * organisation, each with a comment (the clearances tab itself reads the case study).
 */
@Named
@ViewScoped
public class CaseStudyClearanceBacking extends CaseStudyTab {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseStudyReview review;

    private final Map<Long, Draft> drafts = new HashMap<>();

    /** The version of each clearance as the page first showed it: the decision is made on it. */
    private final Map<Long, Long> seen = new HashMap<>();

    private transient List<Clearance> myClearances;

    /** The clearances the user's organisation gives on this case study (asked once per view, not per EL evaluation). */
    public List<Clearance> getMyClearances() {
        if (myClearances == null) {
            myClearances = review.clearancesFor(currentActor.get(), page.getCaseStudy());
            myClearances.forEach(c -> seen.putIfAbsent(c.getId(), c.getVersion()));
        }
        return myClearances;
    }

    /** The comment box of a clearance. */
    public Draft draft(long clearanceId) {
        return drafts.computeIfAbsent(clearanceId, k -> new Draft());
    }

    public String clear(long clearanceId, boolean cleared) {
        return Texts.attempt(() -> {
            getMyClearances();
            review.clear(currentActor.get(), page.getId(), clearanceId, seen.getOrDefault(clearanceId, -1L), cleared,
                    draft(clearanceId).getText());
        }, cleared ? "clearance.given" : "clearance.refused", page.reload());
    }
}
