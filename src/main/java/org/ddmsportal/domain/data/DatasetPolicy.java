package org.ddmsportal.domain.data;

import org.ddmsportal.domain.partnership.PartnershipPolicy;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Scope;

/**
 * Who reads and lists datasets — the one place of the rule (issue 14).
 *
 * <ul>
 *   <li>read and list, {@link Scope.Reach#ALL} and {@link Scope.Reach#COUNTRY}: every dataset, as before;</li>
 *   <li>read and list, {@link Scope.Reach#PARTY} (a partner organisation's contact): a dataset
 *   <ul>
 *     <li>whose confidentiality is {@code PUBLIC} ({@link Dataset#isPublic()}: those the public
 *     DCAT catalogue publishes, {@code CatalogueRepository}; readable by everyone signed in);</li>
 *     <li>whose provider ({@code dataset.provider_id}) is the contact's organisation;</li>
 *     <li>or that belongs to a partnership ({@code dataset.partnership_id}, {@link PartnershipPolicy}),
 *     an agreement its organisation is a party to ({@code dataset.agreement_id},
 *     {@code agreement_party.organisation_id}) or a pilot ({@code dataset.pilot_id},
 *     {@code PilotPolicy} through {@link ProducingPilot#readableBy}) the contact may read.</li>
 *   </ul>
 *   A pilot merely using another's dataset ({@code pilot_dataset}) does not open the dataset: the
 *   dataset belongs to its producer.</li>
 *   <li>manage: unchanged (the NSI users of the dataset's country, administrators).</li>
 * </ul>
 *
 * <p>The list carries {@link #listScope} in {@link DatasetCriteria} to the database, where
 * {@code PartyScopeJpql.dataset} says the same in JPQL.
 */
public final class DatasetPolicy {

    private DatasetPolicy() {
    }

    public static boolean mayRead(Actor actor, Dataset dataset) {
        return readableBy(dataset, Scope.of(actor).partyOrganisation());
    }

    /** Whether a reader restricted to this organisation ({@code null}: not restricted) reads the dataset. */
    public static boolean readableBy(Dataset dataset, String partyOrganisation) {
        if (partyOrganisation == null || dataset.isPublic()) {
            return true;
        }
        return partyOrganisation.equals(dataset.getProvider().getCode())
                || (dataset.getPartnership() != null && PartnershipPolicy.readableBy(dataset.getPartnership(), partyOrganisation))
                || (dataset.getAgreement() != null && dataset.getAgreement().getParties().stream()
                        .anyMatch(p -> partyOrganisation.equals(p.getOrganisation().getCode())))
                || (dataset.getPilot() != null && dataset.getPilot().readableBy(partyOrganisation));
    }

    /** The datasets the actor's lists hold (see the class comment). */
    public static Scope listScope(Actor actor) {
        return Scope.of(actor);
    }
}
