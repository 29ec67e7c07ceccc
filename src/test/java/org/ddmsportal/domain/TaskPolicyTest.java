package org.ddmsportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Set;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.task.TaskPolicy;
import org.ddmsportal.domain.task.TaskQuery;
import org.junit.jupiter.api.Test;

/** Who is asked what: each role gets its kinds of task, in its scope, and nothing else. */
class TaskPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static TaskQuery of(Actor actor) {
        return TaskPolicy.of(actor, TODAY, 30);
    }

    @Test
    void aManagerGetsHerDraftsHerRemindersHerSignaturesAndHerCountrysRevisions() {
        TaskQuery q = of(new Actor("ana", "Ana", "Ana@Stat.test", Set.of(Role.NSI_MANAGER), "rs", null));
        assertEquals(new TaskQuery("ana", "RS", "ana@stat.test", "ana@stat.test", "RS", "RS", null, null, TODAY, 30), q);
    }

    @Test
    void aCoordinatorReviewsAndSignsNothingElse() {
        TaskQuery q = of(new Actor("coord", "C", "c@unece.test", Set.of(Role.COORDINATOR), "CH", null));
        assertEquals(new TaskQuery(null, null, "c@unece.test", null, null, null, "coord", null, TODAY, 30), q);
    }

    @Test
    void aContactSignsAndClearsForHerOrganisationOnly() {
        TaskQuery q = of(new Actor("k", "K", "k@city.test", Set.of(Role.CONTACT), "RS", "RS-BEG"));
        assertEquals(new TaskQuery(null, null, "k@city.test", null, null, null, null, "RS-BEG", TODAY, 30), q);
    }

    @Test
    void anAdministratorsDraftsAndRemindersAreInEveryCountry() {
        TaskQuery q = of(new Actor("admin", "A", "a@portal.test", Set.of(Role.ADMIN), null, null));
        assertEquals("admin", q.username());
        assertNull(q.draftCountry());
        assertEquals("admin", q.reviewer());
        assertNull(q.revisionCountry());
    }

    @Test
    void whatNeedsAnEmailACountryOrAnOrganisationIsNotAskedWithoutIt() {
        TaskQuery noEmail = of(new Actor("s", "S", null, Set.of(Role.NSI_STAFF), null, null));
        assertEquals(new TaskQuery(null, null, null, null, null, null, null, null, TODAY, 30), noEmail);
        TaskQuery contactWithoutOrganisation = of(new Actor("k", "K", " ", Set.of(Role.CONTACT), "RS", null));
        assertEquals(new TaskQuery(null, null, null, null, null, null, null, null, TODAY, 30), contactWithoutOrganisation);
    }
}
