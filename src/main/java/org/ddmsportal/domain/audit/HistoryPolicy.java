package org.ddmsportal.domain.audit;

import java.util.Set;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Scope;

/**
 * Who reads what of a record's history. Whoever may read the record reads its history (its
 * service has checked the record's own rule), but not the values that name records they may not
 * open, as the record's page does not name them: a reader restricted to an organisation (a
 * partner's or a city's contact: {@link Scope#partyOrganisation()}) none of the fields that name
 * other records ({@link Auditable#linkFields()}); anyone else those the linked record's own rule
 * keeps from them ({@link Auditable#linksOutOfReach}: a dataset's agreement, an activity's case
 * studies of another country).
 */
public final class HistoryPolicy {

    private HistoryPolicy() {
    }

    /** The fields of the record's own entries whose values the actor is not shown. */
    public static Set<String> withheld(Actor actor, Auditable record) {
        return Scope.of(actor).partyOrganisation() == null ? record.linksOutOfReach(actor) : record.linkFields();
    }
}
