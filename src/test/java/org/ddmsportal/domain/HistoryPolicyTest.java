package org.ddmsportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.ddmsportal.domain.audit.HistoryPolicy;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.junit.jupiter.api.Test;

/**
 * A record's history withholds, from a reader restricted to an organisation, the values of the
 * fields that name other records: a city's contact reading their city's pilot was told the
 * titles of partnerships and datasets they may not open. Everyone else reads every value.
 */
class HistoryPolicyTest {

    @Test
    void aContactIsNotShownTheValuesThatNameOtherRecords() {
        Pilot pilot = PartyScopePolicyTest.otherPilot();
        assertEquals(Set.of("partnerships", "datasets"), HistoryPolicy.withheld(PartyScopePolicyTest.CITY_CONTACT, pilot));
        assertTrue(pilot.auditSnapshot().keySet().containsAll(pilot.linkFields()), "the link fields are the snapshot's");
    }

    @Test
    void theNsiTheCoordinatorAndTheAdministratorReadEveryValue() {
        Pilot pilot = PartyScopePolicyTest.otherPilot();
        for (Actor reader : Set.of(PartyScopePolicyTest.COORDINATOR, PartyScopePolicyTest.NSI_OF_ANOTHER_COUNTRY,
                new Actor("m", "M", null, Set.of(Role.NSI_MANAGER), "RS", null),
                new Actor("a", "A", null, Set.of(Role.ADMIN), null, null))) {
            assertEquals(Set.of(), HistoryPolicy.withheld(reader, pilot), reader.username());
        }
    }
}
