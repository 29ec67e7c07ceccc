package org.ddmsportal.it;

import java.util.Set;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;

/** The actors of the tests, shaped like the demo realm's users. */
final class Actors {

    static final Actor ADMIN = new Actor("it.admin", "IT Admin", "it.admin@test.ddms", Set.of(Role.ADMIN), null, null);
    static final Actor MANAGER_RS = new Actor("it.manager.rs", "Ana (test)", "it.manager.rs@test.ddms",
            Set.of(Role.NSI_MANAGER), "RS", null);
    static final Actor STAFF_RS = new Actor("it.staff.rs", "Staff RS (test)", "it.staff.rs@test.ddms",
            Set.of(Role.NSI_STAFF), "RS", null);
    static final Actor MANAGER_IT = new Actor("it.manager.it", "Giulia (test)", "it.manager.it@test.ddms",
            Set.of(Role.NSI_MANAGER), "IT", null);
    static final Actor COORDINATOR = new Actor("it.coordinator", "Coordinator (test)", "it.coord@test.ddms",
            Set.of(Role.COORDINATOR), "CH", null);

    private Actors() {
    }

    static Actor contactUser(String email) {
        return new Actor("it.contact." + email, "Contact (test)", email, Set.of(Role.CONTACT), "RS", null);
    }
}
