package org.ddmsportal.domain.agreement;

import java.util.Collection;
import java.util.Objects;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.shared.Scope;

/**
 * Who reads, lists and manages agreements — the one place of the rule, for pages, the REST API,
 * the lineage and the dashboards alike. Decided from the few facts the rule needs — the
 * agreement's country, its parties' organisation codes and their signatories' e-mails — so that
 * a page holding the entity and a query holding only those columns (the lineage, many
 * agreements at once) decide alike.
 *
 * <ul>
 *   <li>manage (draft, edit, move along the lifecycle): admin; NSI users of the agreement's
 *   country ({@link Scope#managesCountry});</li>
 *   <li>read: those who manage it, coordinators, users of a party's organisation, and a party's
 *   signatory contact (matched by e-mail: an account created for a signatory may not know its
 *   organisation's code);</li>
 *   <li>list ({@link #listScope}, carried by {@link AgreementCriteria} to the database): all for
 *   administrators and coordinators; their country's for NSI users; for anyone else, those their
 *   organisation is party to or they sign. An NSI user's list stays their country's (it uses the
 *   country index; issue 12), though they may open an agreement of another country their
 *   organisation is party to.</li>
 * </ul>
 */
public final class AgreementPolicy {

    private AgreementPolicy() {
    }

    public static boolean mayManage(Actor actor, String countryCode) {
        return Scope.managesCountry(actor, countryCode);
    }

    public static boolean mayManage(Actor actor, Agreement agreement) {
        return mayManage(actor, agreement.getCountryCode());
    }

    /**
     * Opening a new agreement's form: administrators and NSI users; the partnership chosen then
     * decides ({@link #mayCreate(Actor, Partnership)}).
     */
    public static boolean mayStartDraft(Actor actor) {
        return actor.isAdmin() || actor.isNsi();
    }

    /** Drafting an agreement of a partnership: those who would manage it. */
    public static boolean mayCreate(Actor actor, Partnership partnership) {
        return mayManage(actor, partnership.getCountry().getAlpha2());
    }

    /**
     * @param partyOrganisations the parties' organisation codes (a code may be null)
     * @param signatories the e-mails of the parties' signatory contacts
     */
    public static boolean mayRead(Actor actor, String countryCode, Collection<String> partyOrganisations,
                                  Collection<String> signatories) {
        return readsAllOf(actor, countryCode)
                || (actor.organisationCode() != null && partyOrganisations.contains(actor.organisationCode()))
                || (actor.email() != null && signatories.stream().anyMatch(actor.email()::equalsIgnoreCase));
    }

    /**
     * Whether the actor reads every agreement of the country, whoever its parties: what a list can
     * tell without reading each row's parties (a party's contact is told on the record's own page).
     */
    public static boolean readsAllOf(Actor actor, String countryCode) {
        return mayManage(actor, countryCode) || actor.has(Role.COORDINATOR);
    }

    /** Its parties are read only when the country's rule ({@link #readsAllOf}) does not already answer. */
    public static boolean mayRead(Actor actor, Agreement a) {
        return readsAllOf(actor, a.getCountryCode()) || mayRead(actor, a.getCountryCode(),
                a.getParties().stream().map(p -> p.getOrganisation().getCode()).toList(),
                a.getParties().stream().map(p -> p.getContact() == null ? null : p.getContact().getEmail())
                        .filter(Objects::nonNull).toList());
    }

    /** The agreements the actor's lists hold (see the class comment). */
    public static Scope listScope(Actor actor) {
        return Scope.of(actor);
    }
}
