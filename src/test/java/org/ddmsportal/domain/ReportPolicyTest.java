package org.ddmsportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.ddmsportal.domain.report.ReportPolicy;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.junit.jupiter.api.Test;

/** Who has the management reports: a manager their own country's; coordinators and admins any, and the summary. */
class ReportPolicyTest {

    private static Actor actor(Role role, String country) {
        return new Actor("u", "U", "u@test", Set.of(role), country, null);
    }

    @Test
    void aManagerHasTheirOwnCountrysReportOnly() {
        Actor manager = actor(Role.NSI_MANAGER, "RS");
        assertTrue(ReportPolicy.mayReadCountry(manager, "RS"));
        assertTrue(ReportPolicy.mayReadCountry(manager, "rs"));
        assertFalse(ReportPolicy.mayReadCountry(manager, "IT"));
        assertFalse(ReportPolicy.mayReadSummary(manager));
        assertEquals("RS", ReportPolicy.ownCountry(manager));
        assertFalse(ReportPolicy.mayReadCountry(actor(Role.NSI_MANAGER, null), "RS"), "a manager without a country");
    }

    @Test
    void coordinatorsAndAdministratorsHaveEveryCountryAndTheSummary() {
        for (Actor a : new Actor[] {actor(Role.COORDINATOR, "CH"), actor(Role.ADMIN, null)}) {
            assertTrue(ReportPolicy.mayReadCountry(a, "RS"));
            assertTrue(ReportPolicy.mayReadCountry(a, "IT"));
            assertTrue(ReportPolicy.mayReadSummary(a));
            assertNull(ReportPolicy.ownCountry(a));
        }
    }

    @Test
    void staffAndContactsHaveNoReport() {
        for (Actor a : new Actor[] {actor(Role.NSI_STAFF, "RS"), actor(Role.CONTACT, "RS")}) {
            assertFalse(ReportPolicy.mayReadCountry(a, "RS"));
            assertFalse(ReportPolicy.mayReadSummary(a));
        }
    }
}
