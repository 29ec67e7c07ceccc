package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.ddmsportal.data.DcatShapes;
import org.ddmsportal.it.ApiClient;
import org.ddmsportal.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The pilot journey in headless Chromium through Keycloak's login form, one step of it a test,
 * each on a registry, pilot and indicator of its own: the Serbian NSI manager creates a pilot for
 * a city (the pickers answer the keyboard, a refused save keeps the picks), defines its indicator
 * and uploads an SDMX-CSV file with a wrong line (the preview names line and column, nothing can
 * be imported), imports a good one, sees the time-series chart, the comparison and the map with a
 * marker per city, and opens the lineage diagram (and its JSON). The open DCAT-AP catalogue,
 * fetched over HTTP without signing in, conforms to the official SHACL shapes and leaves the
 * confidential dataset out; the indicator's data is open as SDMX-CSV and SDMX-JSON.
 *
 * <p>Registry rows (NSI, two cities with coordinates) and two datasets are inserted with SQL. A
 * test that starts further along records the pilot, its indicator and the good file's
 * observations through the REST API as the same manager (the use cases and the importer of the
 * pages).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PilotJourneyIT {

    private static final Path SHOTS = Path.of("target/screenshots/pilot");
    private static final String POLICY_QUESTION = "Where should the city extend district heating?";
    private static final String DECISION = "District-heating investment plan 2027–2030";
    private static final String UNIT = "MWh";
    private static final String NAME_EN = "Heat demand per household";
    private static final String NAME_FR = "Demande de chaleur par ménage";
    private static final String NAME_RU = "Потребность в тепле на домохозяйство";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private final long n = System.nanoTime() % 1_000_000_000L;
    private final String city = "Novi Sad (journey " + n + ")";
    private final String otherCity = "Niš (journey " + n + ")";
    private final String cityCode = "NS" + n;
    private final String otherCode = "NI" + n;
    private final String nsi = "Statistical Office (pilot journey " + n + ")";
    private final String code = "NS-HEAT-" + n;

    private String url(String path) {
        return PortalUrl.of(base, path);
    }

    private String title() {
        return "Heat demand in Novi Sad " + n;
    }

    private void signIn(Browser browser) {
        browser.open(url("/app/index.xhtml"));
        browser.signInThroughKeycloak("manager.rs", "demo");
        browser.waitFor(By.id("welcome"));
    }

    /** The pilot the form would make (the city, the NSI as lead, no datasets), recorded through the REST API; its id. */
    private long pilotThroughApi() throws SQLException {
        return created(ApiClient.send("POST", ApiClient.v1("pilots"), ApiClient.userToken("manager.rs"),
                ApiClient.body(Map.of("title", title(), "cityId", organisationId(city), "leadId", organisationId(nsi),
                        "policyQuestion", POLICY_QUESTION, "decision", DECISION))));
    }

    /** The pilot's indicator as the form would make it, recorded through the REST API; its id. */
    private long indicatorThroughApi(long pilotId) {
        return created(ApiClient.send("POST", ApiClient.v1("indicators"), ApiClient.userToken("manager.rs"),
                ApiClient.body(Map.of("code", code, "unit", UNIT, "nameEn", NAME_EN, "nameFr", NAME_FR, "nameRu", NAME_RU,
                        "pilotId", pilotId))));
    }

    /** A pilot and its indicator with the six observations of the good file imported, through the REST API; the indicator's id. */
    private long importedIndicator() throws Exception {
        long indicatorId = indicatorThroughApi(pilotThroughApi());
        HttpResponse<String> imported = ApiClient.send("POST", ApiClient.v1("indicators/" + indicatorId + "/observations"),
                ApiClient.userToken("manager.rs"), Files.readString(sdmx("12.4", "11.9")), "Content-Type", "text/csv; charset=utf-8");
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(6, ApiClient.object(imported.body()).getInt("inserted"), imported.body());
        return indicatorId;
    }

    private static long created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return ApiClient.object(response.body()).getJsonNumber("id").longValue();
    }

    @Test
    void aManagerCreatesAPilotWithKeyboardPickersAndARefusedSaveKeepsThePicks() throws Exception {
        registry();
        String title = title();
        try (Browser browser = new Browser()) {
            signIn(browser);
            browser.open(url("/app/pilots/edit.xhtml"));
            browser.waitFor(By.id("form:title"));
            // the pickers answer what is typed, with the keyboard: the city by part of its name
            browser.pick("form:city", "Novi Sad (journey", city);
            browser.pick("form:lead", nsi, nsi);
            WebElement datasets = browser.find(By.id("form:datasets_input"));
            datasets.sendKeys("heat survey " + n);
            browser.waitFor(By.xpath("//*[@id='form:datasets_panel']//li[@data-item-label='Public heat survey " + n + "']"));
            Accessibility.check(browser, "new pilot with the suggestions open");
            browser.screenshot(SHOTS.resolve("05-pilot-picker-open.png"));
            datasets.sendKeys(Keys.ENTER);
            browser.awaitAjax();
            // a refused save (no title) keeps every picked record with its name
            browser.find(By.id("form:save")).click();
            browser.waitFor(By.cssSelector("#form .ui-message-error"));
            assertEquals(city, browser.find(By.id("form:city_input")).getAttribute("value"));
            assertEquals(nsi, browser.find(By.id("form:lead_input")).getAttribute("value"));
            assertEquals("Public heat survey " + n, browser.text(By.cssSelector("#form\\:datasets .ui-autocomplete-token-label")));
            browser.screenshot(SHOTS.resolve("06-pilot-refused-keeps-picks.png"));
            browser.find(By.cssSelector("#form\\:datasets .ui-autocomplete-token-icon")).click();
            browser.find(By.id("form:title")).sendKeys(title);
            browser.find(By.id("form:policyQuestion")).sendKeys(POLICY_QUESTION);
            browser.find(By.id("form:decision")).sendKeys(DECISION);
            Accessibility.check(browser, "new pilot");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("title"), title);
            browser.waitForText(By.id("phase"), "1");
            Accessibility.check(browser, "pilot");
            browser.screenshot(SHOTS.resolve("10-pilot.png"));
        }
    }

    @Test
    void theAddressOpensATabAndAStakeholderAddedThereIsShownOnItAfterSaving() throws Exception {
        registry();
        long pilotId = pilotThroughApi();
        String stakeholder = "District heating company " + n;
        try (Browser browser = new Browser()) {
            signIn(browser);
            browser.open(url("/app/pilots/view.xhtml?id=" + pilotId + "&tab=stakeholders"));
            WebElement name = browser.waitFor(By.cssSelector("[id$='stakeholderForm:stName']")); // shown: its tab is open
            name.sendKeys(stakeholder);
            for (String menu : new String[] {"stInterest", "stInfluence"}) {
                String id = browser.find(By.cssSelector(".ui-selectonemenu[id$='" + menu + "']")).getAttribute("id");
                ((JavascriptExecutor) browser.driver()).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue('HIGH');", id);
            }
            browser.find(By.cssSelector("[id$='addStakeholder']")).click();
            // the page comes back on the stakeholders' tab (hidden text would read as empty)
            browser.waitForText(By.id("stakeholders"), stakeholder);
            assertTrue(browser.driver().getCurrentUrl().contains("tab=stakeholders"), browser.driver().getCurrentUrl());
            Accessibility.check(browser, "pilot page on its stakeholders' tab");
            // deleting asks first, naming the stakeholder; No keeps it
            browser.find(By.cssSelector("[id$='removeStakeholder']")).click();
            browser.waitForText(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message"), "“" + stakeholder + "”");
            Accessibility.check(browser, "confirmation of a deletion");
            browser.find(By.id("confirm:confirmNo")).click();
            browser.waitUntil(d -> !d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
            assertTrue(browser.text(By.id("stakeholders")).contains(stakeholder), "No keeps the stakeholder");
            // and so does Escape, which closes the question
            browser.find(By.cssSelector("[id$='removeStakeholder']")).click();
            browser.waitUntil(d -> d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
            browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            browser.waitUntil(d -> !d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
            assertTrue(browser.text(By.id("stakeholders")).contains(stakeholder), "Escape keeps the stakeholder");
            browser.find(By.cssSelector("a[href='#tabs:historyTab']")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("tab=history"));
            // the language links follow the tab chosen: French opens on the history
            browser.find(By.linkText("Français")).click();
            browser.waitForText(By.cssSelector("nav.ddms-nav"), "Mon espace");
            browser.waitFor(By.id("history"));
            // Yes deletes it, and the page comes back on the stakeholders' tab without it
            browser.find(By.cssSelector("a[href='#tabs:stakeholdersTab']")).click();
            browser.find(By.cssSelector("[id$='removeStakeholder']")).click();
            browser.waitFor(By.id("confirm:confirmYes")).click();
            browser.waitUntil(d -> d.findElements(By.cssSelector("[id$='removeStakeholder']")).isEmpty());
            assertTrue(browser.driver().getCurrentUrl().contains("tab=stakeholders"), browser.driver().getCurrentUrl());
            assertTrue(browser.driver().findElements(By.id("stakeholders")).stream().noneMatch(t -> t.getText().contains(stakeholder)),
                    "the stakeholder is gone from the map");
            // the stakeholder has no page of its own: the pilot's history shows it added and deleted
            browser.find(By.cssSelector("a[href='#tabs:historyTab']")).click();
            browser.waitForText(By.id("history"), "Partie prenante « " + title() + ": " + stakeholder + " »");
            String history = browser.text(By.id("history"));
            assertTrue(history.indexOf("Supprimé") >= 0 && history.indexOf("Supprimé") < history.indexOf("Créé"), history);
        }
    }

    @Test
    void aManagerDefinesAPilotsIndicatorAndAFileWithAWrongLineIsRefusedNamingLineAndColumn() throws Exception {
        registry();
        long pilotId = pilotThroughApi();
        try (Browser browser = new Browser()) {
            signIn(browser);
            browser.open(url("/app/indicators/edit.xhtml?pilot=" + pilotId));
            browser.waitFor(By.id("form:code")).sendKeys(code);
            browser.find(By.id("form:unit")).sendKeys(UNIT);
            browser.find(By.id("form:nameEn")).sendKeys(NAME_EN);
            browser.find(By.id("form:nameFr")).sendKeys(NAME_FR);
            browser.find(By.id("form:nameRu")).sendKeys(NAME_RU);
            Accessibility.check(browser, "new indicator");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("title"), code);

            // a file with one wrong line: the preview names it, nothing can be imported
            Path bad = sdmx("12.4", "twelve");
            upload(browser, bad);
            browser.waitForText(By.id("problems"), "twelve");
            String problems = browser.text(By.id("problems"));
            assertTrue(problems.contains("4 OBS_VALUE"), "line 4, column OBS_VALUE: " + problems);
            assertTrue(browser.driver().findElements(By.id("importForm:import")).isEmpty(), "no import of a wrong file");
            // and the line above the problems does not say the file will be imported
            assertTrue(browser.text(By.id("previewFile")).contains("cannot be imported as it is"), browser.text(By.id("previewFile")));
            Accessibility.check(browser, "import preview with problems");
            browser.screenshot(SHOTS.resolve("20-preview-problems.png"));
        }
    }

    @Test
    void aCorrectFileIsPreviewedAndImported() throws Exception {
        registry();
        long indicatorId = indicatorThroughApi(pilotThroughApi());
        try (Browser browser = new Browser()) {
            signIn(browser);
            browser.open(url("/app/indicators/view.xhtml?id=" + indicatorId));
            browser.waitForText(By.id("title"), code);
            Path previewed = sdmx("12.4", "11.9");
            upload(browser, previewed);
            browser.waitForText(By.id("previewSummary"), "SDMX-CSV");
            // counted in words that agree: "6 lines", "no problems" (was "6 line(s) … 0 problem(s)")
            assertEquals("6 lines read as SDMX-CSV; no problems.", browser.text(By.id("previewSummary")));
            // the file previewed is named, and the page keeps its address (it lost ?id=, so a reload was a 404)
            assertTrue(browser.text(By.id("previewFile")).contains(previewed.getFileName().toString()));
            assertTrue(browser.driver().getCurrentUrl().contains("id=" + indicatorId), browser.driver().getCurrentUrl());
            browser.waitFor(By.id("previewRows"));
            // another file chosen after the preview is not imported unseen
            Path other = sdmx("99.9", "98.8");
            browser.waitFor(By.cssSelector("#importSection input[type=file]")).sendKeys(other.toAbsolutePath().toString());
            browser.find(By.id("importForm:import")).click();
            browser.waitForText(By.id("messages"), "preview it first. Nothing was imported.");
            assertTrue(browser.text(By.id("messages")).contains(other.getFileName().toString()));
            browser.find(By.id("importForm:import")).click();
            browser.waitForText(By.id("messages"), "6 inserted, 0 updated, 0 deleted, 0 unchanged");
            assertTrue(browser.driver().getCurrentUrl().contains("id=" + indicatorId), "still its address");
            // the page answering the import shows it in the history, named (it showed only after a reload, as
            // the key "observationsImported")
            assertTrue(browser.text(By.id("main")).contains("Observations imported"), "the history's new entry");
            browser.screenshot(SHOTS.resolve("30-imported.png"));
        }
    }

    @Test
    void theIndicatorShowsItsChartComparisonAndMapWithAMarkerPerCityAndEveryValueToItsManager() throws Exception {
        registry();
        long indicatorId = importedIndicator();
        try (Browser browser = new Browser()) {
            signIn(browser);
            browser.open(url("/app/indicators/view.xhtml?id=" + indicatorId));
            browser.waitFor(By.cssSelector("#seriesChart canvas"));
            browser.waitFor(By.cssSelector("#comparisonChart canvas"));
            browser.waitFor(By.cssSelector("#cityMap path.ddms-city-marker"));
            assertEquals(2, browser.driver().findElements(By.cssSelector("#cityMap path.ddms-city-marker")).size(),
                    "one marker per city");
            String mapList = (String) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.getElementById('mapList').textContent;");
            assertTrue(mapList.contains("Novi Sad: 11.9 MWh (2025)") && mapList.contains("Niš: 12.4 MWh (2025)"), mapList);
            // in French: the no-break space before the colon, the decimal comma (the map's labels too)
            browser.open(url("/app/indicators/view.xhtml?id=" + indicatorId + "&language=fr"));
            browser.waitFor(By.cssSelector("#cityMap path.ddms-city-marker"));
            String french = (String) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.getElementById('mapList').textContent;");
            assertTrue(french.contains("Novi Sad\u00a0: 11,9 MWh (2025)"), french);
            assertTrue(browser.find(By.id("cityMap")).getText().contains("Niš : 12,4 MWh (2025)"),
                    "the marker's label as the list says it");
            // the map's zoom buttons named in French (Leaflet's own are English)
            assertEquals("Zoomer", browser.find(By.cssSelector("#cityMap .leaflet-control-zoom-in")).getAttribute("title"));
            assertEquals("Dézoomer", browser.find(By.cssSelector("#cityMap .leaflet-control-zoom-out")).getAttribute("title"));
            // the values in the table as the map writes them: a decimal comma (it read "12.4")
            String table = browser.find(By.id("data:observations")).getText();
            assertTrue(table.contains("12,4") && !table.contains("12.4"), table);
            browser.open(url("/app/indicators/view.xhtml?id=" + indicatorId + "&language=en"));
            browser.waitFor(By.cssSelector("#cityMap path.ddms-city-marker"));
            assertEquals(6, browser.driver().findElements(By.cssSelector("#data\\:observations_data tr")).size(),
                    "the manager sees all six values, the confidential one too");
            Accessibility.check(browser, "indicator with chart and map");
            Accessibility.reflows(browser, "indicator with chart and map");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('cityMap').scrollIntoView({block: 'center'});");
            browser.screenshot(SHOTS.resolve("40-map.png"));
        }
    }

    @Test
    void theLineageDiagramLinksTheIndicatorToItsPilotAndIsAlsoJson() throws Exception {
        registry();
        long indicatorId = importedIndicator();
        try (Browser browser = new Browser()) {
            signIn(browser);
            browser.open(url("/app/indicators/view.xhtml?id=" + indicatorId));
            browser.waitFor(By.id("lineage")).click();
            browser.waitFor(By.id("lineageDiagram"));
            String list = browser.text(By.id("lineageList"));
            assertTrue(list.contains(title()) && list.contains(code), list);
            assertEquals(2, browser.driver().findElements(By.cssSelector("#lineageDiagram a.ddms-lineage-node")).size());
            Accessibility.check(browser, "lineage");
            Accessibility.reflows(browser, "lineage");
            browser.screenshot(SHOTS.resolve("50-lineage.png"));
            browser.find(By.id("lineageJson")).click();
            String json = browser.driver().findElement(By.tagName("body")).getText();
            assertTrue(json.contains("\"start\":\"indicator-") && json.contains("\"kind\":\"pilot\""), json);
        }
    }

    /** The open catalogue, without signing in: DCAT-AP 3.0.1 conformant, public datasets only; the indicator's data open too. */
    @Test
    void theOpenCatalogueConformsToDcatApAndLeavesTheConfidentialDatasetOutAndTheIndicatorsDataIsOpen() throws Exception {
        registry();
        importedIndicator();
        HttpClient http = HttpClient.newHttpClient();
        for (String format : new String[] {"ttl", "jsonld"}) {
            HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(url("/api/catalogue." + format)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, first.statusCode());
            // the catalogue is paged in id order: the datasets just made are on its last page
            String last = first.headers().allValues("Link").stream().filter(l -> l.endsWith("rel=\"last\""))
                    .map(l -> l.substring(l.indexOf('?'), l.indexOf('>'))).findFirst()
                    .orElseThrow(() -> new AssertionError("a link to the last page: " + first.headers().map()));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/catalogue." + format + last)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            Model model = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(response.body()))
                    .lang("ttl".equals(format) ? Lang.TURTLE : Lang.JSONLD).parse(model);
            assertEquals(0, DcatShapes.violations(model.getGraph()), format);
            assertTrue(response.body().contains("Public heat survey " + n), format);
            assertFalse(response.body().contains("Confidential meter readings " + n), format);
        }
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(url("/api/indicators/NS-HEAT-" + n
                + "/data.csv"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE"));
        assertFalse(csv.body().contains(otherCode + ",2023,"), "the confidential 2023 value of Niš is not exported");
        assertTrue(csv.body().contains(cityCode + ",2023,12.8,MWH,A"), csv.body());
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create(url("/api/indicators/NS-HEAT-" + n
                + "/data.json"))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(json.body().contains("\"dataSets\"") && json.body().contains("TIME_PERIOD"), json.body());
    }

    private Path sdmx(String belgradeLatest, String latest) throws Exception {
        String body = "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CONF_STATUS\n"
                + row(code, cityCode, "2023", "12.8", "A", "F")
                + row(code, cityCode, "2024", "12.2", "A", "F")
                + row(code, cityCode, "2025", latest, "P", "F")
                + row(code, otherCode, "2023", "14.1", "A", "C")
                + row(code, otherCode, "2024", "13.7", "A", "F")
                + row(code, otherCode, "2025", belgradeLatest, "P", "F");
        Path file = Files.createTempFile("observations-", ".csv");
        Files.writeString(file, body);
        return file;
    }

    private static String row(String code, String area, String period, String value, String status, String conf) {
        return String.join(",", "dataflow", "DDMS:DF_LOCAL_INDICATORS(1.0)", "I", code, area, period, value, "MWH",
                status, conf) + "\n";
    }

    private static void upload(Browser browser, Path file) {
        browser.waitFor(By.cssSelector("#importSection input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.id("importForm:preview")).click();
        browser.waitFor(By.id("previewSummary"));
    }

    private static long organisationId(String name) throws SQLException {
        return idBy("SELECT id FROM organisation WHERE name = ?", name);
    }

    /** The id of the one row {@code sql} selects with {@code value}. */
    private static long idBy(String sql, String value) throws SQLException {
        try (Connection c = db(); var ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (var rs = ps.executeQuery()) {
                assertTrue(rs.next(), value);
                return rs.getLong(1);
            }
        }
    }

    /**
     * A dataset governed by a Serbian draft agreement: Italy's manager reads the dataset but not the
     * agreement, so its page and the list say there is one "(not visible to you)" and the warning
     * that it is not in force names neither its reference nor its title; Serbia's manager sees both.
     * The partnership's page does not tell Italy's manager there is "no agreement yet" either.
     */
    @Test
    void aDatasetShowsItsAgreementOnlyToWhoMayReadIt() throws Exception {
        registry();
        String reference = "RS-V" + n;
        String dataset = "Governed readings " + n;
        long datasetId;
        try (Connection c = db(); Statement s = c.createStatement()) {
            String audit = ", 0, NOW(6), 'test', NOW(6), 'test'";
            s.execute("INSERT INTO partnership (title, lead_organisation_id, type, status, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'Governed partnership " + n + "', id, 'DATA_SHARING', 'ACTIVE'" + audit
                    + " FROM organisation WHERE name = '" + nsi + "'");
            s.execute("INSERT INTO agreement (reference, kind, title, partnership_id, country_code, template_code, status,"
                    + " version, created_at, created_by, modified_at, modified_by) SELECT '" + reference + "', 'DSA',"
                    + " 'Secret terms " + n + "', p.id, 'RS', 'dsa', 'DRAFT'" + audit
                    + " FROM partnership p WHERE p.title = 'Governed partnership " + n + "'");
            s.execute("INSERT INTO dataset (title, provider_id, country_id, source_kind, granularity, periodicity, confidentiality,"
                    + " personal_data, format, agreement_id, version, created_at, created_by, modified_at, modified_by)"
                    + " SELECT '" + dataset + "', o.id, o.country_id, 'ADMINISTRATIVE', 'MUNICIPALITY', 'ANNUAL', 'RESTRICTED',"
                    + " FALSE, 'CSV', a.id" + audit + " FROM organisation o, agreement a WHERE o.name = '" + nsi + "'"
                    + " AND a.reference = '" + reference + "'", Statement.RETURN_GENERATED_KEYS);
            try (java.sql.ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                datasetId = keys.getLong(1);
            }
            org.ddmsportal.it.SeededChange.record(c, "PilotJourneyIT governed dataset " + n);
        }
        try (Browser browser = new Browser()) {
            browser.open(url("/app/index.xhtml"));
            browser.signInThroughKeycloak("manager.it", "demo");
            browser.waitFor(By.id("welcome"));
            browser.open(url("/app/datasets/view?id=" + datasetId));
            browser.waitForText(By.cssSelector("main h1"), dataset);
            String page = browser.text(By.id("main"));
            assertTrue(browser.driver().findElements(By.id("agreementHidden")).size() == 1, "there is one, not shown");
            assertFalse(page.contains(reference) || page.contains("Secret terms"), page);
            assertTrue(browser.text(By.id("lapsedWarning")).contains("The agreement governing this dataset is not in force"));
            browser.open(url("/app/datasets/list?country=RS&title=" + java.net.URLEncoder.encode(dataset,
                    java.nio.charset.StandardCharsets.UTF_8)));
            browser.waitFor(By.id("list:table"));
            String list = browser.text(By.id("list:table"));
            assertTrue(list.contains(dataset) && list.contains("(not visible to you)"), list);
            assertFalse(list.contains(reference), "nor in the list");
            Accessibility.check(browser, "a dataset list with an agreement not visible");
            browser.open(url("/app/partnerships/view?id=" + partnershipId("Governed partnership " + n)));
            browser.waitForText(By.cssSelector("main h1"), "Governed partnership " + n);
            assertEquals("No agreement your organisation is party to.", browser.text(By.id("noAgreement")));
            assertFalse(browser.text(By.id("main")).contains(reference), "nor on the partnership's page");
        }
        try (Browser browser = new Browser()) {
            signIn(browser);
            browser.open(url("/app/datasets/view?id=" + datasetId));
            browser.waitForText(By.cssSelector("main h1"), dataset);
            assertTrue(browser.text(By.id("main")).contains(reference + " Secret terms " + n), "its country's manager sees it");
            assertTrue(browser.driver().findElements(By.id("agreementHidden")).isEmpty());
            browser.open(url("/app/partnerships/view?id=" + partnershipId("Governed partnership " + n)));
            browser.waitForText(By.cssSelector("main h1"), "Governed partnership " + n);
            assertTrue(browser.text(By.id("agreements")).contains(reference), "its country's manager sees it listed");
        }
    }

    private static long partnershipId(String title) throws SQLException {
        return idBy("SELECT id FROM partnership WHERE title = ?", title);
    }

    /**
     * A city's contact and a decision the NSI linked to two pilots, one of the city and one of
     * another city: the decision's page lists only the city's pilot; its form shows the other as
     * "(not visible to you)" and saving keeps it (before, the picker refused the form outright).
     */
    @Test
    void aCitysContactSeesAndKeepsOnlyWhatTheyMayOpenOnADecision() throws Exception {
        registry();
        String code = "NSC" + n;
        String mine = "Novi Sad heat pilot " + n;
        String other = "Niš heat pilot " + n;
        long decision;
        try (Connection c = db(); Statement s = c.createStatement()) {
            String audit = ", 0, NOW(6), 'test', NOW(6), 'test'";
            s.execute("UPDATE organisation SET code = '" + code + "' WHERE name = '" + city + "'");
            s.execute("INSERT INTO pilot (title, city_id, lead_id, status, phase, version, created_at, created_by, modified_at,"
                    + " modified_by) SELECT x.title, ci.id, ns.id, 'RUNNING', 3" + audit + " FROM (SELECT '" + mine
                    + "' title, '" + city + "' city UNION ALL SELECT '" + other + "', '" + otherCity + "') x"
                    + " JOIN organisation ci ON ci.name = x.city JOIN organisation ns ON ns.name = '" + nsi + "'");
            s.execute("INSERT INTO decision (title, city_id, decided_on, body, version, created_at, created_by, modified_at,"
                    + " modified_by) SELECT 'Heat tariff " + n + "', id, CURRENT_DATE, 'City Council'" + audit
                    + " FROM organisation WHERE name = '" + city + "'", Statement.RETURN_GENERATED_KEYS);
            try (java.sql.ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                decision = keys.getLong(1);
            }
            s.execute("INSERT INTO decision_pilot (decision_id, pilot_id) SELECT " + decision + ", id FROM pilot"
                    + " WHERE title IN ('" + mine + "', '" + other + "')");
            org.ddmsportal.it.SeededChange.record(c, "PilotJourneyIT decision " + n);
        }
        String user = "city.contact." + n;
        org.ddmsportal.it.KeycloakUsers.ensure(user, user + "@novisad.test", "contact", "RS", code);
        try (Browser browser = new Browser()) {
            browser.open(url("/app/index.xhtml"));
            browser.signInThroughKeycloak(user, ApiClient.USER_PASSWORD);
            browser.waitFor(By.id("welcome"));
            browser.open(url("/app/decisions/view?id=" + decision));
            browser.waitForText(By.cssSelector("main h1"), "Heat tariff " + n);
            String page = browser.text(By.id("main"));
            assertTrue(page.contains(mine), page);
            assertFalse(page.contains(other), "another city's pilot is not named to the city's contact");

            browser.open(url("/app/decisions/edit?id=" + decision));
            browser.waitFor(By.id("form:save"));
            String pilots = browser.text(By.id("form:pilots"));
            assertTrue(pilots.contains(mine) && pilots.contains("(not visible to you)"), pilots);
            assertFalse(pilots.contains(other), pilots);
            browser.find(By.id("form:save")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("/app/decisions/view"));
        }
        try (Connection c = db(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM decision_pilot WHERE decision_id = " + decision)) {
            rs.next();
            assertEquals(2, rs.getInt(1), "saving kept the link the contact could not see");
        }
    }

    /**
     * A city's contact reading their city's pilot is told the names of the linked records they may
     * open and not of the others — a partnership of the NSI the city is not part of, the NSI's
     * confidential readings — on the pilot's page, its indicator's and a public dataset's. They saw
     * them as links to pages that answer 404.
     */
    @Test
    void aCitysContactIsNotToldTheNamesOfLinkedRecordsTheyMayNotOpen() throws Exception {
        registry();
        String code = "NSL" + n;
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("UPDATE organisation SET code = '" + code + "' WHERE name = '" + city + "'");
            org.ddmsportal.it.SeededChange.record(c, "PilotJourneyIT links " + n);
        }
        String manager = ApiClient.userToken("manager.rs");
        long nsiId = organisationId(nsi);
        long cityId = organisationId(city);
        String theirs = "City heat partnership " + n;
        String internal = "NSI internal partnership " + n;
        long theirsId = created(ApiClient.send("POST", ApiClient.v1("partnerships"), manager, "{\"title\":\"" + theirs
                + "\",\"leadId\":" + nsiId + ",\"type\":\"DATA_SHARING\",\"partners\":[{\"organisationId\":" + cityId
                + ",\"role\":\"USER_OF_RESULTS\"}]}"));
        long internalId = created(ApiClient.send("POST", ApiClient.v1("partnerships"), manager, "{\"title\":\"" + internal
                + "\",\"leadId\":" + nsiId + ",\"type\":\"DATA_SHARING\"}"));
        String open = "Public heat survey " + n;
        String secret = "Confidential meter readings " + n;
        long openId = idBy("SELECT id FROM dataset WHERE title = ?", open);
        long secretId = idBy("SELECT id FROM dataset WHERE title = ?", secret);
        try (Connection c = db(); Statement s = c.createStatement()) {
            // the public survey was produced for the NSI's internal partnership
            s.execute("UPDATE dataset SET partnership_id = " + internalId + " WHERE id = " + openId);
            org.ddmsportal.it.SeededChange.record(c, "PilotJourneyIT links " + n);
        }
        long pilotId = created(ApiClient.send("POST", ApiClient.v1("pilots"), manager, "{\"title\":\"" + title()
                + "\",\"cityId\":" + cityId + ",\"leadId\":" + nsiId + ",\"policyQuestion\":\"q\",\"partnershipIds\":["
                + theirsId + "," + internalId + "],\"datasetIds\":[" + openId + "," + secretId + "]}"));
        long indicatorId = created(ApiClient.send("POST", ApiClient.v1("indicators"), manager, "{\"code\":\"" + code
                + "\",\"unit\":\"MWh\",\"nameEn\":\"" + NAME_EN + "\",\"nameFr\":\"" + NAME_FR + "\",\"nameRu\":\""
                + NAME_RU + "\",\"pilotId\":" + pilotId + ",\"datasetIds\":[" + openId + "," + secretId + "]}"));
        String user = "city.links." + n;
        org.ddmsportal.it.KeycloakUsers.ensure(user, user + "@novisad.test", "contact", "RS", code);
        try (Browser browser = new Browser()) {
            browser.open(url("/app/index.xhtml"));
            browser.signInThroughKeycloak(user, ApiClient.USER_PASSWORD);
            browser.waitFor(By.id("welcome"));
            browser.open(url("/app/pilots/view?id=" + pilotId));
            browser.waitForText(By.cssSelector("main h1"), title());
            String page = browser.driver().getPageSource();
            assertTrue(page.contains(theirs) && page.contains(open), "the city's partnership and the public survey are named");
            assertFalse(page.contains(internal), "a partnership the city is not part of is not named");
            assertFalse(page.contains(secret), "the NSI's confidential readings are not named");
            Accessibility.check(browser, "a pilot as the city's contact");

            browser.open(url("/app/indicators/view?id=" + indicatorId));
            browser.waitFor(By.id("main"));
            page = browser.driver().getPageSource();
            assertTrue(page.contains(open) && page.contains(title()), "the public survey and the pilot are named");
            assertFalse(page.contains(secret), "nor on the indicator's page");

            browser.open(url("/app/datasets/view?id=" + openId));
            browser.waitForText(By.cssSelector("main h1"), open);
            assertTrue(browser.text(By.id("details")).contains("(not visible to you)"), browser.text(By.id("details")));
            assertFalse(browser.driver().getPageSource().contains(internal), "nor the survey's partnership on its page");
        }
        try (Browser browser = new Browser()) {
            signIn(browser);
            browser.open(url("/app/pilots/view?id=" + pilotId));
            browser.waitForText(By.cssSelector("main h1"), title());
            String page = browser.driver().getPageSource();
            assertTrue(page.contains(internal) && page.contains(secret), "the country's manager sees every link");
        }
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("ddms.test.dbUrl"), "root", "");
    }

    private void registry() throws SQLException {
        try (Connection c = db();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisation (name, type_id, country_id, territorial_code, city, latitude, longitude,"
                    + " version, created_at, created_by, modified_at, modified_by)"
                    + " SELECT x.name, t.id, k.id, x.territory, x.city, x.lat, x.lon, 0, NOW(6), 'test', NOW(6), 'test'"
                    + " FROM (SELECT '" + nsi + "' name, 'NSI' type, NULL territory, 'Belgrade' city, 44.8088 lat, 20.4632 lon"
                    + " UNION ALL SELECT '" + city + "', 'MUNICIPALITY', '" + cityCode + "', 'Novi Sad', 45.2671, 19.8335"
                    + " UNION ALL SELECT '" + otherCity + "', 'MUNICIPALITY', '" + otherCode + "', 'Niš', 43.3209, 21.8958) x"
                    + " JOIN organisation_type t ON t.code = x.type JOIN country k ON k.iso_alpha2 = 'RS'");
            s.execute("INSERT INTO dataset (title, provider_id, country_id, source_kind, granularity, periodicity, confidentiality,"
                    + " personal_data, format, access_url, version, created_at, created_by, modified_at, modified_by)"
                    + " SELECT x.title, o.id, o.country_id, 'SURVEY', 'MUNICIPALITY', 'ANNUAL', x.conf, FALSE, 'CSV',"
                    + " 'https://data.example.org/heat.csv', 0, NOW(6), 'test', NOW(6), 'test'"
                    + " FROM (SELECT 'Public heat survey " + n + "' title, 'PUBLIC' conf"
                    + " UNION ALL SELECT 'Confidential meter readings " + n + "', 'CONFIDENTIAL') x"
                    + " JOIN organisation o ON o.name = '" + nsi + "'");
            org.ddmsportal.it.SeededChange.record(c, "PilotJourneyIT"); // as a user's change would
        }
    }
}
