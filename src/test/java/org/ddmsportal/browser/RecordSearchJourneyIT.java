package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openqa.selenium.WebElement;

/**
 * The header's search and the reports as a Serbian NSI manager uses them, in headless Chromium
 * with axe, on records the test inserts (a Serbian NSI, electricity company with its acronym,
 * city, partnership and agreement; an Italian partnership and agreement): the acronym finds the
 * company, the city's name the city, an exact agreement reference opens the agreement; the
 * country report downloads from the workspace with the country's agreement and not Italy's;
 * another country's report and the summary are refused (403); the coordinator downloads the
 * cross-country summary from the countries' list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordSearchJourneyIT {

    private static final Path SHOTS = Path.of("target/screenshots/reports");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private final long n = System.nanoTime() % 900_000L + 100_000L;
    private final String acronym = "EPS" + n;
    private final String city = "Searchgrad " + n;
    private final String reference = "RS-1999-" + n;
    private final String italian = "IT-1999-" + n;

    /** Inserted as the demo data is: organisations, partnerships and draft agreements of Serbia and Italy. */
    private void seed() throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("ddms.test.dbUrl"), "root", "");
             java.sql.Statement s = c.createStatement()) {
            String audit = "0, NOW(6), 'test', NOW(6), 'test'";
            s.execute("INSERT INTO organisation (name, acronym, type_id, country_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT x.name, x.acronym, t.id, k.id, " + audit
                    + " FROM (SELECT 'Statistical Office (search " + n + ")' name, NULL acronym, 'NSI' type, 'RS' country"
                    + " UNION ALL SELECT 'Elektroprivreda Srbije (search " + n + ")', '" + acronym + "', 'UTILITY', 'RS'"
                    + " UNION ALL SELECT '" + city + "', NULL, 'MUNICIPALITY', 'RS'"
                    + " UNION ALL SELECT 'Istituto (search " + n + ")', NULL, 'NSI', 'IT') x"
                    + " JOIN organisation_type t ON t.code = x.type JOIN country k ON k.iso_alpha2 = x.country");
            s.execute("INSERT INTO partnership (title, lead_organisation_id, type, status, version, created_at,"
                    + " created_by, modified_at, modified_by) SELECT CONCAT('Search partnership ', o.name), o.id,"
                    + " 'DATA_SHARING', 'ACTIVE', " + audit + " FROM organisation o"
                    + " WHERE o.name IN ('Statistical Office (search " + n + ")', 'Istituto (search " + n + ")')");
            s.execute("INSERT INTO agreement (reference, kind, title, partnership_id, country_code, template_code, status,"
                    + " version, created_at, created_by, modified_at, modified_by)"
                    + " SELECT IF(o.name LIKE 'Istituto%', '" + italian + "', '" + reference + "'), 'MOU',"
                    + " CONCAT('Search agreement ', o.name), p.id, k.iso_alpha2, 'mou', 'DRAFT', " + audit
                    + " FROM partnership p JOIN organisation o ON o.id = p.lead_organisation_id"
                    + " JOIN country k ON k.id = o.country_id WHERE p.title LIKE 'Search partnership %(search " + n + ")'");
            org.ddmsportal.it.SeededChange.record(c, "RecordSearchJourneyIT"); // as a user's change would
        }
    }

    private String url(String path) {
        return PortalUrl.of(base, path);
    }

    private static void headerSearch(Browser browser, String text) {
        WebElement box = browser.waitFor(By.id("headerQ"));
        box.clear();
        box.sendKeys(text);
        WebElement before = browser.find(By.id("main"));
        browser.find(By.id("headerSearch")).click();
        // the page the search opens, not the one it leaves (whose main was found while it unloaded:
        // "Node with given id does not belong to the document", once in a full run)
        browser.waitUntil(d -> org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before).apply(d));
        browser.waitFor(By.id("main"));
    }

    private static int status(Browser browser, String url) {
        Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), e => done(-1));", url);
        return ((Number) status).intValue();
    }

    @Test
    void aManagerFindsRecordsFromTheHeaderAndDownloadsTheCountryReport() throws Exception {
        seed();
        try (Browser browser = new Browser()) {
            browser.open(url("/app/index.xhtml"));
            browser.signInThroughKeycloak("manager.rs", "demo");
            browser.waitFor(By.id("welcome"));

            // an acronym: the electricity company, in the organisations' group with its count
            headerSearch(browser, acronym);
            assertTrue(browser.driver().getCurrentUrl().contains("/app/search?q=" + acronym), browser.driver().getCurrentUrl());
            String organisations = browser.text(By.cssSelector("section[data-kind='ORGANISATION']"));
            assertTrue(organisations.contains("Elektroprivreda Srbije (search " + n + ") (" + acronym + ")"), organisations);
            browser.screenshot(SHOTS.resolve("01-search-eps.png"));
            Accessibility.check(browser, "search across records");

            // a city by name; the link opens the city's record
            headerSearch(browser, city);
            String cities = browser.text(By.cssSelector("section[data-kind='CITY']"));
            assertTrue(cities.contains(city), cities);
            browser.screenshot(SHOTS.resolve("02-search-city.png"));
            browser.find(By.cssSelector("section[data-kind='CITY'] a")).click();
            browser.waitForText(By.id("title"), city);

            // an exact reference goes straight to the agreement; another country's does not
            headerSearch(browser, reference);
            browser.waitForText(By.id("title"), "Search agreement");
            assertTrue(browser.driver().getCurrentUrl().contains("/app/agreements/view"), browser.driver().getCurrentUrl());
            headerSearch(browser, italian);
            assertTrue(browser.driver().getCurrentUrl().contains("/app/search"), browser.driver().getCurrentUrl());
            assertTrue(browser.driver().findElements(By.cssSelector("section[data-kind='AGREEMENT']")).isEmpty());

            // in Russian
            browser.open(url("/app/search.xhtml?q=" + city.replace(' ', '+') + "&language=ru"));
            assertEquals("Записи", browser.text(By.id("recordsTitle")));
            assertTrue(browser.text(By.cssSelector("section[data-kind='CITY'] h3")).startsWith("Города"));
            browser.screenshot(SHOTS.resolve("03-search-russian.png"));
            Accessibility.check(browser, "search across records in Russian");
            browser.open(url("/app/index.xhtml?language=en"));

            // the country report from the workspace: the country's agreements, not another country's
            browser.waitFor(By.id("reports"));
            Accessibility.check(browser, "workspace with reports");
            browser.find(By.id("countryReportPdf")).click();
            Path pdf = browser.awaitDownload(".pdf");
            Files.createDirectories(SHOTS);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains(reference) && text.contains("Country report"), text);
                assertFalse(text.contains(italian), "no Italian agreement");
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 70), "png",
                        new File(SHOTS.resolve("04-country-report-page1.png").toString()));
            }
            assertEquals(403, status(browser, url("/app/countries/report?country=IT&format=pdf")));
            assertEquals(403, status(browser, url("/app/countries/summary?format=xlsx")));
            assertEquals(200, status(browser, url("/app/countries/report?country=RS&format=xlsx")));
        }
        try (Browser browser = new Browser()) {
            browser.open(url("/app/countries/list.xhtml"));
            browser.signInThroughKeycloak("coordinator", "demo");
            // the sign-in returns to the page asked for: the countries' list
            browser.waitFor(By.id("summaryLinks"));
            assertTrue(browser.driver().getCurrentUrl().contains("/app/countries/list"), browser.driver().getCurrentUrl());
            assertFalse(browser.driver().findElements(By.cssSelector("a.ddms-report-link")).isEmpty());
            browser.screenshot(SHOTS.resolve("05-countries-with-reports.png"));
            Accessibility.check(browser, "countries with their reports");
            browser.find(By.id("summaryXlsx")).click();
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    Files.newInputStream(browser.awaitDownload(".xlsx")))) {
                assertEquals("Partnerships by status", book.getSheetAt(0).getSheetName());
                assertEquals(5, book.getNumberOfSheets());
            }
        }
    }
}
