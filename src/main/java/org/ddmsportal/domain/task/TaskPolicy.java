package org.ddmsportal.domain.task;

import java.time.LocalDate;
import java.util.Locale;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.shared.Scope;

/**
 * Who is asked what — the one rule of "my tasks", on {@link Scope}:
 * <ul>
 * <li>drafts (agreements, case studies) to the user who created them, within her scope's country
 *     (administrators: any country; partners' contacts draft nothing);</li>
 * <li>an approval or signature to the signatory (by e-mail) whose turn it is, whatever the role —
 *     the same turn {@code Agreement.currentParty()} enforces when signing;</li>
 * <li>renewal and review reminders to the agreement's owner (by e-mail), within her country;</li>
 * <li>revisions to the NSI users of the case study's country;</li>
 * <li>reviews to coordinators and administrators (submitted ones to all of them, one in review or
 *     resubmitted to its reviewer);</li>
 * <li>clearances to the contacts of the organisation that must clear.</li>
 * </ul>
 * A user without an e-mail, country or organisation gets none of what needs it.
 */
public final class TaskPolicy {

    private TaskPolicy() {
    }

    public static TaskQuery of(Actor actor, LocalDate today, int reviewNoticeDays) {
        Scope scope = Scope.of(actor);
        boolean drafts = actor.isAdmin() || (actor.isNsi() && actor.countryCode() != null);
        String country = actor.isAdmin() || scope.countryOrNone() == null ? null
                : scope.countryOrNone().toUpperCase(Locale.ROOT);
        String email = actor.email() == null || actor.email().isBlank() ? null
                : actor.email().strip().toLowerCase(Locale.ROOT);
        boolean owner = email != null && drafts;
        return new TaskQuery(
                drafts ? actor.username() : null,
                drafts ? country : null,
                email,
                owner ? email : null,
                owner ? country : null,
                actor.isNsi() && actor.countryCode() != null ? actor.countryCode().toUpperCase(Locale.ROOT) : null,
                actor.isAdmin() || actor.has(Role.COORDINATOR) ? actor.username() : null,
                actor.has(Role.CONTACT) && actor.organisationCode() != null ? actor.organisationCode() : null,
                today, reviewNoticeDays);
    }
}
