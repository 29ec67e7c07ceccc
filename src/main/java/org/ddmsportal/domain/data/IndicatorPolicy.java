package org.ddmsportal.domain.data;

import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Scope;

/**
 * Who reads and lists indicators in the portal — the one place of the rule (issue 14).
 *
 * <ul>
 *   <li>read and list, {@link Scope.Reach#ALL} and {@link Scope.Reach#COUNTRY}: every indicator, as before;</li>
 *   <li>read and list, {@link Scope.Reach#PARTY} (a partner organisation's contact): an indicator
 *   computed from a dataset the contact may read ({@code indicator_dataset}, {@link DatasetPolicy}:
 *   a public dataset counts) or produced by a pilot the contact may read ({@code indicator.pilot_id},
 *   {@code PilotPolicy} through {@link ProducingPilot#readableBy});</li>
 *   <li>manage: unchanged (the NSI users of the indicator's country, administrators).</li>
 * </ul>
 *
 * <p>The indicator has no "published" mark of its own: the public showcase ({@code /showcase})
 * shows every indicator's definition and public values, without sign-in, and stays as it is. This
 * rule scopes the portal's pages, lists, search and API (which add the sources, the pilot, the
 * decisions and the lineage); it does not make the showcase's public values secret.
 *
 * <p>The list carries {@link #listScope} in {@link IndicatorCriteria} to the database, where
 * {@code PartyScopeJpql.indicator} says the same in JPQL.
 */
public final class IndicatorPolicy {

    private IndicatorPolicy() {
    }

    public static boolean mayRead(Actor actor, Indicator indicator) {
        return readableBy(indicator, Scope.of(actor).partyOrganisation());
    }

    /** Whether a reader restricted to this organisation ({@code null}: not restricted) reads the indicator. */
    public static boolean readableBy(Indicator indicator, String partyOrganisation) {
        return partyOrganisation == null
                || indicator.getDatasets().stream().anyMatch(d -> DatasetPolicy.readableBy(d, partyOrganisation))
                || (indicator.getPilot() != null && indicator.getPilot().readableBy(partyOrganisation));
    }

    /** The indicators the actor's lists hold (see the class comment). */
    public static Scope listScope(Actor actor) {
        return Scope.of(actor);
    }
}
