package org.ddmsportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementReference;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.pilot.PhaseGates;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.LocalizedName;
import org.junit.jupiter.api.Test;

/** What each GSBPM phase asks of a pilot, without a database. */
class PhaseGatesTest {

    static final Country RS = new Country("RS", "SRB", "688", new LocalizedName("Serbia", "Serbie", "Сербия"), true);
    static final Organisation NSI = new Organisation("RS-SORS", "SORS",
            new OrganisationType("NSI", new LocalizedName("NSI", "INS", "НСИ"), 1), RS);
    static final Organisation CITY = new Organisation("RS-BEG", "Belgrade",
            new OrganisationType("MUNICIPALITY", new LocalizedName("City", "Ville", "Город"), 2), RS);
    static final Organisation EPS = new Organisation("RS-EPS", "EPS",
            new OrganisationType("UTILITY", new LocalizedName("Utility", "Service", "Компания"), 3), RS);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final PhaseGates.Evidence NONE = new PhaseGates.Evidence(0, 0, 0, 0);

    @Test
    void eachPhaseAsksForItsEvidence() {
        Pilot pilot = new Pilot("Prices", CITY, NSI, "RUNNING");
        assertEquals(List.of("gate.policyQuestion", "gate.decision"), keys(pilot, 2, NONE));
        pilot.aimAt("How will prices develop?", "Support scheme", "Assembly", null, Set.of(), Set.of());
        assertEquals(List.of(), keys(pilot, 2, NONE));
        assertEquals(List.of("gate.datasets", "gate.methods"), keys(pilot, 3, NONE));
        assertEquals(List.of("gate.indicators"), keys(pilot, 5, NONE));
        assertEquals(List.of("gate.observations"), keys(pilot, 6, new PhaseGates.Evidence(1, 0, 0, 0)));
        assertEquals(List.of("gate.finalObservations"), keys(pilot, 7, new PhaseGates.Evidence(1, 5, 0, 0)));
        assertEquals(List.of("gate.decisions"), keys(pilot, 8, new PhaseGates.Evidence(1, 5, 5, 0)));
        assertEquals(List.of(), keys(pilot, 8, new PhaseGates.Evidence(1, 5, 5, 1)));
    }

    @Test
    void collectNeedsASignedUnexpiredDataSharingAgreementForEveryDatasetNotHeldByAnNsi() {
        Pilot pilot = new Pilot("Prices", CITY, NSI, "RUNNING");
        Dataset survey = new Dataset("Survey", NSI, SourceKind.SURVEY);
        Dataset meters = new Dataset("Meters", EPS, SourceKind.ADMINISTRATIVE);
        pilot.useData(Set.of(survey, meters));
        assertEquals(List.of(new PhaseGates.Missing("gate.agreement", "Meters")), PhaseGates.missingFor(pilot, 4, NONE, TODAY));

        Partnership p = new Partnership("Energy", NSI, PartnershipType.DATA_SHARING, "ACTIVE");
        Agreement dsa = new Agreement(AgreementReference.parse("RS-2026-0001"), AgreementKind.DSA, "Meters", p, Agreement.DRAFT, "m@x");
        dsa.describe(TODAY.minusYears(1), TODAY.plusYears(1), 30, null);
        meters.governBy(dsa);
        assertEquals(1, PhaseGates.missingFor(pilot, 4, NONE, TODAY).size(), "a draft is no evidence");
        dsa.enterStatus(Agreement.SIGNED);
        assertTrue(PhaseGates.missingFor(pilot, 4, NONE, TODAY).isEmpty());
        assertEquals(1, PhaseGates.missingFor(pilot, 4, NONE, TODAY.plusYears(2)).size(), "expired");
        dsa.enterStatus(Agreement.TERMINATED);
        assertEquals(1, PhaseGates.missingFor(pilot, 4, NONE, TODAY).size(), "terminated");
        Agreement mou = new Agreement(AgreementReference.parse("RS-2026-0002"), AgreementKind.MOU, "Cooperation", p, Agreement.ACTIVE, "m@x");
        meters.governBy(mou);
        assertEquals(1, PhaseGates.missingFor(pilot, 4, NONE, TODAY).size(), "a memorandum is not a data-sharing agreement");
    }

    @Test
    void phasesAreEnteredOneAfterTheOtherAndLeftBackwardsFreely() {
        Pilot pilot = new Pilot("Prices", CITY, NSI, "RUNNING");
        assertThrows(IllegalArgumentException.class, () -> pilot.enterPhase(3, () -> NONE, TODAY));
        PhaseGates.EvidenceMissing refused = assertThrows(PhaseGates.EvidenceMissing.class, () -> pilot.enterPhase(2, () -> NONE, TODAY));
        assertEquals(List.of("gate.policyQuestion", "gate.decision"), refused.missing().stream().map(PhaseGates.Missing::key).toList());
        assertEquals(1, pilot.getPhase(), "a refused move leaves the phase");
        pilot.aimAt("How will prices develop?", "Support scheme", "Assembly", null, Set.of(), Set.of());
        pilot.enterPhase(2, () -> NONE, TODAY);
        pilot.enterPhase(1, () -> {
            throw new AssertionError("a move back needs no evidence");
        }, TODAY);
        assertEquals(1, pilot.getPhase());
        assertThrows(IllegalArgumentException.class, () -> new Pilot("x", EPS, CITY, "PLANNED").enterPhase(9, () -> NONE, TODAY));
    }

    private static List<String> keys(Pilot pilot, int phase, PhaseGates.Evidence evidence) {
        return PhaseGates.missingFor(pilot, phase, evidence, TODAY).stream().map(PhaseGates.Missing::key).toList();
    }
}
