package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.casestudy.LessonForm;
import org.ddmsportal.application.casestudy.LessonService;
import org.ddmsportal.application.communication.StakeholderService;
import org.ddmsportal.application.communication.StakeholderForm;
import org.ddmsportal.domain.casestudy.Lesson;
import org.ddmsportal.domain.casestudy.LessonCategory;
import org.ddmsportal.domain.communication.Level;
import org.ddmsportal.domain.communication.Stakeholder;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.application.data.DatasetForm;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.data.ImportCounts;
import org.ddmsportal.application.data.ImportRefusedException;
import org.ddmsportal.application.data.IndicatorForm;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.data.ObservationReader;
import org.ddmsportal.application.decision.DecisionForm;
import org.ddmsportal.application.decision.DecisionService;
import org.ddmsportal.application.lineage.Lineage;
import org.ddmsportal.application.lineage.LineageService;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.pilot.PhaseGateException;
import org.ddmsportal.application.pilot.PilotForm;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.ConcurrentEditException;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.DatasetCriteria;
import org.ddmsportal.domain.data.IndicatorCriteria;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.pilot.PhaseGates;
import org.ddmsportal.domain.pilot.PilotCriteria;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pilots, datasets, indicators, observations, decisions and lineage inside Payara with the real
 * database: phase gates, agreement lapse flags, all-or-nothing imports of CSV and SDMX-CSV,
 * public exports without confidential values, lineage walked from either end, scope refusals
 * and the cost of a list page.
 */
