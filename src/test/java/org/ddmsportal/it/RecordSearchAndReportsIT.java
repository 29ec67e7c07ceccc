package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.casestudy.LessonForm;
import org.ddmsportal.application.casestudy.LessonService;
import org.ddmsportal.application.data.DatasetForm;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.data.IndicatorForm;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.pilot.PilotForm;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.contact.ContactForm;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.application.report.CountryReport;
import org.ddmsportal.application.report.CountryReports;
import org.ddmsportal.application.search.RecordSearch;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Page;
import java.util.Map;
import org.ddmsportal.application.search.RecordSearch.Kind;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.casestudy.LessonCategory;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The header's search across records and the management reports (issue 14) on the real WAR,
 * each test with its own Serbian and Italian records: the search finds an agreement by its
 * reference, an organisation by name and by acronym, a city, an indicator by code — and never
 * an agreement the searcher may not read (another country's manager, a contact whose
 * organisation takes no part); the country report's PDF and workbook hold the country's
 * partnerships and agreement references and nothing of another country's; who may not have a
 * report is refused. Under load (issue 14): a report is made once per change and kept (only the
 * change mark is read when it is asked again; a change through the portal makes it anew; the
 * policy is asked first; a coordinator never gets the file with the manager's confidential
 * values), and its statements do not grow with the country's records.
 */
