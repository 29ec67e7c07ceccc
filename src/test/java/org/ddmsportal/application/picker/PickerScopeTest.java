package org.ddmsportal.application.picker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.PickerRepository.Scope;
import org.ddmsportal.domain.shared.Role;
import org.junit.jupiter.api.Test;

/** Each picker's scope is the rule of the option list it replaced, for every kind of user. */
class PickerScopeTest {

    private static final Actor ADMIN = new Actor("admin", "Admin", "a@x", Set.of(Role.ADMIN), null, null);
    private static final Actor MANAGER_RS = new Actor("m", "M", "m@x", Set.of(Role.NSI_MANAGER), "RS", null);
    private static final Actor COORDINATOR = new Actor("c", "C", "c@x", Set.of(Role.COORDINATOR), "CH", null);
    private static final Actor CONTACT_BEG = new Actor("b", "B", "b@x", Set.of(Role.CONTACT), "RS", "RS-BEG");
    private static final Actor NO_COUNTRY = new Actor("n", "N", "n@x", Set.of(Role.NSI_STAFF), null, null);

    private static Scope scope(Actor actor, Picker picker) {
        return PickerService.scope(actor, picker, Locale.FRENCH);
    }

    @Test
    void countryScopedPickersOfferTheUsersCountryAllToAdministratorsNothingWithoutACountry() {
        for (Picker p : new Picker[] {Picker.CITY, Picker.LEAD, Picker.PARTNERSHIP, Picker.DATASET, Picker.INDICATOR,
            Picker.PILOT, Picker.AGREEMENT}) {
            assertEquals("RS", scope(MANAGER_RS, p).country(), p.name());
            assertNull(scope(ADMIN, p).country(), p.name());
            assertEquals("--", scope(NO_COUNTRY, p).country(), p.name());
        }
        assertEquals(Set.of(OrganisationType.MUNICIPALITY), scope(MANAGER_RS, Picker.CITY).organisationTypes());
        assertEquals(Set.of(OrganisationType.NSI, OrganisationType.NSI_REGIONAL_OFFICE),
                scope(MANAGER_RS, Picker.LEAD).organisationTypes());
        assertTrue(scope(MANAGER_RS, Picker.AGREEMENT).dataSharingOnly());
        assertEquals("fr", scope(MANAGER_RS, Picker.INDICATOR).language());
    }

    @Test
    void partnersMayBeOfAnyCountryTheUsersFirst() {
        for (Picker p : new Picker[] {Picker.ORGANISATION, Picker.ANY_PILOT, Picker.ANY_INDICATOR}) {
            assertNull(scope(MANAGER_RS, p).country(), p.name());
            assertEquals("RS", scope(MANAGER_RS, p).preferCountry(), p.name());
        }
        assertEquals("RS", scope(MANAGER_RS, Picker.CONTACT_ORGANISATION).country());
        assertNull(scope(ADMIN, Picker.CONTACT_ORGANISATION).country());
    }

    @Test
    void decisionCitiesAreTheNsiUsersCountrysOrTheContactsOwnCity() {
        assertEquals("RS", scope(MANAGER_RS, Picker.DECISION_CITY).country());
        Scope contact = scope(CONTACT_BEG, Picker.DECISION_CITY);
        assertNull(contact.country());
        assertEquals("RS-BEG", contact.organisationCode());
        assertEquals("--", scope(COORDINATOR, Picker.DECISION_CITY).country());
    }

    @Test
    void caseStudiesAreThoseTheUserMayRead() {
        assertNull(scope(ADMIN, Picker.CASE_STUDY).visibleToCountry());
        assertNull(scope(COORDINATOR, Picker.CASE_STUDY).visibleToCountry());
        assertEquals("RS", scope(MANAGER_RS, Picker.CASE_STUDY).visibleToCountry());
        assertEquals("--", scope(CONTACT_BEG, Picker.CASE_STUDY).visibleToCountry());
        assertFalse(scope(CONTACT_BEG, Picker.CASE_STUDY).dataSharingOnly());
    }

    /** Issue 14: a contact is offered only the partnerships, pilots, datasets and indicators their policies let them read. */
    @Test
    void aContactIsOfferedOnlyWhatTheirOrganisationTakesPartIn() {
        for (Picker p : new Picker[] {Picker.PARTNERSHIP, Picker.PILOT, Picker.ANY_PILOT, Picker.DATASET,
                Picker.INDICATOR, Picker.ANY_INDICATOR}) {
            assertEquals("RS-BEG", scope(CONTACT_BEG, p).partyOrganisation(), p.name());
            assertNull(scope(MANAGER_RS, p).partyOrganisation(), p.name());
            assertNull(scope(COORDINATOR, p).partyOrganisation(), p.name());
        }
        assertNull(scope(CONTACT_BEG, Picker.DECISION_CITY).partyOrganisation(), "the city picker has its own rule");
        assertNull(scope(CONTACT_BEG, Picker.AGREEMENT).partyOrganisation());
    }
}
