package org.ddmsportal.domain.partnership;

import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Scope;

/**
 * Who reads and lists partnerships — the one place of the rule, for pages, the REST API, the
 * header search, the reports and pickers alike (issue 14: "a contact only sees what their
 * organisation takes part in").
 *
 * <ul>
 *   <li>read and list, {@link Scope.Reach#ALL} and {@link Scope.Reach#COUNTRY} (administrators,
 *   coordinators, NSI users): every partnership, as before;</li>
 *   <li>read and list, {@link Scope.Reach#PARTY} (a partner organisation's contact): a partnership
 *   whose lead organisation ({@code partnership.lead_organisation_id}) or one of whose partners
 *   ({@code partnership_partner.organisation_id}) is the contact's organisation
 *   ({@link Actor#organisationCode()}, matched on {@code organisation.code}); nothing when the
 *   account has no organisation;</li>
 *   <li>manage: unchanged ({@code RegistryPolicy.mayEditOrganisationsOf} the lead's country).</li>
 * </ul>
 *
 * <p>The list carries {@link #listScope} in {@link PartnershipCriteria} to the database, where
 * {@code PartyScopeJpql.partnership} says the same in JPQL (EXISTS on the foreign keys).
 */
public final class PartnershipPolicy {

    private PartnershipPolicy() {
    }

    public static boolean mayRead(Actor actor, Partnership partnership) {
        return readableBy(partnership, Scope.of(actor).partyOrganisation());
    }

    /**
     * Whether a reader restricted to this organisation ({@link Scope#partyOrganisation()};
     * {@code null}: not restricted) reads the partnership: its lead or one of its partners.
     */
    public static boolean readableBy(Partnership partnership, String partyOrganisation) {
        return partyOrganisation == null
                || partnership.members().stream().anyMatch(o -> partyOrganisation.equals(o.getCode()));
    }

    /** The partnerships the actor's lists hold (see the class comment). */
    public static Scope listScope(Actor actor) {
        return Scope.of(actor);
    }
}