@ExtendWith(ArquillianExtension.class)
class RecordSearchAndReportsIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RecordSearch search;

    @Inject
    CountryReports reports;

    @Inject
    AgreementQueries agreements;

    @Inject
    AgreementDrafting agreementDrafting;

    @Inject
    PartnershipService partnerships;

    @Inject
    OrganisationService organisations;

    @Inject
    ContactService contacts;

    @Inject
    DatasetService datasets;

    @Inject
    PilotService pilots;

    @Inject
    IndicatorService indicators;

    @Inject
    LessonService lessons;

    @Resource(lookup = "java:app/jdbc/ddms")
    DataSource dataSource;

    /** A country's chain: NSI, city, company (with an acronym) and its contact, partnership, agreement, dataset, pilot, indicator. */
    private final class Scenario {
        final long n = SEQUENCE.incrementAndGet();
        final String country;
        final Actor manager;
        final String word;
        final String territory;
        final long nsi;
        final long city;
        final long company;
        final String companyCode;
        final String acronym;
        final String engineerEmail;
        final long engineer;
        final long partnership;
        final long agreement;
        final String reference;
        final long dataset;
        final long pilot;
        final String indicatorCode;
        final long indicator;

        Scenario(String country, Actor manager) {
            this(country, manager, SEQUENCE.incrementAndGet());
        }

        /** Scenarios of one family share the text "Zq" + family in their names and titles. */
        Scenario(String country, Actor manager, long family) {
            this.word = "Zq" + family + "n" + n;
            this.country = country;
            this.manager = manager;
            territory = country + "T" + (n % 1_000_000L);
            nsi = organisation("Statistical office " + word, "NSI", null, null, null);
            city = organisation("Testograd " + word, "MUNICIPALITY", null, null, territory);
            companyCode = country + "-CO-" + n;
            acronym = "AC" + n;
            company = organisation("Elektroprivreda " + word, "UTILITY", companyCode, acronym, null);
            engineerEmail = "engineer." + n + "@company.test";
            engineer = contact("Marko Inženjer " + word, engineerEmail, company);
            partnership = partnership();
            agreement = agreement();
            reference = agreements.get(Actors.ADMIN, agreement).getReference();
            dataset = dataset();
            pilot = pilot();
            indicatorCode = country + "-IND-" + n;
            indicator = indicator();
        }

        private long organisation(String name, String type, String code, String acronym, String territory) {
            OrganisationForm form = new OrganisationForm();
            form.setName(name);
            form.setCountryCode(country);
            form.setTypeCode(type);
            form.setCode(code);
            form.setAcronym(acronym);
            if (territory != null) {
                form.setTerritorialCode(territory);
                form.setLatitude(new java.math.BigDecimal("44.786600"));
                form.setLongitude(new java.math.BigDecimal("20.448900"));
            }
            return organisations.create(Actors.ADMIN, form);
        }

        private long contact(String name, String email, long organisation) {
            ContactForm form = new ContactForm();
            form.setFullName(name);
            form.setEmail(email);
            form.setOrganisationId(organisation);
            return contacts.create(Actors.ADMIN, form);
        }

        private long partnership() {
            PartnershipForm form = new PartnershipForm();
            form.setTitle("Aardvark report partnership " + word);
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
            form.setTitle("Consumption data " + word);
            form.setEffectiveDate(LocalDate.now().minusDays(10));
            form.setExpiryDate(LocalDate.now().plusYears(1));
            AgreementForm.PartyRow party = new AgreementForm.PartyRow();
            party.setOrganisationId(company);
            party.setContactId(engineer);
            party.setRole(PartyRole.SIGNER);
            party.setOrder(1);
            form.setParties(List.of(party));
            return agreementDrafting.create(manager, form);
        }

        private long dataset() {
            DatasetForm form = new DatasetForm();
            form.setTitle("Consumption " + word);
            form.setProviderId(company);
            form.setSourceKind(SourceKind.ADMINISTRATIVE);
            form.setAgreementId(agreement);
            form.setPartnershipId(partnership);
            form.setConfidentiality(Confidentiality.PUBLIC);
            return datasets.create(manager, form);
        }

        private long pilot() {
            PilotForm form = new PilotForm();
            form.setTitle("Prices pilot " + word);
            form.setCityId(city);
            form.setLeadId(nsi);
            form.setPolicyQuestion("How will prices develop?");
            form.setDecision("Energy-poverty scheme");
            form.setStatisticalMethods("Small-area estimation");
            form.setDatasetIds(List.of(dataset));
            form.setPartnershipIds(List.of(partnership));
            return pilots.create(manager, form);
        }

        private long indicator() {
            IndicatorForm form = new IndicatorForm();
            form.setCode(indicatorCode);
            form.setNameEn("Consumption per inhabitant " + word);
            form.setNameFr("Consommation par habitant " + word);
            form.setNameRu("Потребление на жителя " + word);
            form.setUnit("kWh");
            form.setPilotId(pilot);
            form.setDatasetIds(List.of(dataset));
            long id = indicators.create(manager, form);
            indicators.importObservations(manager, id, new StringReader("territory,period,value,status\n"
                    + territory + ",2024,1702.5,final\n"), "values.csv");
            return id;
        }

        /** A contact user of the company (a party to the agreement). */
        Actor companyContact() {
            return new Actor("it.party." + n, "Party (test)", "someone." + n + "@company.test", Set.of(Role.CONTACT),
                    null, companyCode);
        }
    }

    /** {@code count} memorandums of the scenario's partnership titled "{title} 0", "{title} 1", …, drafted by its manager. */
    private void memorandums(Scenario s, String title, int count) {
        for (int i = 0; i < count; i++) {
            AgreementForm form = new AgreementForm();
            form.setPartnershipId(s.partnership);
            form.setKind(AgreementKind.MOU);
            form.setTitle(title + " " + i);
            agreementDrafting.create(Actors.MANAGER_RS, form);
        }
    }

    private static Set<Long> ids(RecordSearch.Group group) {
        Set<Long> ids = new java.util.HashSet<>();
        group.items().forEach(i -> ids.add(i.id()));
        return ids;
    }

    private Set<Long> found(Actor actor, Kind kind, String text) {
        return ids(search.group(actor, kind, text, 1, Locale.ENGLISH));
    }

    @Test
    void theSearchFindsEachKindByWhatPeopleType() {
        Scenario s = new Scenario("RS", Actors.MANAGER_RS);
        assertTrue(found(Actors.MANAGER_RS, Kind.AGREEMENT, s.reference).contains(s.agreement), s.reference);
        assertEquals(java.util.Optional.of(s.agreement), search.exactAgreement(Actors.MANAGER_RS, s.reference),
                "an exact reference goes straight to its agreement");
        assertEquals(java.util.Optional.of(s.agreement),
                search.exactAgreement(Actors.MANAGER_RS, " " + s.reference.toLowerCase(Locale.ROOT) + " "));
        assertTrue(found(Actors.MANAGER_RS, Kind.ORGANISATION, "Elektroprivreda " + s.word).contains(s.company));
        assertTrue(found(Actors.MANAGER_RS, Kind.ORGANISATION, s.acronym).contains(s.company), "by acronym");
        assertTrue(found(Actors.MANAGER_RS, Kind.CITY, "Testograd " + s.word).contains(s.city));
        assertFalse(found(Actors.MANAGER_RS, Kind.CITY, s.word).contains(s.company), "a company is no city");
        assertTrue(found(Actors.MANAGER_RS, Kind.INDICATOR, s.indicatorCode).contains(s.indicator));
        assertTrue(found(Actors.MANAGER_RS, Kind.PARTNERSHIP, "Aardvark report partnership " + s.word).contains(s.partnership));
        assertTrue(found(Actors.MANAGER_RS, Kind.CONTACT, s.engineerEmail).contains(s.engineer));
        assertTrue(found(Actors.MANAGER_RS, Kind.PILOT, "Prices pilot " + s.word).contains(s.pilot));
        assertTrue(found(Actors.MANAGER_RS, Kind.DATASET, "Consumption " + s.word).contains(s.dataset));

        // the overview: one group per kind with a match, each with its count
        List<RecordSearch.Group> groups = search.overview(Actors.MANAGER_RS, s.word, Locale.ENGLISH);
        List<Kind> kinds = new ArrayList<>(groups.stream().map(RecordSearch.Group::kind).toList());
        assertTrue(kinds.containsAll(List.of(Kind.AGREEMENT, Kind.PARTNERSHIP, Kind.ORGANISATION, Kind.CITY,
                Kind.CONTACT, Kind.PILOT, Kind.DATASET, Kind.INDICATOR)), kinds.toString());
        RecordSearch.Group orgs = groups.stream().filter(g -> g.kind() == Kind.ORGANISATION).findFirst().orElseThrow();
        assertEquals(3, orgs.total(), "the NSI, the city and the company");
        assertTrue(search.overview(Actors.MANAGER_RS, "Z", Locale.ENGLISH).isEmpty(), "one letter searches nothing");
    }

    @Test
    void theSearchNeverShowsAnAgreementTheSearcherMayNotRead() {
        Scenario rs = new Scenario("RS", Actors.MANAGER_RS);
        // another country's manager: neither in the group nor straight to it
        assertFalse(found(Actors.MANAGER_IT, Kind.AGREEMENT, rs.reference).contains(rs.agreement));
        assertFalse(found(Actors.MANAGER_IT, Kind.AGREEMENT, rs.word).contains(rs.agreement));
        assertTrue(search.exactAgreement(Actors.MANAGER_IT, rs.reference).isEmpty());
        // a contact of an organisation that takes no part
        Actor outsider = new Actor("it.outsider." + rs.n, "Outsider", "outsider." + rs.n + "@elsewhere.test",
                Set.of(Role.CONTACT), null, "NOT-A-PARTY-" + rs.n);
        assertFalse(found(outsider, Kind.AGREEMENT, rs.reference).contains(rs.agreement));
        assertTrue(search.exactAgreement(outsider, rs.reference).isEmpty());
        assertTrue(search.overview(outsider, rs.word, Locale.ENGLISH).stream().noneMatch(g -> g.kind() == Kind.AGREEMENT));
        // the party's contact and the coordinator do find it: the same rule as their lists
        assertTrue(found(rs.companyContact(), Kind.AGREEMENT, rs.reference).contains(rs.agreement));
        assertTrue(found(Actors.COORDINATOR, Kind.AGREEMENT, rs.reference).contains(rs.agreement));
        assertEquals(java.util.Optional.of(rs.agreement), search.exactAgreement(rs.companyContact(), rs.reference));
    }

    /** The overview costs the same queries for one match per kind as for three: what a row shows is read with its page. */
    @Test
    void theOverviewCostsTheSameForOneMatchAsForThree() {
        long family = SEQUENCE.incrementAndGet();
        Scenario one = new Scenario("RS", Actors.MANAGER_RS, family);
        new Scenario("RS", Actors.MANAGER_RS, family);
        new Scenario("RS", Actors.MANAGER_RS, family);
        List<RecordSearch.Group> three = search.overview(Actors.MANAGER_RS, "Zq" + family, Locale.ENGLISH);
        List<RecordSearch.Group> single = search.overview(Actors.MANAGER_RS, one.word, Locale.ENGLISH);
        assertEquals(single.stream().map(RecordSearch.Group::kind).toList(), three.stream().map(RecordSearch.Group::kind).toList());
        assertTrue(three.stream().allMatch(g -> g.total() >= 3), three.toString());
        // the statements the application sends (a batch reads its rows with one IN, whatever their number)
        List<String> oneSql = QueryCounter.jpaSelects(() -> search.overview(Actors.MANAGER_RS, one.word, Locale.ENGLISH));
        List<String> manySql = QueryCounter.jpaSelects(() -> search.overview(Actors.MANAGER_RS, "Zq" + family, Locale.ENGLISH));
        assertEquals(oneSql.size(), manySql.size(), "one match per kind: " + oneSql + "\nthree: " + manySql);
        assertTrue(manySql.size() <= 2 * RecordSearch.Kind.values().length + 6, manySql.size() + " statements: " + manySql);
    }

    @Test
    void aGroupIsPagedWithItsCount() {
        Scenario s = new Scenario("RS", Actors.MANAGER_RS);
        memorandums(s, "Paged " + s.word, 22);
        RecordSearch.Group first = search.group(Actors.MANAGER_RS, Kind.AGREEMENT, "Paged " + s.word, 1, Locale.ENGLISH);
        RecordSearch.Group second = search.group(Actors.MANAGER_RS, Kind.AGREEMENT, "Paged " + s.word, 2, Locale.ENGLISH);
        assertEquals(22, first.total());
        assertEquals(2, first.pages());
        assertEquals(RecordSearch.GROUP_PAGE, first.items().size());
        assertEquals(2, second.items().size());
        Set<Long> all = new java.util.HashSet<>(ids(first));
        all.addAll(ids(second));
        assertEquals(22, all.size());
        RecordSearch.Group overview = search.overview(Actors.MANAGER_RS, "Paged " + s.word, Locale.ENGLISH).get(0);
        assertEquals(RecordSearch.OVERVIEW, overview.items().size());
        assertEquals(22, overview.total());
    }

    @Test
    void aCountStopsWhereItIsAskedToAndSaysThereIsMore() {
        Scenario s = new Scenario("RS", Actors.MANAGER_RS);
        memorandums(s, "Bounded " + s.word, 5);
        PageRequest all = new PageRequest(0, 2, null, true, Map.of(), "Bounded " + s.word);
        Page<Agreement> exact = agreements.search(Actors.MANAGER_RS, all);
        Page<Agreement> bounded = agreements.search(Actors.MANAGER_RS, all.countingUpTo(3));
        Page<Agreement> roomy = agreements.search(Actors.MANAGER_RS, all.countingUpTo(5));
        assertEquals(5, exact.total());
        assertFalse(exact.more());
        assertEquals(3, bounded.total());
        assertTrue(bounded.more(), "more than the 3 counted");
        assertEquals(exact.rows().stream().map(Agreement::getId).toList(),
                bounded.rows().stream().map(Agreement::getId).toList(), "the page itself is the same");
        assertEquals(5, roomy.total());
        assertFalse(roomy.more(), "exactly as many as the bound is not more");
        // the same bound for another country's manager: none of them, nothing more
        Page<Agreement> other = agreements.search(Actors.MANAGER_IT, all.countingUpTo(3));
        assertEquals(0, other.total());
        assertFalse(other.more());
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theCountryReportHoldsTheCountrysRecordsAndNoOtherCountrys() throws Exception {
        Scenario rs = new Scenario("RS", Actors.MANAGER_RS);
        Scenario it = new Scenario("IT", Actors.MANAGER_IT);
        LessonForm lesson = new LessonForm();
        lesson.setCategory(LessonCategory.SUCCESS_FACTOR);
        lesson.setText("Sign the data-sharing agreement early " + rs.word);
        lessons.add(Actors.MANAGER_RS, LessonService.PARTNERSHIP, rs.partnership, lesson);

        CountryReports.ReportFile pdf = reports.countryFile(Actors.MANAGER_RS, "rs", CountryReports.Format.PDF,
                Locale.ENGLISH);
        assertEquals("application/pdf", pdf.contentType());
        String text = pdfText(pdf.content());
        assertTrue(text.contains("Country report — Serbia"), text.substring(0, Math.min(300, text.length())));
        for (String expected : List.of("Aardvark report partnership " + rs.word, rs.reference, "Prices pilot " + rs.word,
                rs.indicatorCode, "Sign the data-sharing agreement early " + rs.word,
                "Partnership pipeline", "Prospect", "Data-sharing agreement signed", "Decision recorded")) {
            assertTrue(text.contains(expected), () -> expected + " missing from the PDF");
        }
        // the charts (the first 12 of the country's indicators by code that have values: on a shared
        // database other tests' Serbian indicators may come first, without values, so that there is no
        // chart and no charts' heading) are checked by ReportDocumentsTest
        assertFalse(text.contains(it.word), "nothing of Italy's");
        assertFalse(text.contains(it.reference), "no Italian agreement");

        // in Russian: the headings in Cyrillic, extracted as text (the embedded DejaVu fonts)
        String ru = pdfText(reports.countryFile(Actors.MANAGER_RS, "RS", CountryReports.Format.PDF,
                Locale.forLanguageTag("ru")).content());
        assertTrue(ru.contains("Партнёрства") && ru.contains("Соглашения"), ru.substring(0, Math.min(400, ru.length())));
        assertTrue(ru.contains("Потребление на жителя " + rs.word));

        CountryReports.ReportFile xlsx = reports.countryFile(Actors.COORDINATOR, "RS", CountryReports.Format.XLSX,
                Locale.ENGLISH);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(sh -> sheets.add(sh.getSheetName()));
            assertEquals(List.of("Partnership pipeline", "Partnerships", "Agreements", "Pilots", "Indicators", "Case studies",
                            "Lessons learned"),
                    sheets);
            assertTrue(column(book.getSheet("Partnerships"), 0).contains("Aardvark report partnership " + rs.word));
            assertTrue(column(book.getSheet("Agreements"), 0).contains(rs.reference));
            assertFalse(column(book.getSheet("Agreements"), 0).contains(it.reference));
            assertEquals("Reference", book.getSheet("Agreements").getRow(2).getCell(0).getStringCellValue());
        }
    }

    private static List<String> column(Sheet sheet, int index) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getCell(index) != null) {
                values.add(row.getCell(index).toString());
            }
        }
        return values;
    }

    @Test
    void onlyTheCountrysManagerAndTheCoordinatorsHaveItsReport() throws Exception {
        new Scenario("RS", Actors.MANAGER_RS);
        for (Actor refused : List.of(Actors.MANAGER_IT, Actors.STAFF_RS, Actors.contactUser("x@company.test"))) {
            AccessDeniedException e = assertThrows(AccessDeniedException.class,
                    () -> reports.countryFile(refused, "RS", CountryReports.Format.PDF, Locale.ENGLISH), refused.username());
            assertEquals(403, e.httpStatus());
        }
        assertThrows(AccessDeniedException.class, () -> reports.summaryFile(Actors.MANAGER_RS, CountryReports.Format.XLSX,
                Locale.ENGLISH));
        reports.countryFile(Actors.ADMIN, "IT", CountryReports.Format.XLSX, Locale.ENGLISH);

        // the cross-country summary: one table per figure, a row per country with records
        String summary = pdfText(reports.summaryFile(Actors.COORDINATOR, CountryReports.Format.PDF, Locale.ENGLISH)
                .content());
        assertTrue(summary.contains("Cross-country summary") && summary.contains("Serbia (RS)")
                && summary.contains("Pilots by GSBPM phase"), summary.substring(0, Math.min(400, summary.length())));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(reports.summaryFile(Actors.COORDINATOR,
                CountryReports.Format.XLSX, Locale.forLanguageTag("fr")).content()))) {
            assertEquals("Partenariats par statut", book.getSheetAt(0).getSheetName());
            assertEquals(5, book.getNumberOfSheets());
            assertTrue(column(book.getSheetAt(0), 0).stream().anyMatch(v -> v.contains("(RS)")));
        }
    }
    // --- the report under load: kept per change, bounded, a fixed number of statements ---

    private static Actor manager(String country) {
        return new Actor("it.manager." + country.toLowerCase(Locale.ROOT), "Manager " + country,
                "manager." + country + "@test.ddms", Set.of(Role.NSI_MANAGER), country, null);
    }

    private void lessonOn(String kind, long owner, String text) {
        LessonForm lesson = new LessonForm();
        lesson.setCategory(LessonCategory.OBSTACLE);
        lesson.setText(text);
        lessons.add(Actors.ADMIN, kind, owner, lesson);
    }

    /**
     * A country's report is made once per change: asked again, the same file is given and only the
     * change mark is read; a partnership created through the portal is in the next one. The policy
     * is asked first on every request (another country's manager is refused while the file is kept),
     * and the charts' confidential values, which its manager sees and a coordinator does not, are
     * kept apart.
     */
    @Test
    void aReportIsMadeOncePerChangeAndAgainAfterOne() throws Exception {
        Actor managerGe = manager("GE");
        Scenario s = new Scenario("GE", managerGe);
        // the indicator's latest value is confidential: for the country's managers, not the coordinators
        indicators.importObservations(managerGe, s.indicator, new StringReader("territory,period,value,status\n"
                + s.territory + ",2025,4242.75,confidential\n"), "confidential.csv");

        CountryReports.ReportFile first = reports.countryFile(managerGe, "GE", CountryReports.Format.PDF, Locale.ENGLISH);
        long again = QueryCounter.selects(dataSource,
                () -> reports.countryFile(managerGe, "GE", CountryReports.Format.PDF, Locale.ENGLISH));
        assertTrue(again <= 2, "kept: only the change mark is read, not " + again);
        assertSame(first, reports.countryFile(managerGe, "GE", CountryReports.Format.PDF, Locale.ENGLISH),
                "the same file, not made again");
        assertTrue(pdfText(first.content()).contains("4242.75"), "the manager's chart has the confidential value");

        String coordinators = pdfText(reports.countryFile(Actors.COORDINATOR, "GE", CountryReports.Format.PDF,
                Locale.ENGLISH).content());
        assertTrue(coordinators.contains("Aardvark report partnership " + s.word));
        assertFalse(coordinators.contains("4242.75"), "never the manager's file for a coordinator");
        assertTrue(coordinators.contains("1702.5"), "the coordinator's chart has the latest value they may see");

        // the policy first, whether the file is kept or not
        for (Actor refused : List.of(Actors.MANAGER_IT, manager("AM"), Actors.STAFF_RS, Actors.contactUser("x@company.test"))) {
            AccessDeniedException e = assertThrows(AccessDeniedException.class,
                    () -> reports.countryFile(refused, "GE", CountryReports.Format.PDF, Locale.ENGLISH), refused.username());
            assertEquals(403, e.httpStatus());
        }

        // a change through the portal: the next file has it
        PartnershipForm form = new PartnershipForm();
        form.setTitle("Aardvark fresh partnership " + s.word);
        form.setLeadId(s.nsi);
        form.setType(PartnershipType.DATA_SHARING);
        partnerships.create(Actors.ADMIN, form);
        CountryReports.ReportFile after = reports.countryFile(managerGe, "GE", CountryReports.Format.PDF, Locale.ENGLISH);
        assertNotSame(first, after);
        assertTrue(pdfText(after.content()).contains("Aardvark fresh partnership " + s.word), "made anew after the change");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(reports.countryFile(Actors.COORDINATOR, "GE",
                CountryReports.Format.XLSX, Locale.ENGLISH).content()))) {
            assertTrue(column(book.getSheet("Partnerships"), 0).contains("Aardvark fresh partnership " + s.word));
        }
    }

    /**
     * The report's statements do not grow with the country's records: four times the partnerships,
     * agreements, pilots, indicators (charted) and lessons cost the same statements — each section is
     * one count and one page with its relations in batches, the lessons come with their owners' titles,
     * the charts' values in one read.
     */
    @Test
    void theReportsStatementsDoNotGrowWithTheData() throws Exception {
        Actor managerMk = manager("MK");
        long family = SEQUENCE.incrementAndGet();
        growReportData(new Scenario("MK", managerMk, family));
        // the pipeline comes from the dashboards' cache (computed once per change, DashboardIT counts it):
        // made before each count, so that both count the report's own statements
        reports.country(Actors.ADMIN, "MK", Locale.ENGLISH);
        List<String> one = QueryCounter.jpaSelects(() -> reports.country(Actors.ADMIN, "MK", Locale.ENGLISH));
        long oneAll = QueryCounter.selects(dataSource, () -> reports.country(Actors.ADMIN, "MK", Locale.ENGLISH));
        for (int i = 0; i < 3; i++) {
            growReportData(new Scenario("MK", managerMk, family));
        }
        CountryReport grown = reports.country(Actors.ADMIN, "MK", Locale.ENGLISH);
        assertTrue(grown.sections().stream().filter(x -> "agreements".equals(x.key())).findFirst().orElseThrow().total() >= 16,
                "four times the agreements");
        assertTrue(grown.charts().size() >= 4, "every indicator charted: " + grown.charts().size());
        List<String> many = QueryCounter.jpaSelects(() -> reports.country(Actors.ADMIN, "MK", Locale.ENGLISH));
        long manyAll = QueryCounter.selects(dataSource, () -> reports.country(Actors.ADMIN, "MK", Locale.ENGLISH));
        assertEquals(one.size(), many.size(), "one family: " + String.join("\n", one) + "\n\nfour: " + String.join("\n", many));
        assertEquals(oneAll, manyAll, "with the plain JDBC reads (charts)");
        assertTrue(manyAll <= 40, "a fixed handful of statements: " + manyAll + "\n" + String.join("\n", many));
    }

    /** Three more agreements and a lesson on the partnership and on the pilot. */
    private void growReportData(Scenario s) {
        for (int i = 0; i < 3; i++) {
            AgreementForm form = new AgreementForm();
            form.setPartnershipId(s.partnership);
            form.setKind(AgreementKind.MOU);
            form.setTitle("More " + s.word + " " + i);
            agreementDrafting.create(s.manager, form);
        }
        lessonOn(LessonService.PARTNERSHIP, s.partnership, "Partnership lesson " + s.word);
        lessonOn(LessonService.PILOT, s.pilot, "Pilot lesson " + s.word);
    }
}
