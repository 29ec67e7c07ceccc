package org.ddmsportal.domain.decision;

import org.ddmsportal.domain.data.IndicatorPolicy;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.pilot.PilotPolicy;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.shared.Scope;

/**
 * Who reads and lists decisions — the one place of the rule (issue 14).
 *
 * <ul>
 *   <li>read and list, {@link Scope.Reach#ALL} and {@link Scope.Reach#COUNTRY}: every decision, as before;</li>
 *   <li>read and list, {@link Scope.Reach#PARTY} (a partner organisation's contact): a decision of
 *   the contact's organisation as a city ({@code decision.city_id}), or one that drew on a pilot
 *   ({@code decision_pilot}, {@link PilotPolicy}) or an indicator ({@code decision_indicator},
 *   {@link IndicatorPolicy}) the contact may read;</li>
 *   <li>record and change: the NSI users of the city's country and administrators, and the city's
 *   own contacts (their organisation is the city): {@link #mayRecordFor}.</li>
 * </ul>
 *
 * <p>The list carries {@link #listScope} in {@link DecisionCriteria} to the database, where
 * {@code PartyScopeJpql.decision} says the same in JPQL.
 */
public final class DecisionPolicy {

    private DecisionPolicy() {
    }

    public static boolean mayRead(Actor actor, Decision decision) {
        return readableBy(decision, Scope.of(actor).partyOrganisation());
    }

    /** Whether a reader restricted to this organisation ({@code null}: not restricted) reads the decision. */
    public static boolean readableBy(Decision decision, String partyOrganisation) {
        return partyOrganisation == null
                || partyOrganisation.equals(decision.getCity().getCode())
                || decision.getPilots().stream().anyMatch(p -> PilotPolicy.readableBy(p, partyOrganisation))
                || decision.getIndicators().stream().anyMatch(i -> IndicatorPolicy.readableBy(i, partyOrganisation));
    }

    /** NSI users of the city's country and administrators, or a contact of the city itself. */
    public static boolean mayRecordFor(Actor actor, Organisation city) {
        return RegistryPolicy.mayEditOrganisationsOf(actor, city.getCountry())
                || (actor.has(Role.CONTACT) && city.getCode() != null && city.getCode().equals(actor.organisationCode()));
    }

    public static boolean mayEdit(Actor actor, Decision decision) {
        return mayRecordFor(actor, decision.getCity());
    }

    /** Whoever manages some country's records, and a contact of an organisation (which may be a city). */
    public static boolean mayCreate(Actor actor) {
        return Scope.managesSomeCountry(actor) || (actor.has(Role.CONTACT) && actor.organisationCode() != null);
    }

    /**
     * {@link #mayCreate(Actor)} knowing the contact's own organisation: a contact records decisions
     * only for their organisation as a city, so one of a utility or a university is not offered a
     * form whose city they could never choose.
     */
    public static boolean mayCreate(Actor actor, java.util.Optional<Organisation> own) {
        return Scope.managesSomeCountry(actor) || (mayCreate(actor)
                && own.map(o -> OrganisationType.MUNICIPALITY.equals(o.getType().getCode())).orElse(false));
    }

    /** The decisions the actor's lists hold (see the class comment). */
    public static Scope listScope(Actor actor) {
        return Scope.of(actor);
    }
}
