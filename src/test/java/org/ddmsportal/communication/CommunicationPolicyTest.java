package org.ddmsportal.communication;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityPolicy;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineCategory;
import org.ddmsportal.domain.communication.GuidelineCriteria;
import org.ddmsportal.domain.communication.GuidelinePolicy;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.LocalizedName;
import org.ddmsportal.domain.shared.Role;
import org.junit.jupiter.api.Test;

/**
 * The communication rules (WP3) without a container: who writes and reads guidelines, who records
 * activities for which country. The stakeholder map's rules are the pilot's and the registry's
 * ({@code StakeholderPolicy}), tested with them in {@code CommunicationIT} and {@code PilotDataIT}.
 */
class CommunicationPolicyTest {

    private static final Country SERBIA = new Country("RS", "SRB", "688", new LocalizedName("Serbia", "Serbie", "Сербия"), true);
    private static final Country ITALY = new Country("IT", "ITA", "380", new LocalizedName("Italy", "Italie", "Италия"), true);

    private static Actor actor(Role role, String country) {
        return new Actor("u", "U", "u@test", Set.of(role), country, null);
    }

    private static Guideline guideline(boolean published) {
        Guideline g = new Guideline("g", "Title", GuidelineCategory.DATA_ACCESS, "en", "Text");
        g.publish(published);
        return g;
    }

    @Test
    void coordinatorsAndAdministratorsWriteGuidelinesAndReadDrafts() {
        for (Actor writer : new Actor[] {actor(Role.COORDINATOR, null), actor(Role.ADMIN, null)}) {
            assertTrue(GuidelinePolicy.mayEdit(writer));
            assertTrue(GuidelinePolicy.mayRead(writer, guideline(false)));
            assertFalse(GuidelinePolicy.within(writer, GuidelineCriteria.all()).publishedOnly(), "drafts listed");
        }
    }

    @Test
    void everyoneElseReadsAndListsPublishedGuidelinesOnly() {
        for (Actor reader : new Actor[] {actor(Role.NSI_MANAGER, "RS"), actor(Role.CONTACT, "RS"), null}) {
            assertFalse(GuidelinePolicy.mayEdit(reader));
            assertTrue(GuidelinePolicy.mayRead(reader, guideline(true)));
            assertFalse(GuidelinePolicy.mayRead(reader, guideline(false)));
            assertTrue(GuidelinePolicy.within(reader, GuidelineCriteria.all()).publishedOnly());
        }
    }

    @Test
    void listingGuidelinesNeverWidensWhatWasAsked() {
        Actor coordinator = actor(Role.COORDINATOR, null);
        assertTrue(GuidelinePolicy.within(coordinator, GuidelineCriteria.all().publishedOnly(true)).publishedOnly());
    }

    @Test
    void aCountrysManagersRecordActivitiesForTheirCountryOnly() {
        Actor manager = actor(Role.NSI_MANAGER, "RS");
        assertTrue(ActivityPolicy.mayCreate(manager));
        assertTrue(ActivityPolicy.mayRecordFor(manager, SERBIA));
        assertFalse(ActivityPolicy.mayRecordFor(manager, ITALY));
        assertFalse(ActivityPolicy.mayRecordFor(manager, null), "the coordinators' own activities");
        assertTrue(ActivityPolicy.mayEdit(manager, new Activity(SERBIA)));
        assertFalse(ActivityPolicy.mayEdit(manager, new Activity(ITALY)));
        assertFalse(ActivityPolicy.mayCreate(actor(Role.NSI_MANAGER, null)), "a manager without a country");
    }

    @Test
    void coordinatorsRecordActivitiesForAnyCountryOrNone() {
        for (Actor a : new Actor[] {actor(Role.COORDINATOR, null), actor(Role.ADMIN, null)}) {
            assertTrue(ActivityPolicy.mayCreate(a));
            assertTrue(ActivityPolicy.mayRecordFor(a, ITALY));
            assertTrue(ActivityPolicy.mayRecordFor(a, null));
            assertTrue(ActivityPolicy.mayEdit(a, new Activity(null)));
        }
    }

    @Test
    void contactsRecordNoActivityButReadThem() {
        Actor contact = actor(Role.CONTACT, "RS");
        assertFalse(ActivityPolicy.mayCreate(contact));
        assertFalse(ActivityPolicy.mayRecordFor(contact, SERBIA));
        assertTrue(ActivityPolicy.mayRead(contact, new Activity(SERBIA)));
    }
}
