package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
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
 * The registry as people use it, in headless Chromium, signing in through Keycloak's real login
 * form, one behaviour a test, each on an organisation of its own: an NSI manager creates, edits,
 * finds and reads the history of an organisation, meets the input checks, a conflicting save and
 * the other languages; a manager of another country is refused the edit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryJourneyIT {

    private static final Path SHOTS = Path.of("target/screenshots/journey");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private String url(String path) {
        return PortalUrl.of(base, path);
    }

    /** A name no other test uses: "Novi Sad District Heating 123…". */
    private static String newName() {
        return "Novi Sad District Heating " + System.nanoTime();
    }

    /** Signs in through Keycloak's form from the portal's address. */
    private void signIn(Browser browser, String user) {
        browser.open(url("/app/index"));
        browser.signInThroughKeycloak(user, "demo");
        browser.waitFor(By.id("welcome"));
    }

    /** Creates a utility in Novi Sad through the form and returns the address of its page. */
    private String create(Browser browser, String name) {
        browser.open(url("/app/organisations/edit.xhtml"));
        browser.waitFor(By.id("form:name")).sendKeys(name);
        select(browser, "typeMenu", "UTILITY");
        browser.find(By.id("form:city")).sendKeys("Novi Sad");
        browser.find(By.id("form:save")).click();
        browser.waitForText(By.id("title"), name);
        String viewUrl = browser.driver().getCurrentUrl();
        assertTrue(viewUrl.contains("/app/organisations/view?id="), viewUrl);
        return viewUrl;
    }

    private static String editUrl(String viewUrl) {
        return viewUrl.replace("/view?", "/edit?");
    }

    @Test
    void aManagerSignsInFromTheHomePageCreatesEditsAndReadsTheHistory() throws Exception {
        String name = newName();
        try (Browser browser = new Browser()) {
            // public home page, then sign in through Keycloak
            browser.open(url("/"));
            browser.find(By.id("signIn")).click();
            browser.signInThroughKeycloak("manager.rs", "demo");
            assertTrue(browser.text(By.id("welcome")).contains("Ana Petrović"));
            assertEquals("NSI manager · RS", browser.text(By.id("currentRole")));
            Accessibility.check(browser, "dashboard");

            // a required field left empty: a clear message, nothing saved
            browser.open(url("/app/organisations/edit.xhtml"));
            browser.waitFor(By.id("form:save"));
            Accessibility.check(browser, "new organisation");
            browser.find(By.id("form:save")).click();
            browser.awaitAjax();
            assertTrue(browser.text(By.cssSelector(".ddms-field")).contains("a value is required"),
                    browser.driver().getPageSource());

            // only the type left on "Choose…": the focus goes to its menu, marked refused (it stayed
            // on the page, the message off screen)
            browser.find(By.id("form:name")).sendKeys(name);
            browser.find(By.id("form:save")).click();
            browser.awaitAjax();
            browser.waitUntil(d -> "form:type_label".equals(d.switchTo().activeElement().getAttribute("id")));
            assertEquals("true", browser.find(By.id("form:type_label")).getAttribute("aria-invalid"));
            // named by its label, not by its value ("— Choose —", which every menu of the form said)
            String labelledBy = browser.find(By.id("form:type_label")).getAttribute("aria-labelledby");
            assertTrue(labelledBy != null && browser.find(By.id(labelledBy)).getText().startsWith("Type"),
                    "the menu's name: " + labelledBy);

            // create
            select(browser, "typeMenu", "UTILITY");
            browser.find(By.id("form:city")).sendKeys("Novi Sad");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("title"), name);
            browser.screenshot(SHOTS.resolve("01-created.png"));
            String viewUrl = browser.driver().getCurrentUrl();
            assertTrue(viewUrl.contains("/app/organisations/view?id="), viewUrl);

            // edit
            browser.find(By.id("edit")).click();
            WebElement city = browser.waitFor(By.id("form:city"));
            city.clear();
            city.sendKeys("Subotica");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("details"), "Subotica");

            // history
            browser.find(By.cssSelector("a[href='#tabs:historyTab']")).click();
            browser.waitForText(By.id("history"), "Subotica");
            String history = browser.text(By.id("history"));
            assertTrue(history.contains("Changed") && history.contains("City") && history.contains("Novi Sad"), history);
            assertTrue(history.contains("Created"), history);
            browser.screenshot(SHOTS.resolve("02-history.png"));
            Accessibility.check(browser, "organisation with its history");
            Accessibility.reflows(browser, "organisation with its history");
        }
    }

    @Test
    void twoTabsEditTheSameOrganisationAndTheLaterSaveIsRefusedKeepingItsInput() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            String viewUrl = create(browser, newName());
            String editUrl = editUrl(viewUrl);
            String firstTab = browser.driver().getWindowHandle();
            browser.open(editUrl);
            browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.open(editUrl);
            WebElement otherCity = browser.waitFor(By.id("form:city"));
            otherCity.clear();
            otherCity.sendKeys("Sombor");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("details"), "Sombor");
            browser.driver().close();
            browser.driver().switchTo().window(firstTab);
            WebElement staleCity = browser.waitFor(By.id("form:city"));
            staleCity.clear();
            staleCity.sendKeys("Zrenjanin");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("messages"), "was changed by Ana Petrović (manager.rs)");
            assertEquals("Zrenjanin", browser.find(By.id("form:city")).getAttribute("value"));
            browser.screenshot(SHOTS.resolve("02b-conflict.png"));
            browser.open(viewUrl);
            assertTrue(browser.text(By.id("details")).contains("Sombor"), "no lost update");
            assertTrue(browser.text(By.id("details")).contains("by Ana Petrović (manager.rs) on"),
                    "who changed it last is named, with their account: " + browser.text(By.id("details")));
        }
    }

    @Test
    void theListFindsAnOrganisationByNameAndExportsWhatItsFilterShows() throws Exception {
        String name = newName();
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            create(browser, name);
            browser.open(url("/app/organisations/list.xhtml"));
            WebElement filter = browser.waitFor(By.id("list:table:name:filter"));
            filter.sendKeys("District Heating " + name.substring(name.lastIndexOf(' ') + 1));
            // the new organisation may be on the unfiltered first page already: wait for the filter's answer
            browser.waitForCount(By.cssSelector("#list\\:table_data > tr"), 1);
            browser.waitForText(By.id("list:table_data"), name);
            browser.screenshot(SHOTS.resolve("03-filtered.png"));
            Accessibility.check(browser, "organisation list");

            // export what the filter shows
            browser.find(By.id("list:table:exportCsv")).click();
            String csv = java.nio.file.Files.readString(browser.awaitDownload("organisations.csv"));
            assertTrue(csv.contains("Name") && csv.contains(name), csv);
            assertEquals(2, csv.strip().lines().count(), csv);
            browser.find(By.id("list:table:exportXlsx")).click();
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    java.nio.file.Files.newInputStream(browser.awaitDownload("organisations.xlsx")))) {
                var sheet = workbook.getSheetAt(0);
                assertEquals("Organisations", sheet.getRow(0).getCell(0).getStringCellValue());
                assertEquals("Name", sheet.getRow(1).getCell(0).getStringCellValue());
                assertEquals(name, sheet.getRow(2).getCell(0).getStringCellValue());
                assertEquals(2, sheet.getLastRowNum());
            }
        }
    }

    @Test
    void markupTypedAsANameIsShownAsTextNeverRun() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            browser.open(url("/app/organisations/edit.xhtml"));
            String script = "<script>window.ddmsInjected=1</script><b>bold</b> " + System.nanoTime();
            browser.waitFor(By.id("form:name")).sendKeys(script);
            select(browser, "typeMenu", "NGO");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("title"), script);
            assertNull(((JavascriptExecutor) browser.driver()).executeScript("return window.ddmsInjected;"));
            assertTrue(browser.driver().findElements(By.cssSelector("#title b")).isEmpty());
        }
    }

    @Test
    void theHistoryNamesTypeAndCountryInTheReadersLanguageOnTheTabTheAddressOpens() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            String viewUrl = create(browser, newName());
            browser.open(viewUrl + "&tab=history");
            browser.waitForText(By.id("history"), "Serbia"); // text on a hidden tab would read as empty
            String history = browser.text(By.id("history"));
            assertTrue(history.contains("Utility"), history);
            assertFalse(history.contains("UTILITY") || history.contains(" RS"), history);
            browser.find(By.linkText("Français")).click();
            browser.waitForText(By.id("history"), "Serbie");
            assertTrue(browser.text(By.id("history")).contains("Service public (réseau)"), browser.text(By.id("history")));
            Accessibility.check(browser, "organisation history in French");
        }
    }

    @Test
    void theListSpeaksFrenchAndRussianAndSigningOutAsksToSignInAgain() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            browser.open(url("/app/organisations/list.xhtml"));
            browser.find(By.linkText("Français")).click();
            browser.waitForText(By.cssSelector("nav.ddms-nav"), "Mon espace");
            assertTrue(browser.text(By.id("list:table")).contains("Nom"));
            assertEquals("fr", browser.find(By.tagName("html")).getAttribute("lang"));
            browser.screenshot(SHOTS.resolve("04-french.png"));
            browser.find(By.linkText("Русский")).click();
            browser.waitForText(By.cssSelector("nav.ddms-nav"), "Организации");
            assertTrue(browser.text(By.id("list:table")).contains("Название"));
            browser.screenshot(SHOTS.resolve("05-russian.png"));
            Accessibility.check(browser, "organisation list in Russian");
            browser.find(By.linkText("English")).click();
            browser.waitForText(By.cssSelector("nav.ddms-nav"), "Organisations");

            // sign out: back to the public page, and the portal asks to sign in again
            browser.find(By.id("signOut")).click();
            browser.waitFor(By.id("signIn"));
            browser.open(url("/app/index.xhtml"));
            browser.waitFor(By.id("kc-login"));
        }
    }

    @Test
    void anotherCountrysManagerReadsTheRecordButIsRefusedItsEditEvenByAddress() throws Exception {
        String name = newName();
        String viewUrl;
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            viewUrl = create(browser, name);
        }
        // Italy's manager may read the Serbian record but not change it — not even by URL
        try (Browser browser = new Browser()) {
            browser.open(url("/app/index.xhtml"));
            browser.signInThroughKeycloak("manager.it", "demo");
            browser.waitFor(By.id("welcome"));
            browser.open(viewUrl);
            browser.waitForText(By.id("title"), name);
            assertTrue(browser.driver().findElements(By.id("edit")).isEmpty(), "no edit action offered");

            // refused up front, with the translated "Not allowed" page instead of a form it can't save
            browser.open(editUrl(viewUrl));
            assertEquals("Not allowed", browser.text(By.id("errorTitle")));
            assertTrue(browser.driver().findElements(By.id("form:name")).isEmpty(), "no form");
            Accessibility.check(browser, "edit page refused to another country");
            browser.screenshot(SHOTS.resolve("06-refused.png"));
            browser.open(viewUrl);
            assertFalse(browser.text(By.id("title")).contains("taken over"));
        }
    }

    private static void select(Browser browser, String widget, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("PF(arguments[0]).selectValue(arguments[1]);", widget, value);
    }
}
