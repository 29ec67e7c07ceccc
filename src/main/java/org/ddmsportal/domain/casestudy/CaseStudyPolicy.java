package org.ddmsportal.domain.casestudy;

import java.util.Set;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.shared.Scope;

/**
 * Who may do what with a case study — the one place of the rule, for pages, the REST API,
 * the pickers and the dashboards alike.
 *
 * <ul>
 *   <li>read: everyone signed in reads published ones; the country's NSI users, coordinators and
 *   admins read all; a partner's contact reads those waiting for their clearance;</li>
 *   <li>list ({@link #visibleCountry}, carried by {@link CaseStudyCriteria}): all for
 *   administrators and coordinators; an NSI user's own country's in every state and the others'
 *   published ones; published ones only for anyone else;</li>
 *   <li>author (text, links, attachments, lessons): NSI users of the country and admins
 *   ({@link Scope#managesCountry}), in draft or when changes were requested;</li>
 *   <li>review (take, rubric, request changes, approve, publish): coordinators and admins; once a
 *   coordinator has taken a case study, only they (or an admin) decide on it;</li>
 *   <li>review material (comments, submissions, diffs, the rubric, the history): the authors'
 *   side, coordinators and admins, whatever the state — a published case study's text is for
 *   everyone, how it was reviewed is not;</li>
 *   <li>clear: a contact of the partner organisation the clearance is asked of (or an admin).</li>
 * </ul>
 */
public final class CaseStudyPolicy {

    /** Transitions only the assigned reviewer (or an admin) decides. */
    public static final Set<String> REVIEWER_DECISIONS = Set.of("requestChanges", "approve", "publish");

    private CaseStudyPolicy() {
    }

    public static boolean mayRead(Actor actor, CaseStudy c) {
        return c.isPublished() || actor.isAdmin() || actor.has(Role.COORDINATOR)
                || (actor.isNsi() && actor.inCountry(c.getCountry().getAlpha2()))
                || c.getClearances().stream().anyMatch(cl -> isContactOf(actor, cl.getOrganisation()));
    }

    /** The review material's rule; every tab, export and API that shows review material asks it. */
    public static boolean mayReadReview(Actor actor, CaseStudy c) {
        return isInvolved(actor, c);
    }

    /** The authors' side, coordinators and admins: those who take part in the review. */
    public static boolean isInvolved(Actor actor, CaseStudy c) {
        return actor.isAdmin() || actor.has(Role.COORDINATOR) || mayAuthor(actor, c);
    }

    /** NSI users of the case study's country and admins: the authors' side. */
    public static boolean mayAuthor(Actor actor, CaseStudy c) {
        return Scope.managesCountry(actor, c.getCountry().getAlpha2());
    }

    /** Whether the actor may change the text now. */
    public static boolean mayEdit(Actor actor, CaseStudy c) {
        return mayAuthor(actor, c) && c.isEditable();
    }

    public static boolean mayCreate(Actor actor) {
        return Scope.managesSomeCountry(actor);
    }

    public static boolean isReviewer(Actor actor, CaseStudy c) {
        return actor.isAdmin() || (actor.has(Role.COORDINATOR)
                && (c.getReviewer() == null || c.getReviewer().equals(actor.username())));
    }

    public static boolean mayComment(Actor actor, CaseStudy c) {
        return !CaseStudy.DRAFT.equals(c.getStatus()) && (isReviewer(actor, c) || mayAuthor(actor, c)
                || actor.has(Role.COORDINATOR));
    }

    /** Who may fire a transition of {@code workflows/case-study.json}, before its roles and guards. */
    public static boolean mayMove(Actor actor, CaseStudy c, String transition) {
        return switch (transition) {
            case "submit", "resubmit" -> mayAuthor(actor, c);
            case "withdraw" -> isInvolved(actor, c);
            default -> actor.isAdmin() || actor.has(Role.COORDINATOR);
        };
    }

    /** Who may give (or refuse) a clearance. */
    public static boolean mayClear(Actor actor, Clearance clearance) {
        return actor.isAdmin() || isContactOf(actor, clearance.getOrganisation());
    }

    public static boolean isContactOf(Actor actor, Organisation o) {
        return actor.has(Role.CONTACT) && o.getCode() != null && o.getCode().equals(actor.organisationCode());
    }

    /**
     * The list's rule as a country: {@code null} for all (administrators, coordinators); an NSI
     * user's country (or {@link Scope#NONE}), whose case studies are listed in every state beside
     * the others' published ones; {@link Scope#NONE} — published ones only — for anyone else.
     */
    public static String visibleCountry(Scope scope) {
        if (scope.isAll()) {
            return null;
        }
        return scope.reach() == Scope.Reach.COUNTRY ? scope.ownCountry() : Scope.NONE;
    }
}
