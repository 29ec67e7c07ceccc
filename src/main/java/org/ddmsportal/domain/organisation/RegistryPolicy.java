package org.ddmsportal.domain.organisation;

import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Scope;

/**
 * Who may change the registry of organisations and contacts.
 *
 * <ul>
 *   <li>admin: everything;</li>
 *   <li>nsi-manager, nsi-staff: organisations and contacts of their own country;</li>
 *   <li>coordinator: reads everything, changes nothing;</li>
 *   <li>contact: their own contact record only (matched by e-mail; see {@code ContactPolicy}).</li>
 * </ul>
 * Everyone signed in may read the registry. The rules are checked by the application services
 * before any change; hiding a button is a courtesy, not the check.
 */
public final class RegistryPolicy {

    private RegistryPolicy() {
    }

    /** May the actor create or keep an organisation in this country? */
    public static boolean mayEditOrganisationsOf(Actor actor, Country country) {
        return Scope.managesCountry(actor, country == null ? null : country.getAlpha2());
    }

    public static boolean mayEdit(Actor actor, Organisation organisation) {
        return mayEditOrganisationsOf(actor, organisation.getCountry());
    }

    /** May the actor create or keep a contact at this organisation? */
    public static boolean mayEditContactsOf(Actor actor, Organisation organisation) {
        return mayEditOrganisationsOf(actor, organisation.getCountry());
    }
}