@ExtendWith(ArquillianExtension.class)
class PilotDataIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    OrganisationService organisations;

    @Inject
    PartnershipService partnerships;

    @Inject
    AgreementQueries agreements;

    @Inject
    AgreementDrafting agreementDrafting;

    @Inject
    DatasetService datasets;

    @Inject
    IndicatorService indicators;

    @Inject
    PilotService pilots;

    @Inject
    DecisionService decisions;

    @Inject
    LineageService lineage;

    @Inject
    AuditService audit;

    @Inject
    StakeholderService stakeholders;

    @Inject
    LessonService lessons;

    @Resource(lookup = "java:app/jdbc/ddms")
    DataSource dataSource;

    /** A Serbian chain: partnership → agreement (draft DSA) → company dataset → indicator → pilot → decision. */
    private final class Chain {
        final long n = SEQUENCE.incrementAndGet();
        final long nsi = organisation("SORS " + n, "NSI", null);
        final String territory = "T" + (n % 100000000L);
        final long city = organisation("City " + n, "MUNICIPALITY", territory);
        final long company = organisation("Power company " + n, "UTILITY", null);
        final long partnership = partnership();
        final long agreement = agreement();
        final long companyData = dataset("Consumption " + n, company, agreement, Confidentiality.CONFIDENTIAL);
        final long survey = dataset("Survey " + n, nsi, null, Confidentiality.PUBLIC);
        final long pilot = pilot();
        final String code = "IT-IND-" + n;
        final long indicator = indicator();

        private long partnership() {
            PartnershipForm form = new PartnershipForm();
            form.setTitle("Energy " + n);
            form.setLeadId(nsi);
            form.setType(PartnershipType.DATA_SHARING);
            PartnershipForm.PartnerRow row = new PartnershipForm.PartnerRow();
            row.setOrganisationId(company);
            row.setRole(PartnerRole.DATA_PROVIDER);
            form.getPartners().add(row);
            return partnerships.create(Actors.ADMIN, form);
        }

        private long agreement() {
            AgreementForm form = new AgreementForm();
            form.setPartnershipId(partnership);
            form.setKind(AgreementKind.DSA);
            form.setTitle("Consumption data " + n);
            form.setEffectiveDate(LocalDate.now().minusDays(10));
            form.setExpiryDate(LocalDate.now().plusYears(1));
            return agreementDrafting.create(Actors.MANAGER_RS, form);
        }

        private long dataset(String title, long provider, Long agreementId, Confidentiality confidentiality) {
            DatasetForm form = new DatasetForm();
            form.setTitle(title);
            form.setProviderId(provider);
            form.setSourceKind(provider == nsi ? SourceKind.SURVEY : SourceKind.ADMINISTRATIVE);
            form.setAgreementId(agreementId);
            form.setPartnershipId(partnership);
            form.setConfidentiality(confidentiality);
            form.setAccessUrl("https://data.example.org/" + n + ".csv");
            return datasets.create(Actors.MANAGER_RS, form);
        }

        private long pilot() {
            PilotForm form = new PilotForm();
            form.setTitle("Electricity prices pilot " + n);
            form.setCityId(city);
            form.setLeadId(nsi);
            form.setPolicyQuestion("How will prices develop?");
            form.setDecision("Energy-poverty scheme");
            form.setStatisticalMethods("Small-area estimation");
            form.setDatasetIds(List.of(companyData, survey));
            form.setPartnershipIds(List.of(partnership));
            form.setSdgTargetCodes(List.of("7.1"));
            return pilots.create(Actors.MANAGER_RS, form);
        }

        private long indicator() {
            IndicatorForm form = new IndicatorForm();
            form.setCode(code);
            form.setNameEn("Consumption per inhabitant");
            form.setNameFr("Consommation par habitant");
            form.setNameRu("Потребление на жителя");
            form.setUnit("kWh");
            form.setSdgCode("7.3.1");
            form.setPilotId(pilot);
            form.setDatasetIds(List.of(companyData));
            return indicators.create(Actors.MANAGER_RS, form);
        }

        long decision() {
            DecisionForm form = new DecisionForm();
            form.setTitle("Support scheme " + n);
            form.setCityId(city);
            form.setDecidedOn(LocalDate.now());
            form.setBody("City Assembly");
            form.setIndicatorIds(List.of(indicator));
            form.setPilotIds(List.of(pilot));
            return decisions.create(Actors.MANAGER_RS, form);
        }

        void agreementStatus(String status, LocalDate expiry) throws Exception {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("UPDATE agreement SET status = ?, expiry_date = ? WHERE id = ?")) {
                s.setString(1, status);
                s.setObject(2, expiry);
                s.setLong(3, agreement);
                s.executeUpdate();
                SeededChange.record(c, "PilotDataIT agreement " + agreement); // as a user's change would
            }
        }

        void phase(int phase) {
            pilots.movePhase(Actors.MANAGER_RS, pilot, pilots.get(Actors.MANAGER_RS, pilot).getVersion(), phase, "ok");
        }

        long observations() {
            return indicators.observationCount(indicator);
        }
    }

    @Test
    void theDatasetListSortsByProviderAndFollowsARenameOfTheProvider() {
        Chain c = new Chain(); // the NSI ("SORS n"), the utility ("Power company n") and the city provide
        long byNsi = c.dataset("Sorted by provider " + c.n, c.nsi, null, Confidentiality.PUBLIC);
        long byCompany = c.dataset("Sorted by provider " + c.n, c.company, null, Confidentiality.PUBLIC);
        PageRequest byProvider = new PageRequest(0, 10, "provider", true, null, null);
        DatasetCriteria mine = DatasetCriteria.all().withPartnershipId(c.partnership);
        assertEquals(List.of(byCompany, byNsi), ids(datasets.search(Actors.ADMIN, mine, byProvider).rows(), byNsi, byCompany),
                "Power company before SORS");

        // renamed, the utility's datasets move with it (the stored sort key follows the rename)
        var company = organisations.get(Actors.ADMIN, c.company);
        OrganisationForm renamed = OrganisationForm.of(company);
        renamed.setName("Zeta power " + c.n);
        organisations.update(Actors.ADMIN, c.company, renamed);
        assertEquals(List.of(byNsi, byCompany), ids(datasets.search(Actors.ADMIN, mine, byProvider).rows(), byNsi, byCompany),
                "SORS before Zeta power");
        PageRequest descending = new PageRequest(0, 10, "provider", false, null, null);
        assertEquals(List.of(byCompany, byNsi), ids(datasets.search(Actors.ADMIN, mine, descending).rows(), byNsi, byCompany));
    }

    /** The ids of {@code rows} that are among {@code wanted}, in their order. */
    private static List<Long> ids(List<org.ddmsportal.domain.data.Dataset> rows, long... wanted) {
        List<Long> among = java.util.Arrays.stream(wanted).boxed().toList();
        return rows.stream().map(org.ddmsportal.domain.data.Dataset::getId).filter(among::contains).toList();
    }

    private long organisation(String name, String type, String territory) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setCountryCode("RS");
        form.setTypeCode(type);
        if (territory != null) {
            form.setCode(territory);   // a city's contact has it as their organisation (issue 14's scope)
            form.setTerritorialCode(territory);
            form.setLatitude(new java.math.BigDecimal("44.786600"));
            form.setLongitude(new java.math.BigDecimal("20.448900"));
        }
        return organisations.create(Actors.ADMIN, form);
    }

    @Test
    void aPhaseGateRefusesTheMoveWithoutEvidenceAndAllowsItWithIt() throws Exception {
        Chain c = new Chain();
        c.phase(2);
        c.phase(3);
        PhaseGateException refused = assertThrows(PhaseGateException.class, () -> c.phase(4));
        assertEquals(List.of(new PhaseGates.Missing("gate.agreement", "Consumption " + c.n)), refused.missing(),
                "only the company's dataset needs an agreement; the NSI's survey does not");
        assertEquals(3, pilots.get(Actors.ADMIN, c.pilot).getPhase(), "nothing moved");

        c.agreementStatus("ACTIVE", LocalDate.now().minusDays(1));
        assertThrows(PhaseGateException.class, () -> c.phase(4), "an expired agreement is no evidence");

        c.agreementStatus("SIGNED", LocalDate.now().plusYears(1));
        c.phase(4);
        assertEquals(4, pilots.get(Actors.ADMIN, c.pilot).getPhase());

        assertThrows(org.ddmsportal.application.shared.InvalidInputException.class, () -> c.phase(6),
                "phases are entered one by one");
        c.phase(5); // the pilot produces an indicator
        PhaseGateException noData = assertThrows(PhaseGateException.class, () -> c.phase(6));
        assertEquals("gate.observations", noData.missing().get(0).key());

        // going back needs a reason; another country's manager may not move it at all
        long version = pilots.get(Actors.ADMIN, c.pilot).getVersion();
        assertThrows(org.ddmsportal.application.shared.InvalidInputException.class,
                () -> pilots.movePhase(Actors.MANAGER_RS, c.pilot, version, 4, " "));
        assertThrows(AccessDeniedException.class, () -> pilots.movePhase(Actors.MANAGER_IT, c.pilot, version, 6, "x"));
        assertThrows(ConcurrentEditException.class, () -> pilots.movePhase(Actors.MANAGER_RS, c.pilot, version - 1, 4, "redo"));
        assertTrue(pilots.lifecycle(Actors.ADMIN, c.pilot).stream().anyMatch(e -> "phaseForward".equals(e.getTransition())
                && "4".equals(e.getToState())), "phase moves are in the lifecycle");
    }

    @Test
    void anAgreementLapseFlagsTheDatasetItsIndicatorsAndThePilotsUsingThem() throws Exception {
        Chain c = new Chain();
        LocalDate today = LocalDate.now();
        assertTrue(datasets.get(Actors.ADMIN, c.companyData).isLapsed(today), "a draft agreement is not in force");

        c.agreementStatus("ACTIVE", today.plusYears(1));
        assertFalse(datasets.get(Actors.ADMIN, c.companyData).isLapsed(today));
        assertFalse(indicators.get(Actors.ADMIN, c.indicator).isLapsed(today));
        assertFalse(pilots.get(Actors.ADMIN, c.pilot).isLapsed(today));
        assertFalse(datasets.get(Actors.ADMIN, c.survey).isLapsed(today));

        for (String status : List.of("EXPIRED", "TERMINATED")) {
            c.agreementStatus(status, today.plusYears(1));
            assertTrue(datasets.get(Actors.ADMIN, c.companyData).isLapsed(today), status);
            assertTrue(indicators.get(Actors.ADMIN, c.indicator).isLapsed(today), status);
            assertTrue(pilots.get(Actors.ADMIN, c.pilot).isLapsed(today), status);
            assertFalse(datasets.get(Actors.ADMIN, c.survey).isLapsed(today), "the NSI's own data are not flagged");
            var flagged = datasets.search(Actors.ADMIN, DatasetCriteria.all().withLapsed(true).withPartnershipId(c.partnership),
                    new PageRequest(0, 50, null, true, null, null)).rows();
            assertEquals(List.of(c.companyData), flagged.stream().map(d -> d.getId()).toList());
        }
        c.agreementStatus("ACTIVE", today.minusDays(1));
        assertTrue(datasets.get(Actors.ADMIN, c.companyData).isLapsed(today), "active but past its expiry date");
        assertTrue(new Lineage.Node(Lineage.Kind.DATASET, c.companyData, "", true, true).lapsed());
        assertTrue(lineage.walk(Actors.ADMIN, Lineage.Kind.INDICATOR, c.indicator).nodes().stream()
                .filter(n -> n.kind() == Lineage.Kind.PILOT).allMatch(Lineage.Node::lapsed), "the lineage marks it too");
    }

    /** A dataset's stored country follows its partnership's lead when the lead moves country. */
    @Test
    void datasetsFollowTheirProducersCountry() {
        Chain c = new Chain();
        assertEquals(Set.of(c.companyData, c.survey), datasetIds("RS", c));

        OrganisationForm moved = OrganisationForm.of(organisations.get(Actors.ADMIN, c.nsi));
        moved.setCountryCode("ME");
        organisations.update(Actors.ADMIN, c.nsi, moved);

        assertEquals(Set.of(), datasetIds("RS", c));
        assertEquals(Set.of(c.companyData, c.survey), datasetIds("ME", c));
        assertEquals("ME", datasets.get(Actors.ADMIN, c.companyData).getCountry().getAlpha2());
    }

    private Set<Long> datasetIds(String country, Chain c) {
        return datasets.search(Actors.ADMIN, DatasetCriteria.all().withCountry(country).withPartnershipId(c.partnership),
                        new PageRequest(0, 50, null, true, null, null))
                .rows().stream().map(d -> d.getId()).collect(Collectors.toSet());
    }

    @Test
    void aValidCsvImportsAndAFileWithOneBadLineStoresNothing() {
        Chain c = new Chain();
        String good = "territory,period,value,status\n" + c.territory + ",2023,1702.5,final\n"
                + c.territory + ",2024,1688,provisional\nRS12,2024,1500,\n";
        ObservationReader.Result result = indicators.importObservations(Actors.MANAGER_RS, c.indicator,
                new StringReader(good), "good.csv");
        assertEquals(3, result.written());
        assertEquals(3, c.observations());
        assertTrue(audit.history(Actors.ADMIN, "Indicator", c.indicator).stream()
                .anyMatch(e -> e.getChanges().contains("observationsImported") && e.getChanges().contains("good.csv")));

        String bad = "indicator,territory,period,value\n" + c.code + "," + c.territory + ",2021,1790\n"
                + c.code + "," + c.territory + ",2022,1768\n" + c.code + "," + c.territory + ",2023,abc\n"
                + c.code + "," + c.territory + ",2025,1650\n";
        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> indicators.importObservations(Actors.MANAGER_RS, null, new StringReader(bad), "bad.csv"));
        assertEquals(1, refused.result().problemCount());
        assertEquals(4, refused.result().problems().get(0).line(), "the fourth line of the file");
        assertEquals("value", refused.result().problems().get(0).column());
        assertEquals("import.value", refused.result().problems().get(0).key());
        assertEquals(3, c.observations(), "the two good lines before it were not stored either");

        // the preview reports the same without storing anything
        assertEquals(4, indicators.preview(Actors.MANAGER_RS, null, new StringReader(bad)).problems().get(0).line());
        // another country's manager may not import into a Serbian indicator
        assertThrows(AccessDeniedException.class, () -> indicators.importObservations(Actors.MANAGER_IT, c.indicator,
                new StringReader(good), "x.csv"));
        ImportRefusedException notYours = assertThrows(ImportRefusedException.class,
                () -> indicators.importObservations(Actors.MANAGER_IT, null, new StringReader(bad.replace("abc", "1")), "x.csv"));
        assertEquals("import.indicator", notYours.result().problems().get(0).key());
        assertEquals(3, c.observations());
    }

    @Test
    void theOfficialSdmxCsvLayoutIsAcceptedAndConfidentialValuesAreNeverExported() {
        Chain c = new Chain();
        String sdmx = "\uFEFFSTRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CONF_STATUS\n"
                + "dataflow,DDMS:DF_LOCAL_INDICATORS(1.0),I," + c.territory + ": City,2022,1768.0,KWH,A,F\n"
                + "dataflow,DDMS:DF_LOCAL_INDICATORS(1.0),I," + c.territory + ",2023,1702,KWH,P,F\n"
                + "dataflow,DDMS:DF_LOCAL_INDICATORS(1.0),I,RS12,2023,\"1,5\",KWH,A,F\n";
        ImportRefusedException wrong = assertThrows(ImportRefusedException.class,
                () -> indicators.importObservations(Actors.MANAGER_RS, c.indicator, new StringReader(sdmx), "s.csv"));
        assertEquals(4, wrong.result().problems().get(0).line());
        assertEquals("OBS_VALUE", wrong.result().problems().get(0).column());
        assertEquals(ObservationReader.Layout.SDMX_CSV, wrong.result().layout());

        String fixed = sdmx.replace("\"1,5\"", "1500") + "dataflow,DDMS:DF_LOCAL_INDICATORS(1.0),I,RS13,2023,900,KWH,A,C\n";
        ObservationReader.Result ok = indicators.importObservations(Actors.MANAGER_RS, c.indicator, new StringReader(fixed), "s.csv");
        assertEquals(4, ok.written());
        List<Observation> exported = new ArrayList<>();
        indicators.exportPublic(indicators.get(Actors.ADMIN, c.indicator), exported::add);
        assertEquals(Set.of(c.territory, "RS12"), exported.stream().map(Observation::territory).collect(Collectors.toSet()),
                "RS13 is confidential");
        assertEquals(3, exported.size());
        assertEquals(4, indicators.observations(Actors.MANAGER_RS, c.indicator, new PageRequest(0, 10, null, true, Map.of(), null)).total(),
                "the indicator's own country sees the confidential value");
        assertEquals(3, indicators.observations(Actors.MANAGER_IT, c.indicator, new PageRequest(0, 10, null, true, Map.of(), null)).total(),
                "other users do not");

        // ACTION D deletes; the map places the city's latest value
        String delete = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
                + "dataflow,DDMS:DF_LOCAL_INDICATORS(1.0),D,RS12,2023,\n";
        assertEquals(1, indicators.importObservations(Actors.MANAGER_RS, c.indicator, new StringReader(delete), "d.csv").written());
        assertEquals(3, c.observations());
        var points = indicators.mapPoints(Actors.MANAGER_RS, c.indicator);
        assertEquals(1, points.size());
        assertEquals("2023", points.get(0).latest().period());
    }

    @Test
    void theLatestValueOfATerritoryIsTheNewestTheReaderMaySee() {
        Chain c = new Chain();
        String head = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CONF_STATUS\n";
        String row = "dataflow,DDMS:DF_LOCAL_INDICATORS(1.0),I,";
        indicators.importObservations(Actors.MANAGER_RS, c.indicator, new StringReader(head
                + row + c.territory + ",2021,10,KWH,A,F\n" + row + c.territory + ",2022,20,KWH,A,F\n"
                + row + c.territory + ",2023,30,KWH,A,C\n" + row + "RS12,2020,5,KWH,A,F\n"), "latest.csv");
        Indicator indicator = indicators.get(Actors.ADMIN, c.indicator);

        assertEquals(List.of("RS12 2020 5", c.territory + " 2023 30"), latestOf(indicators.latest(Actors.MANAGER_RS, indicator)),
                "the indicator's own country sees its confidential newest value");
        assertEquals(List.of("RS12 2020 5", c.territory + " 2022 20"), latestOf(indicators.latest(Actors.MANAGER_IT, indicator)),
                "another country sees the newest value that is not confidential");
        assertEquals(List.of("RS12 2020 5", c.territory + " 2022 20"),
                latestOf(indicators.latest(Actors.MANAGER_IT, List.of(indicator)).get(c.code)), "the same for a report's charts");
        assertEquals(List.of("RS12 2020 5", c.territory + " 2023 30"),
                latestOf(indicators.latest(Actors.MANAGER_RS, List.of(indicator)).get(c.code)));
    }

    private static List<String> latestOf(List<Observation> latest) {
        return latest.stream().map(o -> o.territory() + " " + o.period() + " " + o.value().stripTrailingZeros().toPlainString())
                .toList();
    }

    @Test
    void importsReportInsertedUpdatedDeletedAndUnchangedFromTheDatabaseAndRefuseForeignStructures() {
        Chain c = new Chain();
        String head = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT\n";
        String row = "dataflow,DDMS:DF_LOCAL_INDICATORS(1.0),";
        var first = indicators.importObservations(Actors.MANAGER_RS, c.indicator, new StringReader(head
                + row + "M," + c.territory + ",2022,1.5,KWH,3\n" + row + "M," + c.territory + ",2023-W05,2,kWh,\n"
                + row + "M," + c.territory + ",2024-03-15T10:00:00+01:00,3,,\n" + row + "D," + c.territory + ",2018,,,\n"),
                "first.csv");
        assertEquals(new ImportCounts(3, 0, 0, 1), first.counts(), "a new indicator: deleting what is not there changes nothing");
        assertEquals(0, new java.math.BigDecimal("1500").compareTo(indicators.series(Actors.MANAGER_RS, c.indicator).stream()
                .filter(o -> o.period().equals("2022")).findFirst().orElseThrow().value()), "UNIT_MULT 3 applied");
        var second = indicators.importObservations(Actors.MANAGER_RS, c.indicator, new StringReader(head
                + row + "M," + c.territory + ",2022,1500,,\n" + row + "M," + c.territory + ",2023-W05,2.5,,\n"
                + row + "D," + c.territory + ",2024-03-15T10:00:00+01:00,-,,\n" + row + "D," + c.territory + ",2019,,,\n"), "second.csv");
        assertEquals(new ImportCounts(0, 1, 1, 2), second.counts(), "same value unchanged; deleting an absent key changes nothing");
        assertEquals(2, c.observations());
        assertTrue(audit.history(Actors.ADMIN, "Indicator", c.indicator).stream()
                .anyMatch(e -> e.getChanges().contains("0 inserted, 1 updated, 1 deleted, 2 unchanged")));

        ImportRefusedException foreign = assertThrows(ImportRefusedException.class, () -> indicators.importObservations(
                Actors.MANAGER_RS, c.indicator, new StringReader(head + "dataflow,ESTAT:NA_MAIN(1.6.0),M," + c.territory
                        + ",2025,1,,\n"), "foreign.csv"));
        assertEquals("import.structureId", foreign.result().problems().get(0).key());
        assertEquals(2, c.observations());
    }

    @Test
    void lineageIsTheSameWalkedFromEitherEnd() {
        Chain c = new Chain();
        long decision = c.decision();
        // one chain: the pilot uses the company's data only
        PilotForm only = PilotForm.of(pilots.get(Actors.ADMIN, c.pilot));
        only.setDatasetIds(List.of(c.companyData));
        pilots.update(Actors.MANAGER_RS, c.pilot, only);
        Lineage fromAgreement = lineage.walk(Actors.MANAGER_RS, Lineage.Kind.AGREEMENT, c.agreement);
        Lineage fromDecision = lineage.walk(Actors.MANAGER_RS, Lineage.Kind.DECISION, decision);
        Set<String> expected = Set.of("partnership-" + c.partnership, "agreement-" + c.agreement,
                "dataset-" + c.companyData, "indicator-" + c.indicator, "pilot-" + c.pilot, "decision-" + decision);
        assertEquals(expected, keys(fromAgreement));
        assertEquals(keys(fromAgreement), keys(fromDecision));
        assertEquals(edges(fromAgreement), edges(fromDecision));
        assertTrue(edges(fromDecision).containsAll(Set.of("agreement-" + c.agreement + ">dataset-" + c.companyData,
                "dataset-" + c.companyData + ">indicator-" + c.indicator, "indicator-" + c.indicator + ">pilot-" + c.pilot,
                "pilot-" + c.pilot + ">decision-" + decision)));
        // a second source of the pilot joins the picture walked from the decision, not from the agreement
        only.setVersion(pilots.get(Actors.ADMIN, c.pilot).getVersion());
        only.setDatasetIds(List.of(c.companyData, c.survey));
        pilots.update(Actors.MANAGER_RS, c.pilot, only);
        assertTrue(keys(lineage.walk(Actors.MANAGER_RS, Lineage.Kind.DECISION, decision)).contains("dataset-" + c.survey));
        assertFalse(keys(lineage.walk(Actors.MANAGER_RS, Lineage.Kind.AGREEMENT, c.agreement)).contains("dataset-" + c.survey));
        Lineage fromPilot = lineage.walk(Actors.MANAGER_RS, Lineage.Kind.PILOT, c.pilot);
        assertTrue(keys(fromPilot).contains("dataset-" + c.survey));

        // the city's contact reads the city's decision and pilot; of the agreement and the partnership,
        // which the city takes no part in, they see the place in the chain, not the name (issue 14)
        Actor stranger = new Actor("it.city." + c.n, "City contact", "city." + c.n + "@example.org",
                Set.of(org.ddmsportal.domain.shared.Role.CONTACT), "RS", c.territory);
        Lineage seen = lineage.walk(stranger, Lineage.Kind.DECISION, decision);
        var agreementNode = seen.nodes().stream().filter(n -> n.kind() == Lineage.Kind.AGREEMENT).findFirst().orElseThrow();
        assertFalse(agreementNode.readable());
        assertEquals("", agreementNode.label());
        var partnershipNode = seen.nodes().stream().filter(n -> n.kind() == Lineage.Kind.PARTNERSHIP).findFirst().orElseThrow();
        assertFalse(partnershipNode.readable());
        assertEquals("", partnershipNode.label());
        assertTrue(seen.nodes().stream().filter(n -> n.kind() == Lineage.Kind.PILOT).allMatch(Lineage.Node::readable));
        assertThrows(org.ddmsportal.application.shared.NotFoundException.class,
                () -> lineage.walk(stranger, Lineage.Kind.AGREEMENT, c.agreement));
        assertThrows(org.ddmsportal.application.shared.NotFoundException.class,
                () -> lineage.walk(stranger, Lineage.Kind.PARTNERSHIP, c.partnership));
        // a contact of an organisation that takes no part does not open the decision's lineage at all
        assertThrows(org.ddmsportal.application.shared.NotFoundException.class,
                () -> lineage.walk(Actors.contactUser("stranger." + c.n + "@example.org"), Lineage.Kind.DECISION, decision));
    }

    @Test
    void lineageCostsTheSameQueriesForSixNodesOrTwentyAndReadsNothingOutsideTheChain() throws Exception {
        Chain c = new Chain();
        c.decision();
        Runnable walk = () -> lineage.walk(Actors.MANAGER_RS, Lineage.Kind.PARTNERSHIP, c.partnership);
        walk.run();
        long six = QueryCounter.selects(dataSource, walk);
        Lineage small = lineage.walk(Actors.MANAGER_RS, Lineage.Kind.PARTNERSHIP, c.partnership);
        // more nodes of every kind that has a label or an access rule of its own: agreements, datasets
        for (int i = 0; i < 3; i++) {
            long more = c.agreement();
            for (int j = 0; j < 4; j++) {
                c.dataset("More " + i + "." + j + " " + c.n, c.company, more, Confidentiality.RESTRICTED);
            }
        }
        Lineage large = lineage.walk(Actors.MANAGER_RS, Lineage.Kind.PARTNERSHIP, c.partnership);
        assertEquals(small.nodes().size() + 15, large.nodes().size());
        assertEquals(six, QueryCounter.selects(dataSource, walk), "the same queries for " + large.nodes().size() + " nodes");
        assertTrue(six <= 10, six + " queries");
        assertFalse(large.truncated());

        // 2,000 datasets of another partnership, each with two links: not read for this chain
        long rowsBefore = rowsRead(walk);
        Chain other = new Chain();
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            Dataset model = datasets.get(Actors.ADMIN, other.companyData);
            try (PreparedStatement insert = con.prepareStatement("INSERT INTO dataset (title, provider_id, source_kind,"
                    + " agreement_id, granularity, periodicity, confidentiality, partnership_id, country_id, created_at,"
                    + " created_by, modified_at, modified_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(6), 'it', NOW(6), 'it')")) {
                for (int i = 1; i <= 2000; i++) {
                    insert.setString(1, "Bulk " + i);
                    insert.setLong(2, model.getProvider().getId());
                    insert.setString(3, model.getSourceKind().name());
                    insert.setLong(4, other.agreement);
                    insert.setString(5, model.getGranularity().name());
                    insert.setString(6, model.getPeriodicity().name());
                    insert.setString(7, model.getConfidentiality().name());
                    insert.setLong(8, other.partnership);
                    insert.setLong(9, model.getCountry().getId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            org.ddmsportal.it.SeededChange.record(con, "PilotDataIT"); // as a user's change would
        }
        long rowsAfter = rowsRead(walk);
        assertTrue(rowsAfter - rowsBefore < 500, "rows read: " + rowsBefore + " before, " + rowsAfter + " after");
        // and the other partnership's lineage is cut at the limit, nearest first, and says so
        Lineage cut = lineage.walk(Actors.ADMIN, Lineage.Kind.PARTNERSHIP, other.partnership);
        assertTrue(cut.truncated());
        assertEquals(LineageService.MAX_NODES + 1, cut.nodes().size());
        assertTrue(keys(cut).contains("agreement-" + other.agreement));
        assertFalse(keys(cut).contains("indicator-" + other.indicator), "two links away: beyond the nearest");
    }

    /** Rows read by the server (every handler read, globally) while the action runs. */
    private long rowsRead(Runnable action) throws SQLException {
        long before = rowsRead();
        action.run();
        return rowsRead() - before;
    }

    private long rowsRead() throws SQLException {
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement();
             ResultSet rs = st.executeQuery("SELECT SUM(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS"
                     + " WHERE VARIABLE_NAME LIKE 'HANDLER_READ%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void wrongScopeWritesAreRefusedAndAListPageCostsTheSameQueriesForTwoOrTenRows() throws Exception {
        Chain c = new Chain();
        DatasetForm form = DatasetForm.of(datasets.get(Actors.ADMIN, c.survey));
        form.setTitle("Changed by Italy");
        assertThrows(AccessDeniedException.class, () -> datasets.update(Actors.MANAGER_IT, c.survey, form));
        assertEquals("Survey " + c.n, datasets.get(Actors.ADMIN, c.survey).getTitle());
        PilotForm pilot = PilotForm.of(pilots.get(Actors.ADMIN, c.pilot));
        assertThrows(AccessDeniedException.class, () -> pilots.update(Actors.MANAGER_IT, c.pilot, pilot));
        IndicatorForm indicator = IndicatorForm.of(indicators.get(Actors.ADMIN, c.indicator));
        assertThrows(AccessDeniedException.class, () -> indicators.update(Actors.MANAGER_IT, c.indicator, indicator));
        DecisionForm decision = DecisionForm.of(decisions.get(Actors.ADMIN, c.decision()));
        decision.setTitle("Changed by a stranger");
        assertThrows(AccessDeniedException.class, () -> decisions.create(Actors.MANAGER_IT, decision));
        assertThrows(AccessDeniedException.class, () -> decisions.create(Actors.contactUser("x." + c.n + "@example.org"), decision));

        // conflicts: a stale version is refused and nothing is overwritten
        form.setTitle("Stale");
        datasets.update(Actors.MANAGER_RS, c.survey, DatasetForm.of(datasets.get(Actors.ADMIN, c.survey)));
        DatasetForm fresh = DatasetForm.of(datasets.get(Actors.ADMIN, c.survey));
        fresh.setTitle("Renamed " + c.n);
        datasets.update(Actors.MANAGER_RS, c.survey, fresh);
        fresh.setTitle("Stale " + c.n);
        assertThrows(ConcurrentEditException.class, () -> datasets.update(Actors.MANAGER_RS, c.survey, fresh));
        assertEquals("Renamed " + c.n, datasets.get(Actors.ADMIN, c.survey).getTitle());

        for (int i = 0; i < 10; i++) {
            new Chain();
        }
        assertEquals(QueryCounter.selects(dataSource, () -> pilots.search(Actors.ADMIN, PilotCriteria.all().withCountry("RS"), page(2)).rows().forEach(p -> p.isLapsed(LocalDate.now()))),
                QueryCounter.selects(dataSource, () -> pilots.search(Actors.ADMIN, PilotCriteria.all().withCountry("RS"), page(10)).rows().forEach(p -> p.isLapsed(LocalDate.now()))), "pilots");
        assertEquals(QueryCounter.selects(dataSource, () -> datasets.search(Actors.ADMIN, DatasetCriteria.all().withCountry("RS"), page(2)).rows().forEach(d -> d.isLapsed(LocalDate.now()))),
                QueryCounter.selects(dataSource, () -> datasets.search(Actors.ADMIN, DatasetCriteria.all().withCountry("RS"), page(10)).rows().forEach(d -> d.isLapsed(LocalDate.now()))), "datasets");
        assertEquals(QueryCounter.selects(dataSource, () -> indicators.search(Actors.ADMIN, IndicatorCriteria.all().withCountry("RS"), page(2)).rows().forEach(i -> i.isLapsed(LocalDate.now()))),
                QueryCounter.selects(dataSource, () -> indicators.search(Actors.ADMIN, IndicatorCriteria.all().withCountry("RS"), page(10)).rows().forEach(i -> i.isLapsed(LocalDate.now()))), "indicators");
    }

    /** A SELECT of one pilot by its id (the repository's find, with its joins): the pilot page's own read. */
    private static final Pattern PILOT_BY_ID = Pattern.compile(
            "(?s)^SELECT (t\\d+)\\.ID,[^()]*\\bpilot \\1\\b.*?\\bWHERE \\(+\\1\\.ID = \\?\\)|^SELECT ID,[^()]*\\bFROM pilot WHERE \\(ID = \\?\\)");

    @Test
    void aPilotPageReadsItsPilotOnceWhateverItsTabsHold() {
        Chain c = new Chain();
        c.phase(2); // the gates asked for the next phase depend on the phase, not on the tabs
        Runnable page = () -> pilotPage(Actors.MANAGER_RS, c.pilot);
        // (before the page passed its record: 15 selects, the pilot read 5 times, and 21 with 11 reads here)
        List<String> empty = QueryCounter.jpaSelects(page);
        for (int i = 0; i < 3; i++) {
            StakeholderForm s = new StakeholderForm();
            s.setName("Council " + i + " " + c.n);
            s.setInterest(Level.HIGH);
            s.setInfluence(Level.LOW);
            stakeholders.add(Actors.MANAGER_RS, c.pilot, s);
            LessonForm l = new LessonForm();
            l.setCategory(LessonCategory.OBSTACLE);
            l.setText("Lesson " + i);
            lessons.add(Actors.MANAGER_RS, LessonService.PILOT, c.pilot, l);
        }
        List<String> full = QueryCounter.jpaSelects(page);
        assertEquals(1, full.stream().filter(sql -> PILOT_BY_ID.matcher(sql).find()).count(),
                "the page's use cases read the pilot once: " + full);
        assertEquals(empty.size(), full.size(), "the same queries with 3 stakeholders and 3 lessons: "
                + empty + " / " + full);
        // the rules are still checked, on the record passed: another country's manager may change nothing
        Pilot pilot = pilots.get(Actors.MANAGER_IT, c.pilot);
        assertFalse(stakeholders.mayMap(Actors.MANAGER_IT, pilot));
        assertFalse(lessons.mayRecord(Actors.MANAGER_IT, pilot));
        assertTrue(lessons.mayRecord(Actors.MANAGER_RS, pilot));
    }

    /**
     * What /app/pilots/view asks while it renders ({@code PilotViewBacking}, the lifecycle panel,
     * the stakeholder and lessons tabs), each tab's rule asked once per row as the page does, on
     * the record the page loaded (the indicators' and decisions' lists are list queries, counted
     * with the lists).
     */
    private void pilotPage(Actor a, long id) {
        Pilot p = pilots.find(a, id).orElseThrow();
        pilots.mayEdit(a, p);
        pilots.pilotsInCountry(p);
        pilots.missingFor(a, p, p.getPhase() + 1);
        pilots.availableTransitions(a, p);
        pilots.lifecycle(a, p);
        pilots.history(a, p);
        List<Stakeholder> rows = stakeholders.ofPilot(a, p);
        rows.forEach(s -> stakeholders.mayMap(a, p));
        stakeholders.mayMap(a, p);
        List<Lesson> found = lessons.attachedTo(a, p);
        found.forEach(l -> lessons.mayRecord(a, p));
        lessons.mayRecord(a, p);
    }

    private static PageRequest page(int size) {
        return new PageRequest(0, size, "modifiedAt", false, null, null);
    }


    private static Set<String> keys(Lineage l) {
        return l.nodes().stream().map(Lineage.Node::key).collect(Collectors.toSet());
    }

    private static Set<String> edges(Lineage l) {
        return l.edges().stream().map(e -> e.from().key() + ">" + e.to().key()).collect(Collectors.toSet());
    }
}
