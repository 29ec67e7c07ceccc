package org.ddmsportal.domain.agreement;

import java.util.Collection;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;

/**
 * Who reads and who manages an agreement, from the few facts the rule needs — its country, its
 * parties' organisation codes and their signatories' e-mails — so that a page holding the
 * entity and a query holding only those columns (the lineage, many agreements at once) decide
 * alike.
 *
 * <ul>
 *   <li>manage: admin; NSI users of the agreement's country;</li>
 *   <li>read: those who manage it, coordinators, users of a party's organisation, and a party's
 *   signatory contact (matched by e-mail: an account created for a signatory may not know its
 *   organisation's code).</li>
 * </ul>
 */
public final class AgreementAccess {

    private AgreementAccess() {
    }

    public static boolean mayManage(Actor actor, String countryCode) {
        return actor.isAdmin() || (actor.isNsi() && actor.inCountry(countryCode));
    }

    /**
     * @param partyOrganisations the parties' organisation codes (a code may be null)
     * @param signatories the e-mails of the parties' signatory contacts
     */
    public static boolean mayRead(Actor actor, String countryCode, Collection<String> partyOrganisations,
                                  Collection<String> signatories) {
        return mayManage(actor, countryCode) || actor.has(Role.COORDINATOR)
                || (actor.organisationCode() != null && partyOrganisations.contains(actor.organisationCode()))
                || (actor.email() != null && signatories.stream().anyMatch(actor.email()::equalsIgnoreCase));
    }
}
