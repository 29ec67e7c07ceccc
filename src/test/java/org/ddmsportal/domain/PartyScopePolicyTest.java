package org.ddmsportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.AgreementReference;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.DatasetPolicy;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.IndicatorPolicy;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.decision.DecisionPolicy;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipPolicy;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotPolicy;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.LocalizedName;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.shared.Scope;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, "a contact only sees what their organisation takes part in": the PARTY reach of
 * {@link PartnershipPolicy}, {@link PilotPolicy}, {@link DatasetPolicy}, {@link IndicatorPolicy}
 * and {@link DecisionPolicy}, without a database. A contact of another organisation is refused;
 * NSI users and coordinators keep reading everything.
 */
class PartyScopePolicyTest {

    static final Country RS = new Country("RS", "SRB", "688", new LocalizedName("Serbia", "Serbie", "Сербия"), true);
    static final OrganisationType UTILITY = new OrganisationType("UTILITY", new LocalizedName("Utility", "Service", "Компания"), 3);
    static final OrganisationType CITY_TYPE = new OrganisationType("MUNICIPALITY", new LocalizedName("City", "Ville", "Город"), 2);
    static final Organisation NSI = new Organisation("RS-SORS", "SORS",
            new OrganisationType("NSI", new LocalizedName("NSI", "INS", "НСИ"), 1), RS);
    static final Organisation CITY = new Organisation("RS-BEG", "Belgrade", CITY_TYPE, RS);
    static final Organisation OTHER_CITY = new Organisation("RS-NS", "Novi Sad", CITY_TYPE, RS);
    static final Organisation EPS = new Organisation("RS-EPS", "EPS", UTILITY, RS);
    static final Organisation TELCO = new Organisation("RS-TEL", "Telco", UTILITY, RS);

    static Actor contactOf(Organisation organisation) {
        return new Actor("c", "C", "c@x.rs", Set.of(Role.CONTACT), "RS",
                organisation == null ? null : organisation.getCode());
    }

    static final Actor EPS_CONTACT = contactOf(EPS);
    static final Actor TELCO_CONTACT = contactOf(TELCO);
    static final Actor CITY_CONTACT = contactOf(CITY);
    static final Actor NO_ORGANISATION = contactOf(null);
    static final Actor NSI_OF_ANOTHER_COUNTRY = new Actor("n", "N", null, Set.of(Role.NSI_STAFF), "IT", null);
    static final Actor COORDINATOR = new Actor("k", "K", null, Set.of(Role.COORDINATOR), "CH", null);

    /** The NSI leads, EPS is a partner. */
    static Partnership energy() {
        Partnership p = new Partnership("Energy", NSI, PartnershipType.DATA_SHARING, "ACTIVE");
        p.replacePartners(List.of(new Partnership.PartnerEntry(EPS, PartnerRole.DATA_PROVIDER, Set.of())));
        return p;
    }

    /** In the other city, led by the NSI, with no partner. */
    static Pilot otherPilot() {
        return new Pilot("Traffic", OTHER_CITY, NSI, "RUNNING");
    }

    @Test
    void aScopeRestrictsOnlyThePartyReach() {
        assertEquals("RS-EPS", Scope.of(EPS_CONTACT).partyOrganisation());
        assertEquals(Scope.NONE, Scope.of(NO_ORGANISATION).partyOrganisation());
        assertNull(Scope.of(NSI_OF_ANOTHER_COUNTRY).partyOrganisation());
        assertNull(Scope.of(COORDINATOR).partyOrganisation());
    }

    @Test
    void aContactReadsThePartnershipsTheirOrganisationLeadsOrIsPartnerOf() {
        Partnership energy = energy();
        assertTrue(PartnershipPolicy.mayRead(EPS_CONTACT, energy), "partner");
        assertTrue(PartnershipPolicy.mayRead(contactOf(NSI), energy), "lead");
        assertFalse(PartnershipPolicy.mayRead(TELCO_CONTACT, energy), "another organisation");
        assertFalse(PartnershipPolicy.mayRead(NO_ORGANISATION, energy), "no organisation");
        assertTrue(PartnershipPolicy.mayRead(NSI_OF_ANOTHER_COUNTRY, energy), "NSI users keep reading all");
        assertTrue(PartnershipPolicy.mayRead(COORDINATOR, energy));
    }

