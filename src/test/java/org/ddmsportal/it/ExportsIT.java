package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.data.IndicatorForm;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.pilot.PilotForm;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.reference.ReferenceService;
import org.ddmsportal.application.contact.ContactForm;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.browser.SignedInClient;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.reference.Country;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every list's CSV and XLSX export as its users get them: records are built through the services
 * (inside Payara), then a demo user signs in through Keycloak over HTTP, opens the list page,
 * searches as the page's search field does (ajax) and presses the export button (a full POST);
 * the file is read with Commons CSV or Apache POI. Each file must hold exactly the matching rows
 * (the search respected; all of them, not one page), the page's columns under translated headers,
 * values as the page shows them in the user's language (statuses and kinds through the bundle,
 * organisation and country names, never an object's identity) and names planted to look like
 * formulas ({@code =cmd…}, {@code -Head…}) written as text ({@code '=cmd…}).
 */
@ExtendWith(ArquillianExtension.class)
class ExportsIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());
    private static final Pattern OBJECT_IDENTITY = Pattern.compile("[A-Za-z_$][\\w$]*@[0-9a-f]{4,8}\\b");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClass(SignedInClient.class);
    }

    @Inject
    OrganisationService organisations;

    @Inject
    ContactService contacts;

    @Inject
    PartnershipService partnerships;

    @Inject
    AgreementQueries agreements;

    @Inject
    AgreementDrafting agreementDrafting;

    @Inject
    PilotService pilots;

    @Inject
    org.ddmsportal.application.data.DatasetService datasets;

    @Inject
    IndicatorService indicators;

    @Inject
    ReferenceService reference;

    /** Serbian records whose names start like formulas, all found by one search term. */
    private final class Records {
        final long n = SEQUENCE.incrementAndGet();
        final String term = "xpt" + n;
        final String territory = "X" + (n % 100000000L);
        final String nsiName = "=cmd|' /C calc'!A0 NSI " + term;
        final long nsi = organisation(nsiName, "NSI", null);
        final String cityName = "City " + term;
        final long city = organisation(cityName, "MUNICIPALITY", territory);
        final String contactName = "=cmd Contact " + term;
        final long contact = contact();
        final String partnershipTitle = "=cmd Partnership " + term;
        final long partnership = partnership();
        final String agreementTitle = "+cmd Agreement " + term;
        final long agreement = agreement();
        final String pilotTitle = "@cmd Pilot " + term;
        final long pilot = pilot();

        private long organisation(String name, String type, String territorialCode) {
            OrganisationForm form = new OrganisationForm();
            form.setName(name);
            form.setCountryCode("RS");
            form.setTypeCode(type);
            if (territorialCode != null) {
                form.setTerritorialCode(territorialCode);
                form.setCity("-Belgrade " + term);
                form.setLatitude(new java.math.BigDecimal("44.786600"));
                form.setLongitude(new java.math.BigDecimal("20.448900"));
            }
            return organisations.create(Actors.ADMIN, form);
        }

        private long contact() {
            ContactForm form = new ContactForm();
            form.setFullName(contactName);
            form.setEmail("exports." + n + "@stat.test");
            form.setPosition("-Head of unit");
            form.setOrganisationId(nsi);
            return contacts.create(Actors.ADMIN, form);
        }

        private long partnership() {
            PartnershipForm form = new PartnershipForm();
            form.setTitle(partnershipTitle);
            form.setLeadId(nsi);
            form.setType(PartnershipType.DATA_SHARING);
            form.setDomainCodes(List.of("MOBILITY"));
            PartnershipForm.PartnerRow row = new PartnershipForm.PartnerRow();
            row.setOrganisationId(city);
            row.setRole(PartnerRole.DATA_PROVIDER);
            form.getPartners().add(row);
            return partnerships.create(Actors.ADMIN, form);
        }

        private long agreement() {
            AgreementForm form = new AgreementForm();
            form.setPartnershipId(partnership);
            form.setKind(AgreementKind.DSA);
            form.setTitle(agreementTitle);
            return agreementDrafting.create(Actors.MANAGER_RS, form);
        }

        final String datasetTitle = "=cmd Dataset " + term;

        /** A dataset of the city, under the (draft) agreement: not in force, so marked lapsed. */
        long dataset() {
            org.ddmsportal.application.data.DatasetForm form = new org.ddmsportal.application.data.DatasetForm();
            form.setTitle(datasetTitle);
            form.setProviderId(city);
            form.setSourceKind(org.ddmsportal.domain.data.SourceKind.ADMINISTRATIVE);
            form.setAgreementId(agreement);
            form.setPartnershipId(partnership);
            form.setConfidentiality(org.ddmsportal.domain.agreement.Confidentiality.PUBLIC);
            return datasets.create(Actors.MANAGER_RS, form);
        }

        private long pilot() {
            PilotForm form = new PilotForm();
            form.setTitle(pilotTitle);
            form.setCityId(city);
            form.setLeadId(nsi);
            return pilots.create(Actors.MANAGER_RS, form);
        }
    }

    @Test
    void organisations() throws Exception {
        Records r = new Records();
        SignedInClient user = signIn("manager.rs", "en");
        String nsiType = organisations.get(Actors.ADMIN, r.nsi).getType().nameIn(Locale.ENGLISH);
        for (String type : List.of("csv", "xlsx")) {
            Table table = export(user, "/app/organisations/list.xhtml", r.term, type);
            table.assertHeaders(Locale.ENGLISH, "organisation.name", "organisation.acronym", "organisation.type",
                    "organisation.country", "organisation.city", "organisation.parent");
            table.assertRows(2);
            table.assertRow("'" + r.nsiName, nsiType, "organisation.type");
            table.assertRow("'" + r.nsiName, "Serbia", "organisation.country");
            table.assertRow(r.cityName, "'-Belgrade " + r.term, "organisation.city");
            table.assertRow(r.cityName, "", "organisation.acronym");
        }
    }

    @Test
    void contactsInFrench() throws Exception {
        Records r = new Records();
        SignedInClient user = signIn("manager.rs", "fr");
        for (String type : List.of("csv", "xlsx")) {
            Table table = export(user, "/app/contacts/list.xhtml", r.term, type);
            table.assertHeaders(Locale.FRENCH, "contact.fullName", "contact.email", "contact.position",
                    "contact.organisation", "organisation.country");
            table.assertRows(1);
            table.assertRow("'" + r.contactName, "exports." + r.n + "@stat.test", "contact.email");
            table.assertRow("'" + r.contactName, "'-Head of unit", "contact.position");
            table.assertRow("'" + r.contactName, "'" + r.nsiName, "contact.organisation");
            table.assertRow("'" + r.contactName, "Serbie", "organisation.country");
        }
    }

    @Test
    void partnershipsInFrench() throws Exception {
        Records r = new Records();
        SignedInClient user = signIn("manager.rs", "fr");
        for (String type : List.of("csv", "xlsx")) {
            Table table = export(user, "/app/partnerships/list.xhtml", r.term, type);
            table.assertHeaders(Locale.FRENCH, "partnership.title", "partnership.lead", "organisation.country",
                    "partnership.status", "partnership.domains", "partnership.partners");
            table.assertRows(1);
            String title = "'" + r.partnershipTitle;
            table.assertRow(title, "'" + r.nsiName, "partnership.lead");
            table.assertRow(title, "Serbie", "organisation.country");
            table.assertRow(title, text(Locale.FRENCH, "Status.partnership.PROPOSED"), "partnership.status");
            table.assertRow(title, "Mobilité", "partnership.domains");
            table.assertRow(title, r.cityName, "partnership.partners");
        }
    }

    @Test
    void agreements() throws Exception {
        Records r = new Records();
        SignedInClient user = signIn("manager.rs", "en");
        String reference = agreements.get(Actors.ADMIN, r.agreement).getReference();
        for (String type : List.of("csv", "xlsx")) {
            Table table = export(user, "/app/agreements/list.xhtml", r.term, type);
            table.assertHeaders(Locale.ENGLISH, "agreement.reference", "agreement.title", "agreement.kind",
                    "agreement.partnership", "organisation.country", "agreement.status", "agreement.effectiveDate",
                    "agreement.expiryDate");
            table.assertRows(1);
            table.assertRow(reference, "'" + r.agreementTitle, "agreement.title");
            table.assertRow(reference, text(Locale.ENGLISH, "AgreementKind.DSA"), "agreement.kind");
            table.assertRow(reference, "'" + r.partnershipTitle, "agreement.partnership");
            table.assertRow(reference, "Serbia", "organisation.country");
            table.assertRow(reference, text(Locale.ENGLISH, "Status.agreement.DRAFT"), "agreement.status");
            table.assertRow(reference, "", "agreement.expiryDate");
        }
    }

    @Test
    void pilots() throws Exception {
        Records r = new Records();
        SignedInClient user = signIn("manager.rs", "en");
        int phase = pilots.get(Actors.ADMIN, r.pilot).getPhase();
        String phaseName = reference.gsbpmPhases().stream().filter(g -> g.getCode().equals(Integer.toString(phase)))
                .findFirst().orElseThrow().nameIn(Locale.ENGLISH);
        for (String type : List.of("csv", "xlsx")) {
            Table table = export(user, "/app/pilots/list.xhtml", r.term, type);
            table.assertHeaders(Locale.ENGLISH, "pilot.title", "pilot.city", "organisation.country", "pilot.status",
                    "pilot.phase");
            table.assertRows(1);
            String title = "'" + r.pilotTitle;
            table.assertRow(title, r.cityName, "pilot.city");
            table.assertRow(title, "Serbia", "organisation.country");
            table.assertRow(title, text(Locale.ENGLISH, "Status.pilot.PLANNED"), "pilot.status");
            table.assertRow(title, phase + " " + phaseName, "pilot.phase");
        }
    }

    /** The dataset list exports as the others do (it had no buttons), its codes as words, formulas defused. */
    @Test
    void datasets() throws Exception {
        Records r = new Records();
        r.dataset();
        String reference = agreements.get(Actors.MANAGER_RS, r.agreement).getReference();
        SignedInClient user = signIn("manager.rs", "en");
        for (String type : List.of("csv", "xlsx")) {
            Table table = export(user, "/app/datasets/list.xhtml", r.term, type);
            table.assertHeaders(Locale.ENGLISH, "dataset.title", "dataset.provider", "organisation.country",
                    "dataset.sourceKind", "dataset.confidentiality", "dataset.agreement");
            table.assertRows(1);
            String title = "'" + r.datasetTitle + " " + text(Locale.ENGLISH, "lapsed.badge");
            table.assertRow(title, r.cityName, "dataset.provider");
            table.assertRow(title, "Serbia", "organisation.country");
            table.assertRow(title, text(Locale.ENGLISH, "SourceKind.ADMINISTRATIVE"), "dataset.sourceKind");
            table.assertRow(title, text(Locale.ENGLISH, "Confidentiality.PUBLIC"), "dataset.confidentiality");
            table.assertRow(title, reference, "dataset.agreement");
            table.assertEveryCellSafe();
        }
    }

    @Test
    void countriesAllOfThemNotOnePage() throws Exception {
        SignedInClient user = signIn("admin", "ru");
        List<Country> all = reference.allCountries();
        assertTrue(all.size() > 20, "more countries than one page of the list: " + all.size());
        for (String type : List.of("csv", "xlsx")) {
            Table table = export(user, "/app/countries/list.xhtml", null, type);
            table.assertHeaders(Locale.forLanguageTag("ru"), "country.alpha2", "country.alpha3", "country.numeric",
                    "country.nameEn", "country.nameFr", "country.nameRu");
            table.assertRows(all.size());
            table.assertRow("RS", "SRB", "country.alpha3");
            table.assertRow("RS", "688", "country.numeric");
            table.assertRow("AL", "008", "country.numeric");   // a code, not a number: its zeros stay
            table.assertRow("RS", "Serbia", "country.nameEn");
            table.assertRow("RS", "Serbie", "country.nameFr");
            table.assertRow("RS", "Сербия", "country.nameRu");
        }
    }

    @Test
    void auditLog() throws Exception {
        Records r = new Records();
        SignedInClient user = signIn("admin", "en");
        for (String type : List.of("csv", "xlsx")) {
            Table table = export(user, "/app/admin/audit.xhtml", r.term, type);
            table.assertHeaders(Locale.ENGLISH, "audit.at", "audit.actor", "audit.action", "audit.entityType",
                    "audit.record", "history.changes");
            assertTrue(table.data().size() >= 6, "an entry per record made: " + table.data().size());
            int record = table.column("audit.record");
            int action = table.column("audit.action");
            int changes = table.column("history.changes");
            // the changes as the row shows them: the new organisation's name from nothing
            assertTrue(table.data().stream().anyMatch(row -> row.get(record).startsWith("'" + r.nsiName)
                    && row.get(action).equals(text(Locale.ENGLISH, "AuditAction.CREATE"))
                    && row.get(changes).contains("\u2014 \u2192 " + r.nsiName)), table.toString());
        }
    }

    @Test
    void thePublicSdmxCsvWritesAFormulaLikeUnitAsTextAndKeepsValuesAndCodes() throws Exception {
        Records r = new Records();
        String code = "XP-" + r.n;
        IndicatorForm form = new IndicatorForm();
        form.setCode(code);
        form.setNameEn("Exports " + r.term);
        form.setNameFr("Exports " + r.term);
        form.setNameRu("Exports " + r.term);
        form.setUnit("=HYPERLINK(\"http://attacker.test\",\"kWh\")");
        form.setPilotId(r.pilot);
        long indicator = indicators.create(Actors.MANAGER_RS, form);
        indicators.importObservations(Actors.MANAGER_RS, indicator,
                new StringReader("territory,period,value,status\n" + r.territory + ",2024,-1.5,final\n"), "x.csv");

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(portal() + "/api/indicators/" + code + "/data.csv")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        List<CSVRecord> rows = CSVParser.parse(response.body(), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get()).getRecords();
        assertEquals(1, rows.size(), response.body());
        assertEquals(code, rows.get(0).get("INDICATOR"));
        assertEquals(r.territory, rows.get(0).get("REF_AREA"));
        assertEquals("-1.5", rows.get(0).get("OBS_VALUE"));
        // the unit is written as its SDMX code: nothing a spreadsheet would take for a formula
        String unit = rows.get(0).get("UNIT_MEASURE");
        assertEquals("_HYPERLINK__HTTP___ATTACKER_TEST___KWH__", unit);
    }

    /**
     * A statistician's script: startPeriod/endPeriod select the periods (each SDMX form, by the
     * days it shares with the window), in CSV and JSON alike; a parameter of SDMX queries the
     * portal does not apply, a period that is none or a window backwards is a 400 naming it, never
     * the whole series; an Accept neither file gives is a 406; the unit's code and the values are
     * written as they are (no spreadsheet apostrophe, no exponent), and the portal reads its own
     * file back.
     */
    @Test
    void thePublicSdmxDataIsSelectedByPeriodAndRefusesWhatItDoesNotApply() throws Exception {
        Records r = new Records();
        String code = "XQ-" + r.n;
        IndicatorForm form = new IndicatorForm();
        form.setCode(code);
        form.setNameEn("Readings " + r.term);
        form.setNameFr("Relevés " + r.term);
        form.setNameRu("Показания " + r.term);
        form.setUnit("-dB");
        form.setPilotId(r.pilot);
        long indicator = indicators.create(Actors.MANAGER_RS, form);
        indicators.importObservations(Actors.MANAGER_RS, indicator, new StringReader("territory,period,value,status\n"
                + r.territory + ",2021,1710,final\n" + r.territory + ",2022-Q4,90,final\n"
                + r.territory + ",2023-M01,3,final\n" + r.territory + ",2023-W30,4,final\n"
                + r.territory + ",2024,5,final\n"), "x.csv");
        String data = portal() + "/api/indicators/" + code + "/data";

        assertEquals(List.of("2022-Q4", "2023-M01", "2023-W30"),
                csv(get(data + ".csv?startPeriod=2022-12&endPeriod=2023", null)).stream().map(c -> c.get("TIME_PERIOD")).toList());
        assertEquals(List.of("2021", "2022-Q4"),
                csv(get(data + ".csv?endPeriod=2022", null)).stream().map(c -> c.get("TIME_PERIOD")).toList());
        List<CSVRecord> all = csv(get(data + ".csv", null));
        assertEquals(5, all.size());
        assertEquals("_DB", all.get(0).get("UNIT_MEASURE"), "the code as it is: no apostrophe before it");
        assertEquals("1710", all.get(0).get("OBS_VALUE"));

        HttpResponse<String> json = get(data + ".json?startPeriod=2024", null);
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.body().contains("{\"value\":\"2024\"}"), json.body());
        assertFalse(json.body().contains("2023-M01"), "outside the window: " + json.body());
        String allJson = get(data + ".json", null).body();
        assertTrue(allJson.contains("[1710,0,0]") && allJson.contains("[90,0,0]"), "no exponent: " + allJson);
        // the dataflow's link leads to its structure
        String structureUrl = portal() + "/api/structure/dataflow/DDMS/DF_LOCAL_INDICATORS/1.0";
        assertTrue(allJson.contains("\"href\":\"" + structureUrl + "\""), allJson);
        HttpResponse<String> structure = get(structureUrl, null);
        assertEquals(200, structure.statusCode(), structure.body());
        assertTrue(structure.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.sdmx.structure+json"));
        assertTrue(structure.body().contains("\"dataStructures\"") && structure.body().contains("DSD_LOCAL_INDICATORS"));
        assertEquals(200, get(portal() + "/api/structure/datastructure/DDMS/DSD_LOCAL_INDICATORS", "application/json").statusCode());
        HttpResponse<String> none = get(portal() + "/api/structure/codelist/DDMS/CL_AREA/1.0", null);
        assertEquals(404, none.statusCode());
        assertTrue(none.body().contains("DF_LOCAL_INDICATORS"), "the problem says what there is: " + none.body());

        for (String query : List.of("?lastNObservations=1", "?c%5BREF_AREA%5D=XX", "?dimensionAtObservation=TIME_PERIOD",
                "?startperiod=2023", "?startPeriod=garbage", "?startPeriod=2024&endPeriod=2023",
                "?startPeriod=2023&startPeriod=2024")) {
            for (String format : List.of(".csv", ".json")) {
                HttpResponse<String> refused = get(data + format + query, null);
                assertEquals(400, refused.statusCode(), format + query + ": " + refused.body());
                assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                assertTrue(refused.body().contains("invalid-parameter"), refused.body());
            }
        }
        // a real period whose duration runs past the calendar: its first day is the window's start (it was a 500)
        assertEquals(List.of("2024"), csv(get(data + ".csv?startPeriod=2024-01-01/P99999999999999999999Y", null))
                .stream().map(c -> c.get("TIME_PERIOD")).toList());
        HttpResponse<String> french = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(data + ".csv?lastNObservations=1")).header("Accept-Language", "fr").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(french.body().contains("lastNObservations n’est pas appliqué"), french.body());
        HttpResponse<String> frenchJson = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(data + ".json"))
                .header("Accept-Language", "fr").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(frenchJson.body().contains("\"name\":\"Relevés " + r.term + "\""), "named in the reader's language: "
                + frenchJson.body());
        assertTrue(frenchJson.body().contains("\"ru\":\"Показания " + r.term + "\""), "and in each of the portal's");
        assertTrue(frenchJson.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")));

        assertEquals(406, get(data + ".csv", "application/xml").statusCode());
        assertEquals(406, get(data + ".json", "application/vnd.sdmx.data+csv;version=2.0.0").statusCode());
        assertEquals(200, get(data + ".csv", "application/vnd.sdmx.data+csv;version=2.0.0").statusCode());
        assertEquals(200, get(data + ".csv", "text/csv").statusCode());
        assertEquals(200, get(data + ".json", "application/json").statusCode());

        // what the portal wrote, it reads back: the same values, nothing changed
        var again = indicators.importObservations(Actors.MANAGER_RS, indicator,
                new StringReader(get(data + ".csv", null).body()), code + ".csv");
        assertTrue(again.valid(), again.problems().toString());
        assertEquals(5, again.counts().unchanged(), again.counts().toString());
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<CSVRecord> csv(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return CSVParser.parse(response.body(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
                .getRecords();
    }

    // --- the browser's side, over HTTP ---

    private static String portal() {
        return ConfigProvider.getConfig().getValue("app.portal.url", String.class).replaceAll("/$", "");
    }

    private static SignedInClient signIn(String username, String language) throws Exception {
        return SignedInClient.signIn(portal() + "/app/index.xhtml", username, "demo", language);
    }

    private static String text(Locale locale, String key) {
        return ResourceBundle.getBundle("i18n.messages", locale).getString(key);
    }

    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");

    /**
     * Opens the list page, searches for {@code term} (if any) as the search field does, then
     * presses the page's export button of {@code type} and reads the file.
     */
    private static Table export(SignedInClient user, String path, String term, String type) throws Exception {
        String url = portal() + path;
        HttpResponse<String> page = user.get(url);
        assertEquals(200, page.statusCode(), path);
        String html = page.body();
        String button = "xlsx".equals(type) ? "exportXlsx" : "exportCsv";
        Matcher buttonId = Pattern.compile("id=\"([^\"]*:" + button + ")\"").matcher(html);
        assertTrue(buttonId.find(), "an export button " + button + " on " + path);
        String buttonClientId = buttonId.group(1);
        String tableId = buttonClientId.substring(0, buttonClientId.lastIndexOf(':'));
        String formId = tableId.substring(0, tableId.indexOf(':'));
        String viewState = SignedInClient.viewState(html)
                .orElseThrow(() -> new AssertionError("the view state of " + path));

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        // PrimeFaces sends the page's CSP nonce with every post of its forms
        fields.put("primefaces.nonce", SignedInClient.nonce(html)
                .orElseThrow(() -> new AssertionError("the CSP nonce of " + path)));
        if (term != null) {
            fields.put(tableId + ":globalFilter", term);
            Map<String, String> ajax = new LinkedHashMap<>(fields);
            ajax.put("jakarta.faces.partial.ajax", "true");
            ajax.put("jakarta.faces.source", tableId);
            ajax.put("jakarta.faces.partial.execute", tableId);
            ajax.put("jakarta.faces.partial.render", tableId);
            ajax.put(tableId + "_filtering", "true");
            ajax.put(tableId + "_encodeFeature", "true");
            ajax.put("jakarta.faces.ViewState", viewState);
            HttpResponse<String> filtered = user.send(user.request(url).header("Faces-Request", "partial/ajax")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(ajax))).build());
            assertEquals(200, filtered.statusCode());
            assertTrue(filtered.body().contains("<partial-response") && !filtered.body().contains("<error"),
                    filtered.body());
            Matcher newState = PARTIAL_VIEW_STATE.matcher(filtered.body());
            if (newState.find()) {
                viewState = newState.group(1);
            }
        }
        fields.put(buttonClientId, "");
        fields.put("jakarta.faces.ViewState", viewState);
        HttpResponse<byte[]> file = user.http().send(user.request(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofByteArray());
        String contentType = file.headers().firstValue("Content-Type").orElse("");
        assertEquals(200, file.statusCode(), path + " " + type + ": " + new String(file.body(), StandardCharsets.UTF_8));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("attachment"),
                path + " " + type + " is a download: " + contentType);
        Table table = "xlsx".equals(type) ? Table.ofXlsx(file.body()) : Table.ofCsv(file.body());
        table.name = path + " (" + type + ")";
        table.assertEveryCellSafe();
        return table;
    }

    private static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    /** An exported file as rows of cell texts: the column headers' row, then the data rows. */
    private static final class Table {
        final List<List<String>> rows = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        String name;
        int headerRow;
        Locale locale;

        static Table ofCsv(byte[] bytes) throws Exception {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("\ufeff")) {
                text = text.substring(1);
            }
            Table table = new Table();
            for (CSVRecord record : CSVParser.parse(text, CSVFormat.DEFAULT)) {
                table.rows.add(record.toList());
            }
            return table;
        }

        static Table ofXlsx(byte[] bytes) throws Exception {
            Table table = new Table();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                Sheet sheet = workbook.getSheetAt(0);
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        Cell cell = row.getCell(i);
                        if (cell != null && cell.getCellType() == CellType.FORMULA) {
                            table.problems.add("a formula cell: " + cell.getCellFormula());
                        }
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    table.rows.add(cells);
                }
            }
            return table;
        }

        void assertEveryCellSafe() {
            for (List<String> row : rows) {
                for (String cell : row) {
                    if (OBJECT_IDENTITY.matcher(cell).find() || cell.contains("org.ddmsportal")) {
                        problems.add("an object's identity: " + cell);
                    }
                    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("[+-]?[0-9.,]+")) {
                        problems.add("a cell a spreadsheet takes for a formula: " + cell);
                    }
                }
            }
            assertEquals(List.of(), problems, name + "\n" + this);
        }

        /** The columns under their translated headers, in the page's order. */
        void assertHeaders(Locale in, String... keys) {
            locale = in;
            List<String> expected = new ArrayList<>();
            for (String key : keys) {
                expected.add(text(in, key));
                assertNotEquals(key, text(in, key));
            }
            headerRow = -1;
            for (int i = 0; i < rows.size() && headerRow < 0; i++) {
                if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(expected.get(0))) {
                    headerRow = i;
                }
            }
            assertTrue(headerRow >= 0, name + ": no header row " + expected + "\n" + this);
            assertEquals(expected, rows.get(headerRow), name);
        }

        List<List<String>> data() {
            return rows.subList(headerRow + 1, rows.size());
        }

        void assertRows(int count) {
            assertEquals(count, data().size(), name + "\n" + this);
            int columns = rows.get(headerRow).size();
            for (List<String> row : data()) {
                assertEquals(columns, row.size(), name + ": every row has every column: " + row);
            }
        }

        int column(String key) {
            int i = rows.get(headerRow).indexOf(text(locale, key));
            assertTrue(i >= 0, name + ": column " + key);
            return i;
        }

        /** The row whose first cell is {@code first} has {@code value} in the column of {@code key}. */
        void assertRow(String first, String value, String key) {
            List<String> row = data().stream().filter(r -> r.get(0).equals(first)).findFirst().orElse(null);
            assertNotNull(row, name + ": a row " + first + "\n" + this);
            assertEquals(value, row.get(column(key)), name + ": " + key + " of " + first);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            rows.forEach(r -> b.append(r).append('\n'));
            return b.toString();
        }
    }

    @Test
    void anObjectsIdentityIsToldFromAnEmailAddress() {
        assertFalse(OBJECT_IDENTITY.matcher("exports.1@stat.test").find());
        assertTrue(OBJECT_IDENTITY.matcher("org.ddmsportal.domain.reference.Country@51e14cb6").find());
    }
}
