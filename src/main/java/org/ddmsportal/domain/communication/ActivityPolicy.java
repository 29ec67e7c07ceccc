package org.ddmsportal.domain.communication;

import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.shared.Scope;

/**
 * Who reads and records dissemination activities (WP3) — the one place of the rule:
 * <ul>
 *   <li>read and list: everyone signed in (the public sees only public events, on the showcase);</li>
 *   <li>record and change: a country's managers ({@link RegistryPolicy#mayEditOrganisationsOf}) for
 *   an activity of their country; coordinators and administrators for any country, or none (the
 *   coordinators' own activities).</li>
 * </ul>
 */
public final class ActivityPolicy {

    private ActivityPolicy() {
    }

    /** Everyone signed in reads every activity. */
    public static boolean mayRead(Actor actor, Activity activity) {
        return true;
    }

    /** Coordinators and administrators: they record activities for any country, or none, and choose it. */
    public static boolean recordsForAnyCountry(Actor actor) {
        return actor.isAdmin() || actor.has(Role.COORDINATOR);
    }

    /** Whether the actor may record an activity owned by this country ({@code null}: the coordinators' own). */
    public static boolean mayRecordFor(Actor actor, Country country) {
        if (recordsForAnyCountry(actor)) {
            return true;
        }
        return country != null && RegistryPolicy.mayEditOrganisationsOf(actor, country);
    }

    public static boolean mayEdit(Actor actor, Activity activity) {
        return mayRecordFor(actor, activity.getCountry());
    }

    /** Coordinators, and whoever manages some country's records ({@link Scope#managesSomeCountry}). */
    public static boolean mayCreate(Actor actor) {
        return actor.has(Role.COORDINATOR) || Scope.managesSomeCountry(actor);
    }
}