    @Test
    void aContactReadsThePilotsOfTheirCityLeadPartnersOrPartnerships() {
        Pilot pilot = new Pilot("Prices", CITY, NSI, "RUNNING");
        assertTrue(PilotPolicy.mayRead(CITY_CONTACT, pilot), "the city");
        assertTrue(PilotPolicy.mayRead(contactOf(NSI), pilot), "the lead");
        assertFalse(PilotPolicy.mayRead(EPS_CONTACT, pilot), "not yet involved");
        pilot.involve(Set.of(), Set.of(TELCO));
        assertTrue(PilotPolicy.mayRead(TELCO_CONTACT, pilot), "a partner organisation");
        assertFalse(PilotPolicy.mayRead(EPS_CONTACT, pilot));
        pilot.involve(Set.of(energy()), Set.of());
        assertTrue(PilotPolicy.mayRead(EPS_CONTACT, pilot), "a partner of one of its partnerships");
        assertFalse(PilotPolicy.mayRead(TELCO_CONTACT, pilot), "no longer a partner");
        assertFalse(PilotPolicy.mayRead(contactOf(OTHER_CITY), pilot), "another city");
        assertTrue(PilotPolicy.mayRead(NSI_OF_ANOTHER_COUNTRY, pilot));
    }

    @Test
    void aContactReadsTheDatasetsTheyProvideOrThatBelongToWhatTheyRead() {
        Dataset meters = new Dataset("Meters", TELCO, SourceKind.ADMINISTRATIVE);
        assertTrue(DatasetPolicy.mayRead(TELCO_CONTACT, meters), "the provider");
        assertFalse(DatasetPolicy.mayRead(EPS_CONTACT, meters), "another organisation");
        assertFalse(DatasetPolicy.mayRead(NO_ORGANISATION, meters));
        assertTrue(DatasetPolicy.mayRead(NSI_OF_ANOTHER_COUNTRY, meters));

        meters.producedBy(energy(), null);
        assertTrue(DatasetPolicy.mayRead(EPS_CONTACT, meters), "of a partnership EPS is partner of");
        assertFalse(DatasetPolicy.mayRead(CITY_CONTACT, meters));

        Dataset prices = new Dataset("Prices", NSI, SourceKind.SURVEY);
        prices.producedBy(null, new Pilot("Prices", CITY, NSI, "RUNNING"));
        assertTrue(DatasetPolicy.mayRead(CITY_CONTACT, prices), "of the city's pilot");
        assertFalse(DatasetPolicy.mayRead(EPS_CONTACT, prices));

        Dataset governed = new Dataset("Readings", NSI, SourceKind.ADMINISTRATIVE);
        Partnership other = new Partnership("Other", NSI, PartnershipType.DATA_SHARING, "ACTIVE");
        other.replacePartners(List.of(new Partnership.PartnerEntry(EPS, PartnerRole.DATA_PROVIDER, Set.of())));
        Agreement dsa = new Agreement(AgreementReference.parse("RS-2026-0001"), AgreementKind.DSA, "Readings",
                other, Agreement.DRAFT, "m@x");
        dsa.replaceParties(List.of(new Agreement.PartyEntry(EPS, null, PartyRole.SIGNER, 1)));
        governed.governBy(dsa);
        assertTrue(DatasetPolicy.mayRead(EPS_CONTACT, governed), "EPS is party to its agreement");
        assertFalse(DatasetPolicy.mayRead(TELCO_CONTACT, governed));

        governed.classify(Confidentiality.PUBLIC, false);
        assertTrue(DatasetPolicy.mayRead(TELCO_CONTACT, governed), "public: in the open catalogue anyway");
        assertTrue(DatasetPolicy.mayRead(NO_ORGANISATION, governed));
    }

