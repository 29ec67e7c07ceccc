package org.ddmsportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.AgreementReference;
import org.ddmsportal.domain.audit.HistoryPolicy;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.junit.jupiter.api.Test;

/**
 * A record's history withholds, from a reader restricted to an organisation, the values of the
 * fields that name other records: a city's contact reading their city's pilot was told the
 * titles of partnerships and datasets they may not open. Anyone else is not shown a linked record
 * its own rule keeps from them (a dataset's agreement of another country).
 */
class HistoryPolicyTest {

    @Test
    void aContactIsNotShownTheValuesThatNameOtherRecords() {
        Pilot pilot = PartyScopePolicyTest.otherPilot();
        assertEquals(Set.of("partnerships", "datasets"), HistoryPolicy.withheld(PartyScopePolicyTest.CITY_CONTACT, pilot));
        assertTrue(pilot.auditSnapshot().keySet().containsAll(pilot.linkFields()), "the link fields are the snapshot's");
    }

    @Test
    void theNsiTheCoordinatorAndTheAdministratorReadEveryValueOfWhatTheyMayOpen() {
        Pilot pilot = PartyScopePolicyTest.otherPilot();
        for (Actor reader : Set.of(PartyScopePolicyTest.COORDINATOR, PartyScopePolicyTest.NSI_OF_ANOTHER_COUNTRY,
                SERBIAN_MANAGER, ADMIN)) {
            assertEquals(Set.of(), HistoryPolicy.withheld(reader, pilot), reader.username());
        }
    }

    /**
     * Every NSI reads every dataset, but a dataset's agreement only of its own country (or as a
     * party): the page says there is one, not which, and so does the History.
     */
    @Test
    void aDatasetsAgreementIsWithheldFromWhoMayNotOpenIt() {
        Dataset governed = new Dataset("Readings", PartyScopePolicyTest.NSI, SourceKind.ADMINISTRATIVE);
        Partnership partnership = new Partnership("Energy", PartyScopePolicyTest.NSI, PartnershipType.DATA_SHARING, "ACTIVE");
        governed.governBy(new Agreement(AgreementReference.parse("RS-2026-0007"), AgreementKind.DSA, "Readings",
                partnership, Agreement.DRAFT, "m@x"));
        assertTrue(governed.auditSnapshot().containsKey("agreement"));
        assertEquals(Set.of("agreement"), HistoryPolicy.withheld(PartyScopePolicyTest.NSI_OF_ANOTHER_COUNTRY, governed));
        assertEquals(Set.of(), HistoryPolicy.withheld(SERBIAN_MANAGER, governed));
        assertEquals(Set.of(), HistoryPolicy.withheld(ADMIN, governed));
        assertEquals(Set.of("agreement", "partnership", "pilot"), HistoryPolicy.withheld(PartyScopePolicyTest.EPS_CONTACT, governed));
        assertEquals(Set.of(), HistoryPolicy.withheld(PartyScopePolicyTest.NSI_OF_ANOTHER_COUNTRY,
                new Dataset("Open", PartyScopePolicyTest.NSI, SourceKind.SURVEY)), "no agreement, nothing withheld");
    }

    private static final Actor SERBIAN_MANAGER = new Actor("m", "M", null, Set.of(Role.NSI_MANAGER), "RS", null);
    private static final Actor ADMIN = new Actor("a", "A", null, Set.of(Role.ADMIN), null, null);
}
