package org.ddmsportal.domain.audit;

import java.util.Set;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Scope;

/**
 * Who reads what of a record's history. Whoever may read the record reads its history (its
 * service has checked the record's own rule); but a reader restricted to an organisation (a
 * partner's or a city's contact: {@link Scope#partyOrganisation()}) is not shown the values of
 * the fields that name other records ({@link Auditable#linkFields()}), as the record's page does
 * not name the linked records they may not open. Everyone else reads every value.
 */
public final class HistoryPolicy {

    private HistoryPolicy() {
    }

    /** The fields of the record's own entries whose values the actor is not shown. */
    public static Set<String> withheld(Actor actor, Auditable record) {
        return Scope.of(actor).partyOrganisation() == null ? Set.of() : record.linkFields();
    }
}
