package org.ddmsportal.domain.pilot;

import org.ddmsportal.domain.data.ProducingPilot;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.PartnershipPolicy;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Scope;

/**
 * Who reads and lists pilots — the one place of the rule (issue 14).
 *
 * <ul>
 *   <li>read and list, {@link Scope.Reach#ALL} and {@link Scope.Reach#COUNTRY}: every pilot, as before;</li>
 *   <li>read and list, {@link Scope.Reach#PARTY} (a partner organisation's contact): a pilot whose
 *   city ({@code pilot.city_id}), lead organisation ({@code pilot.lead_id}) or one of whose partner
 *   organisations ({@code pilot_partner.organisation_id}) is the contact's organisation, or that
 *   belongs to a partnership the contact may read ({@code pilot_partnership}, then
 *   {@link PartnershipPolicy});</li>
 *   <li>manage: unchanged (the NSI users of the city's country, administrators).</li>
 * </ul>
 *
 * <p>The list carries {@link #listScope} in {@link PilotCriteria} to the database, where
 * {@code PartyScopeJpql.pilot} says the same in JPQL. A pilot also answers the rule for the data
 * package ({@link Pilot#readableBy}), whose datasets and indicators it produces.
 */
public final class PilotPolicy {

    private PilotPolicy() {
    }

    public static boolean mayRead(Actor actor, Pilot pilot) {
        return readableBy(pilot, Scope.of(actor).partyOrganisation());
    }

    /** The same rule for a pilot as the data package knows it (the pilot of a dataset or an indicator). */
    public static boolean mayRead(Actor actor, ProducingPilot pilot) {
        return pilot.readableBy(Scope.of(actor).partyOrganisation());
    }

    /** Whether a reader restricted to this organisation ({@code null}: not restricted) reads the pilot. */
    public static boolean readableBy(Pilot pilot, String partyOrganisation) {
        if (partyOrganisation == null) {
            return true;
        }
        return is(pilot.getCity(), partyOrganisation) || is(pilot.getLead(), partyOrganisation)
                || pilot.getPartners().stream().anyMatch(o -> is(o, partyOrganisation))
                || pilot.getPartnerships().stream().anyMatch(p -> PartnershipPolicy.readableBy(p, partyOrganisation));
    }

    private static boolean is(Organisation organisation, String code) {
        return organisation != null && code.equals(organisation.getCode());
    }

    /** The pilots the actor's lists hold (see the class comment). */
    public static Scope listScope(Actor actor) {
        return Scope.of(actor);
    }
}
