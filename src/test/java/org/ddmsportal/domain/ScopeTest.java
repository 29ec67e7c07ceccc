package org.ddmsportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.shared.Scope;
import org.junit.jupiter.api.Test;

/** The shared reach of an actor: which countries they read and manage. */
class ScopeTest {

    private static Actor actor(Role role, String country) {
        return new Actor("u", "U", null, Set.of(role), country, null);
    }

    @Test
    void administratorsAndCoordinatorsReachEverythingOthersTheirCountry() {
        assertTrue(Scope.of(actor(Role.ADMIN, "RS")).isAll());
        assertTrue(Scope.of(actor(Role.COORDINATOR, "CH")).isAll());
        assertNull(Scope.of(actor(Role.COORDINATOR, "CH")).homeCountry());
        assertEquals("RS", Scope.of(actor(Role.NSI_STAFF, "RS")).homeCountry());
        assertEquals("RS", Scope.of(actor(Role.CONTACT, "RS")).homeCountry(), "a contact's lists open on their country");
        assertEquals(Scope.NONE, Scope.of(actor(Role.CONTACT, null)).countryOrNone());
        assertNull(Scope.of(actor(Role.ADMIN, null)).countryOrNone());
    }

    @Test
    void onlyAdministratorsAndTheCountrysNsiManageIt() {
        assertTrue(Scope.managesCountry(actor(Role.ADMIN, null), "RS"));
        assertTrue(Scope.managesCountry(actor(Role.NSI_MANAGER, "rs"), "RS"));
        assertFalse(Scope.managesCountry(actor(Role.NSI_MANAGER, "IT"), "RS"), "another country");
        assertFalse(Scope.managesCountry(actor(Role.COORDINATOR, "RS"), "RS"));
        assertFalse(Scope.managesCountry(actor(Role.CONTACT, "RS"), "RS"));
        assertTrue(Scope.managesSomeCountry(actor(Role.NSI_STAFF, "RS")));
        assertFalse(Scope.managesSomeCountry(actor(Role.NSI_STAFF, null)), "an NSI account without a country");
        assertFalse(Scope.managesSomeCountry(actor(Role.COORDINATOR, "CH")));
    }
}