    @Test
    void aContactReadsTheIndicatorsComputedFromWhatTheyRead() {
        Dataset meters = new Dataset("Meters", EPS, SourceKind.ADMINISTRATIVE);
        Indicator consumption = new Indicator("RS_KWH", new LocalizedName("kWh", "kWh", "кВт·ч"), "kWh", RS);
        assertFalse(IndicatorPolicy.mayRead(EPS_CONTACT, consumption), "computed from nothing yet");
        consumption.computedFrom(Set.of(meters), null);
        assertTrue(IndicatorPolicy.mayRead(EPS_CONTACT, consumption), "from EPS's dataset");
        assertFalse(IndicatorPolicy.mayRead(TELCO_CONTACT, consumption));
        assertTrue(IndicatorPolicy.mayRead(NSI_OF_ANOTHER_COUNTRY, consumption));

        Indicator prices = new Indicator("RS_CPI", new LocalizedName("CPI", "IPC", "ИПЦ"), "%", RS);
        prices.computedFrom(Set.of(), new Pilot("Prices", CITY, NSI, "RUNNING"));
        assertTrue(IndicatorPolicy.mayRead(CITY_CONTACT, prices), "produced by the city's pilot");
        assertFalse(IndicatorPolicy.mayRead(EPS_CONTACT, prices));
    }

    @Test
    void aContactReadsTheDecisionsOfTheirCityOrDrawingOnWhatTheyRead() {
        Decision decision = new Decision("Tariffs", OTHER_CITY, LocalDate.of(2026, 11, 1), "Council");
        assertTrue(DecisionPolicy.mayRead(contactOf(OTHER_CITY), decision), "the city's own");
        assertFalse(DecisionPolicy.mayRead(EPS_CONTACT, decision));
        assertTrue(DecisionPolicy.mayRead(COORDINATOR, decision));

        Pilot pilot = otherPilot();
        pilot.involve(Set.of(energy()), Set.of());
        decision.informedBy(Set.of(), Set.of(pilot));
        assertTrue(DecisionPolicy.mayRead(EPS_CONTACT, decision), "drew on a pilot of EPS's partnership");
        assertFalse(DecisionPolicy.mayRead(TELCO_CONTACT, decision));

        Indicator fromTelco = new Indicator("RS_CALLS", new LocalizedName("Calls", "Appels", "Звонки"), "n", RS);
        fromTelco.computedFrom(Set.of(new Dataset("Calls", TELCO, SourceKind.ADMINISTRATIVE)), null);
        decision.informedBy(Set.of(fromTelco), Set.of());
        assertTrue(DecisionPolicy.mayRead(TELCO_CONTACT, decision), "drew on an indicator from Telco's data");
        assertFalse(DecisionPolicy.mayRead(EPS_CONTACT, decision), "the pilot is no longer linked");
        assertFalse(DecisionPolicy.mayRead(NO_ORGANISATION, decision));
    }

    @Test
    void aCitysOwnContactsAndItsCountrysNsiRecordItsDecisionsOthersDoNot() {
        Decision decision = new Decision("Tariffs", OTHER_CITY, LocalDate.of(2026, 11, 1), "Council");
        Actor serbianStaff = new Actor("s", "S", null, Set.of(Role.NSI_STAFF), "RS", null);
        assertTrue(DecisionPolicy.mayRecordFor(contactOf(OTHER_CITY), OTHER_CITY), "the city's own contact");
        assertTrue(DecisionPolicy.mayEdit(serbianStaff, decision), "the city's country's NSI");
        assertFalse(DecisionPolicy.mayRecordFor(CITY_CONTACT, OTHER_CITY), "another city's contact");
        assertFalse(DecisionPolicy.mayEdit(NSI_OF_ANOTHER_COUNTRY, decision));
        assertFalse(DecisionPolicy.mayEdit(COORDINATOR, decision), "coordinators read");
        assertTrue(DecisionPolicy.mayCreate(CITY_CONTACT));
        assertFalse(DecisionPolicy.mayCreate(NO_ORGANISATION));
        assertFalse(DecisionPolicy.mayCreate(COORDINATOR));
    }
}
