package org.ddmsportal.domain.report;

import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;

/**
 * Who may have the management reports (issue 14) — the one place of the rule, for the pages'
 * links and the downloads alike.
 *
 * <ul>
 *   <li>a country's report: administrators and coordinators, any country; an NSI manager, their
 *   own country only;</li>
 *   <li>the cross-country summary: administrators and coordinators;</li>
 *   <li>nobody else (NSI staff, partners' contacts): the reports gather a whole country's
 *   agreements and drafts, which only its management and the coordinators follow.</li>
 * </ul>
 */
public final class ReportPolicy {

    private ReportPolicy() {
    }

    public static boolean mayReadCountry(Actor actor, String alpha2) {
        return mayReadSummary(actor) || (actor.has(Role.NSI_MANAGER) && actor.inCountry(alpha2));
    }

    public static boolean mayReadSummary(Actor actor) {
        return actor.isAdmin() || actor.has(Role.COORDINATOR);
    }

    /** The country whose report the actor's links offer: their own for a manager, none otherwise. */
    public static String ownCountry(Actor actor) {
        return actor.has(Role.NSI_MANAGER) ? actor.countryCode() : null;
    }
}
