package org.ddmsportal.domain.communication;

import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;

/**
 * Who reads, lists and writes the guidelines library (WP3) — the one place of the rule:
 * <ul>
 *   <li>write (create, change, publish): coordinators and administrators;</li>
 *   <li>read and list: a published guideline, everyone (the public on the showcase too); a draft,
 *   only those who may write.</li>
 * </ul>
 * Every change of a guideline's text is a new revision ({@link GuidelineRevision}).
 */
public final class GuidelinePolicy {

    private GuidelinePolicy() {
    }

    /** Coordinators and administrators; nobody anonymous. */
    public static boolean mayEdit(Actor actor) {
        return actor != null && (actor.isAdmin() || actor.has(Role.COORDINATOR));
    }

    /** A published guideline, or a draft for those who may write the library ({@code actor} may be null). */
    public static boolean mayRead(Actor actor, Guideline guideline) {
        return guideline.isPublished() || mayEdit(actor);
    }

    /** The criteria narrowed to what the actor may list: published ones only, unless the actor may write. */
    public static GuidelineCriteria within(Actor actor, GuidelineCriteria criteria) {
        return criteria.publishedOnly(criteria.publishedOnly() || !mayEdit(actor));
    }
}
