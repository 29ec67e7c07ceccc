package org.ddmsportal.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyContent;
import org.ddmsportal.domain.casestudy.CaseStudyCriteria;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.LocalizedName;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.shared.Scope;
import org.junit.jupiter.api.Test;

/** The case-study access rule, for each kind of user, and the list criteria it gives. */
class CaseStudyPolicyTest {

    private static final Country SERBIA = new Country("RS", "SRB", "688", new LocalizedName("Serbia", "Serbie", "Сербия"), true);

    private static Actor actor(Role role, String country) {
        return new Actor("u." + role, "U", "u@x.example", Set.of(role), country, null);
    }

    private static CaseStudy caseStudy(String status) {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        texts.put(Section.SUMMARY, "Summary.");
        CaseStudy c = new CaseStudy(SERBIA, "rs-mobility", "en", new CaseStudyContent("Mobility", texts), status, null);
        return c;
    }

    @Test
    void theCountrysNsiAuthorsAnotherCountryNeitherAuthorsNorReadsADraft() {
        CaseStudy draft = caseStudy(CaseStudy.DRAFT);
        assertTrue(CaseStudyPolicy.mayAuthor(actor(Role.NSI_STAFF, "RS"), draft));
        assertTrue(CaseStudyPolicy.mayEdit(actor(Role.NSI_STAFF, "RS"), draft));
        assertTrue(CaseStudyPolicy.mayRead(actor(Role.NSI_STAFF, "RS"), draft));
        assertFalse(CaseStudyPolicy.mayAuthor(actor(Role.NSI_MANAGER, "IT"), draft), "another country");
        assertFalse(CaseStudyPolicy.mayRead(actor(Role.NSI_MANAGER, "IT"), draft), "another country's draft");
        assertFalse(CaseStudyPolicy.mayRead(actor(Role.CONTACT, "RS"), draft), "a contact with no clearance to give");
        assertFalse(CaseStudyPolicy.mayReadReview(actor(Role.NSI_MANAGER, "IT"), draft));
        assertFalse(CaseStudyPolicy.mayAuthor(actor(Role.COORDINATOR, "RS"), draft), "coordinators review");
        assertTrue(CaseStudyPolicy.mayReadReview(actor(Role.COORDINATOR, "CH"), draft));
        assertTrue(CaseStudyPolicy.mayCreate(actor(Role.NSI_STAFF, "RS")));
        assertFalse(CaseStudyPolicy.mayCreate(actor(Role.NSI_STAFF, null)));
        assertFalse(CaseStudyPolicy.mayCreate(actor(Role.COORDINATOR, "CH")));
    }

    @Test
    void aPublishedOneIsReadByAllItsReviewOnlyByThoseInvolved() {
        CaseStudy published = caseStudy(CaseStudy.PUBLISHED);
        assertTrue(CaseStudyPolicy.mayRead(actor(Role.CONTACT, "IT"), published));
        assertFalse(CaseStudyPolicy.mayReadReview(actor(Role.CONTACT, "IT"), published));
        assertFalse(CaseStudyPolicy.mayReadReview(actor(Role.NSI_STAFF, "IT"), published));
        assertFalse(CaseStudyPolicy.mayEdit(actor(Role.NSI_STAFF, "RS"), published), "frozen once published");
    }

    @Test
    void onceTakenOnlyItsReviewerDecides() {
        CaseStudy c = caseStudy("IN_REVIEW");
        Actor ana = new Actor("ana", "Ana", null, Set.of(Role.COORDINATOR), null, null);
        Actor bob = new Actor("bob", "Bob", null, Set.of(Role.COORDINATOR), null, null);
        assertTrue(CaseStudyPolicy.isReviewer(bob, c), "not taken yet");
        c.assignReviewer("ana", "Ana", null);
        assertTrue(CaseStudyPolicy.isReviewer(ana, c));
        assertFalse(CaseStudyPolicy.isReviewer(bob, c));
        assertFalse(CaseStudyPolicy.isReviewer(actor(Role.NSI_MANAGER, "RS"), c));
        assertTrue(CaseStudyPolicy.mayMove(actor(Role.NSI_STAFF, "RS"), c, "submit"));
        assertFalse(CaseStudyPolicy.mayMove(actor(Role.NSI_STAFF, "IT"), c, "withdraw"));
        assertFalse(CaseStudyPolicy.mayMove(actor(Role.NSI_STAFF, "RS"), c, "approve"));
    }

    @Test
    void theListShowsTheOwnCountryInEveryStateAndOnlyPublishedOnesToOthers() {
        assertNull(CaseStudyPolicy.visibleCountry(Scope.of(actor(Role.ADMIN, null))));
        assertNull(CaseStudyPolicy.visibleCountry(Scope.of(actor(Role.COORDINATOR, "CH"))));
        assertEquals("RS", CaseStudyPolicy.visibleCountry(Scope.of(actor(Role.NSI_MANAGER, "RS"))));
        assertEquals(Scope.NONE, CaseStudyPolicy.visibleCountry(Scope.of(actor(Role.NSI_MANAGER, null))));
        assertEquals(Scope.NONE, CaseStudyPolicy.visibleCountry(Scope.of(actor(Role.CONTACT, "RS"))),
                "a contact lists published ones only");
        CaseStudyCriteria c = CaseStudyCriteria.fromTable(Scope.of(actor(Role.NSI_MANAGER, "RS")),
                Map.of("country", "it", "pilot", "7", "clearanceBy", "RS-EPS"), null);
        assertEquals("IT", c.country());
        assertEquals(7L, c.pilotId());
        assertNull(c.clearanceBy(), "not a table's filter");
        assertFalse(c.onlyPublished());
    }
}
