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
 * The header's search and the reports as a Serbian NSI manager uses them on the demo data, in
 * headless Chromium with axe: "EPS" finds the electricity company by its acronym, "Belgrade" the
 * city, an exact agreement reference opens the agreement; the country report downloads from the
 * workspace with the country's agreement in it, another country's report is refused (403); the
 * coordinator downloads the cross-country summary.
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

    private String url(String path) {
        return PortalUrl.of(base, path);
    }

    private static void headerSearch(Browser browser, String text) {
        WebElement box = browser.waitFor(By.id("headerQ"));
        box.clear();
        box.sendKeys(text);
        browser.find(By.id("headerSearch")).click();
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
        try (Browser browser = new Browser()) {
            browser.open(url("/app/index.xhtml"));
            browser.signInThroughKeycloak("manager.rs", "demo");
            browser.waitFor(By.id("welcome"));

            // an acronym: the electricity company, in the organisations' group with its count
            headerSearch(browser, "EPS");
            assertTrue(browser.driver().getCurrentUrl().contains("/app/search?q=EPS"), browser.driver().getCurrentUrl());
            String organisations = browser.text(By.cssSelector("section[data-kind='ORGANISATION']"));
            assertTrue(organisations.contains("Elektroprivreda Srbije (EPS)"), organisations);
            browser.screenshot(SHOTS.resolve("01-search-eps.png"));
            Accessibility.check(browser, "search across records");

            // a city by name; the link opens the city's record
            headerSearch(browser, "Belgrade");
            String cities = browser.text(By.cssSelector("section[data-kind='CITY']"));
            assertTrue(cities.contains("City of Belgrade"), cities);
            browser.screenshot(SHOTS.resolve("02-search-belgrade.png"));
            browser.find(By.linkText("City of Belgrade")).click();
            browser.waitForText(By.id("title"), "City of Belgrade");

            // an exact reference goes straight to the agreement
            headerSearch(browser, "RS-2026-0001");
            browser.waitFor(By.id("title"));
            assertTrue(browser.driver().getCurrentUrl().contains("/app/agreements/view"), browser.driver().getCurrentUrl());

            // in Russian
            browser.open(url("/app/search.xhtml?q=Belgrade&language=ru"));
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
                assertTrue(text.contains("RS-2026-0001") && text.contains("Country report"), text);
                assertFalse(text.contains("IT-2026-"), "no Italian agreement");
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
            browser.waitFor(By.id("welcome"));
            browser.open(url("/app/countries/list.xhtml"));
            browser.waitFor(By.id("summaryLinks"));
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
