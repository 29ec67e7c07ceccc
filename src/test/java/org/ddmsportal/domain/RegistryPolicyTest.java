package org.ddmsportal.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.contact.ContactPolicy;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.LocalizedName;
import org.ddmsportal.domain.shared.Role;
import org.junit.jupiter.api.Test;

class RegistryPolicyTest {

    private static final Country SERBIA = new Country("RS", "SRB", "688", new LocalizedName("Serbia", "Serbie", "Сербия"), true);
    private static final Country ITALY = new Country("IT", "ITA", "380", new LocalizedName("Italy", "Italie", "Италия"), true);
    private static final OrganisationType UTILITY = new OrganisationType("UTILITY", new LocalizedName("Utility", "Service", "Коммунальное"), 1);
    private static final Organisation EPS = new Organisation("RS-EPS", "Elektroprivreda Srbije", UTILITY, SERBIA);
    private static final Contact MARKO = new Contact("Marko", "Marko@EPS.rs", EPS);

    private static Actor actor(Role role, String country, String email) {
        return new Actor("u", "U", email, Set.of(role), country, null);
    }

    @Test
    void adminsEditEverything() {
        Actor admin = actor(Role.ADMIN, null, null);
        assertTrue(RegistryPolicy.mayEdit(admin, EPS));
        assertTrue(ContactPolicy.mayEdit(admin, MARKO));
        assertTrue(RegistryPolicy.mayEditOrganisationsOf(admin, ITALY));
    }

    @Test
    void nsiUsersEditTheirOwnCountryOnly() {
        for (Role role : new Role[] {Role.NSI_MANAGER, Role.NSI_STAFF}) {
            assertTrue(RegistryPolicy.mayEdit(actor(role, "RS", null), EPS));
            assertTrue(ContactPolicy.mayEdit(actor(role, "rs", null), MARKO));
            assertFalse(RegistryPolicy.mayEdit(actor(role, "IT", null), EPS));
            assertFalse(ContactPolicy.mayEdit(actor(role, "IT", null), MARKO));
            assertFalse(RegistryPolicy.mayEdit(actor(role, null, null), EPS));
        }
    }

    @Test
    void coordinatorsReadButDoNotEdit() {
        Actor coordinator = actor(Role.COORDINATOR, "RS", null);
        assertFalse(RegistryPolicy.mayEdit(coordinator, EPS));
        assertFalse(ContactPolicy.mayEdit(coordinator, MARKO));
    }

    @Test
    void aContactEditsOnlyTheirOwnRecord() {
        assertTrue(ContactPolicy.mayEdit(actor(Role.CONTACT, "RS", "marko@eps.rs"), MARKO));
        assertFalse(ContactPolicy.mayEdit(actor(Role.CONTACT, "RS", "someone@eps.rs"), MARKO));
        assertFalse(RegistryPolicy.mayEdit(actor(Role.CONTACT, "RS", "marko@eps.rs"), EPS));
        assertFalse(ContactPolicy.mayEdit(actor(Role.CONTACT, "RS", null), MARKO));
    }
}
