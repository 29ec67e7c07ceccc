package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.ddmsportal.devstack.TestStack;
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
 * The shell around the features: public pages, health, translated error pages that never show
 * a stack trace, role-protected administration and the administrator's pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalPagesIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private String url(String path) {
        return PortalUrl.of(base, path);
    }

    /** Signs the user in through Keycloak's form and waits for the workspace. */
    private void signIn(Browser browser, String user) {
        browser.open(url("/app/index.xhtml"));
        browser.signInThroughKeycloak(user, "demo");
        browser.waitFor(By.id("welcome"));
    }

    private static HttpResponse<String> get(String url, String language) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(body.contains("Exception:") || body.contains("\tat ") || body.contains(".java:"), body);
    }

    @Test
    void publicPagesHealthAndErrorPagesWithoutSignIn() throws Exception {
        HttpResponse<String> home = get(url("/"), "fr");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Se connecter"), "the home page in the browser's language");
        assertTrue(home.body().contains("lang=\"fr\""));

        HttpResponse<String> missing = get(url("/no-such-page.xhtml"), "en");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), missing.body());
        assertNoStackTrace(missing.body());
        assertTrue(get(url("/no-such-page.xhtml"), "ru").body().contains("Страница не найдена"));

        HttpResponse<String> app = get(url("/app/index.xhtml"), "en");
        assertEquals(302, app.statusCode(), "signed-in pages send anonymous visitors to Keycloak");
        assertTrue(app.headers().firstValue("Location").orElse("").startsWith(
                "http://localhost:" + TestStack.KEYCLOAK_PORT + "/realms/ddms/protocol/openid-connect/auth"));

        // the sign-in page comes in the language chosen in the portal, not the browser's
        HttpResponse<String> russian = HTTP.send(HttpRequest.newBuilder(URI.create(url("/app/index.xhtml")))
                .header("Accept-Language", "en").header("Cookie", "ddms-language=ru").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String signIn = russian.headers().firstValue("Location").orElse("");
        assertTrue(signIn.contains("&ui_locales=ru"), signIn);
        HttpResponse<String> keycloak = HTTP.send(HttpRequest.newBuilder(URI.create(signIn))
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, keycloak.statusCode());
        assertTrue(keycloak.body().contains("lang=\"ru\""), "Keycloak's sign-in page in Russian");

        // a form posted after its view is gone (e.g. after a restart)
        HttpResponse<String> expired = HTTP.send(HttpRequest.newBuilder(URI.create(url("/index.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "languageForm=languageForm&jakarta.faces.ViewState=1234%3A5678&j_idt12%3A1%3Alang=j_idt12%3A1%3Alang"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(expired.body().contains("Your page has expired"), expired.body());
        assertNoStackTrace(expired.body());

        HttpResponse<String> ready = get("http://localhost:" + TestStack.PORTAL_PORT + "/health/ready", "en");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"status\":\"UP\"") && ready.body().contains("database"), ready.body());
        assertEquals(200, get("http://localhost:" + TestStack.PORTAL_PORT + "/health/live", "en").statusCode());
    }

    @Test
    void administrationIsForAdministratorsAndMissingRecordsAreNotFound() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "staff.pl");
            assertTrue(browser.driver().findElements(By.id("navAudit")).isEmpty());

            browser.open(url("/app/admin/audit.xhtml"));
            assertEquals("Not allowed", browser.text(By.id("errorTitle")));
            Accessibility.check(browser, "forbidden page");
            browser.open(url("/app/organisations/view.xhtml?id=987654321"));
            assertEquals("Page not found", browser.text(By.id("errorTitle")));
            browser.open(url("/app/organisations/view.xhtml?id=not-a-number"));
            assertEquals("Page not found", browser.text(By.id("errorTitle")));
            assertNoStackTrace(browser.driver().getPageSource());
            // an address outside the portal's part that does not exist: still signed in, as the header says
            browser.open(url("/no-such-page"));
            assertEquals("Page not found", browser.text(By.id("errorTitle")));
            assertEquals("Piotr Kowalski", browser.text(By.id("currentUser")), "the header knows who is signed in");
        }
        try (Browser browser = new Browser()) {
            signIn(browser, "admin");
            browser.find(By.id("navDomains")).click();
            String code = "TEST_" + System.nanoTime();
            browser.waitFor(By.id("form:code")).sendKeys(code);
            browser.find(By.id("form:nameEn")).sendKeys("Water");
            browser.find(By.id("form:nameFr")).sendKeys("Eau");
            browser.find(By.id("form:nameRu")).sendKeys("Вода");
            browser.find(By.id("form:add")).click();
            browser.waitForText(By.id("domains"), code);
            browser.screenshot(java.nio.file.Path.of("target/screenshots/journey/10-domains.png"));
            Accessibility.check(browser, "policy domains");

            browser.find(By.id("navAudit")).click();
            browser.waitForText(By.id("list:table_data"), code);
            browser.screenshot(java.nio.file.Path.of("target/screenshots/journey/11-audit.png"));
            Accessibility.check(browser, "audit trail");
            // the record type is named, and the address filters the trail by it
            browser.open(url("/app/admin/audit?entityType=PolicyDomain&language=fr"));
            browser.waitForText(By.id("list:table_data"), code);
            assertEquals("Domaine d’action publique", browser.find(By.cssSelector("[id$='typeFilter_label']")).getText());
            List<String> types = browser.driver().findElements(By.cssSelector("#list\\:table_data > tr > td:nth-child(4)"))
                    .stream().map(WebElement::getText).distinct().toList();
            assertEquals(List.of("Domaine d’action publique"), types);
            // times in the reader's time zone as their browser has it, named (UTC until the browser has said)
            ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride",
                    java.util.Map.of("timezoneId", "Europe/Belgrade"));
            browser.open(url("/app/index.xhtml"));
            browser.waitFor(By.id("welcome"));
            browser.open(url("/app/admin/audit?entityType=PolicyDomain&language=en"));
            browser.waitForText(By.id("list:table_data"), code);
            String at = browser.text(By.cssSelector("#list\\:table_data > tr:first-child > td:first-child"));
            assertTrue(at.endsWith(" CET"), at);
            browser.open(url("/app/admin/audit?language=en"));
            browser.waitFor(By.id("list:table_data"));
            browser.find(By.id("navWorkflows")).click();
            String workflow = browser.text(By.id("workflow-partnership"));
            assertTrue(workflow.contains("Negotiating") && workflow.contains("Start negotiation")
                    && workflow.contains("Set the start date first."), workflow);
            assertEquals(1, browser.driver().findElements(By.cssSelector("#workflow-partnership svg")).size());
            browser.screenshot(java.nio.file.Path.of("target/screenshots/journey/12-workflows.png"));
            Accessibility.check(browser, "workflows");
            for (String page : new String[] {"/", "/app/contacts/list.xhtml", "/app/countries/list.xhtml",
                    "/app/contacts/edit.xhtml", "/app/partnerships/list.xhtml", "/app/case-studies/list.xhtml",
                    "/app/case-studies/edit.xhtml", "/app/guidelines/list.xhtml", "/app/guidelines/edit.xhtml",
                    "/app/activities/list.xhtml", "/app/activities/edit.xhtml", "/app/search.xhtml?q=data",
                    "/showcase/", "/showcase/search.xhtml?q=data", "/app/index", "/app/agreements/list",
                    "/app/pilots/list", "/app/datasets/list", "/app/organisations/edit", "/app/admin/audit",
                    "/app/admin/workflows", "/app/dashboards/coordinator"}) {
                browser.open(url(page));
                browser.waitFor(By.id("main"));
                Accessibility.check(browser, page);
                Accessibility.reflows(browser, page);
            }
        }
    }

    /**
     * On a phone (or at 400% zoom) the main navigation folds behind a Menu button, so the page's
     * content starts on the first screen; the button opens and closes it (aria-expanded), Escape
     * closes it with the focus back on the button; a wide screen never shows the button, and
     * without JavaScript the list stays open.
     */
    @Test
    void onANarrowScreenTheMenuFoldsBehindAButton() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "staff.pl");
            browser.open(url("/app/partnerships/list?language=ru"));
            org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
            WebElement toggle = browser.find(By.id("navToggle"));
            WebElement partnerships = browser.find(By.id("navPartnerships"));
            assertFalse(toggle.isDisplayed(), "a wide screen shows the whole menu, no button");
            assertTrue(partnerships.isDisplayed());
            assertEquals("page", partnerships.getAttribute("aria-current"), "the menu says which page this is");
            assertNull(browser.find(By.id("navAgreements")).getAttribute("aria-current"));
            assertNull(browser.find(By.id("navDashboard")).getAttribute("aria-current"));
            assertEquals(Boolean.TRUE, chrome.executeScript("var i = document.getElementById('headerQ'); i.value = i.placeholder;"
                    + " var fits = i.scrollWidth <= i.clientWidth; i.value = ''; return fits;"),
                    "the header search's hint is whole in Russian, its longest ('Номер, название, город, код…')");

            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
            browser.waitUntil(d -> toggle.isDisplayed());
            assertEquals("Меню", toggle.getText());
            assertEquals("false", toggle.getAttribute("aria-expanded"));
            assertFalse(partnerships.isDisplayed(), "folded");
            Number mainTop = (Number) chrome.executeScript("return document.getElementById('main').getBoundingClientRect().top");
            assertTrue(mainTop.intValue() < 640, "the page's content starts on the first screen, at " + mainTop);

            toggle.click();
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            assertTrue(partnerships.isDisplayed(), "open");
            Accessibility.check(browser, "the open menu at 320 pixels");
            Accessibility.reflows(browser, "the open menu");
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
            partnerships.sendKeys(org.openqa.selenium.Keys.ESCAPE);
            assertEquals("false", toggle.getAttribute("aria-expanded"));
            assertFalse(partnerships.isDisplayed(), "Escape folds it");
            assertEquals("navToggle", browser.driver().switchTo().activeElement().getAttribute("id"));

            toggle.click();
            partnerships.click();
            browser.waitUntil(d -> {   // the same list again: wait for the new page, not this one
                try {
                    toggle.isDisplayed();
                    return false;
                } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                    return true;
                }
            });
            browser.waitFor(By.id("list:table"));
            assertEquals("false", browser.find(By.id("navToggle")).getAttribute("aria-expanded"), "folded on the next page");

            chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
            browser.open(url("/app/partnerships/list"));
            assertFalse(browser.find(By.id("navToggle")).isDisplayed(), "without JavaScript, no button");
            assertTrue(browser.find(By.id("navPartnerships")).isDisplayed(), "and the menu open");
            chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());

            browser.open(url("/app/partnerships/edit"));   // a new partnership's form
            browser.waitFor(By.cssSelector("main h1"));
            assertEquals("true", browser.find(By.id("navPartnerships")).getAttribute("aria-current"),
                    "a partnership's page is in the Partnerships section");
            assertNull(browser.find(By.id("navPilots")).getAttribute("aria-current"));
        }
    }

    /**
     * A Save after the portal's session has ended (signed out elsewhere, timed out) does not spin
     * for ever: the page loads itself again, which signs in (here at once: Keycloak's own session
     * is still there) and comes back to the same form. Before, the ajax request's redirect to
     * Keycloak was blocked by the page's CSP and nothing happened.
     */
    @Test
    void aSaveAfterTheSessionEndedSignsInAgainInsteadOfHanging() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            browser.open(url("/app/partnerships/edit"));
            WebElement save = browser.find(By.id("form:save"));
            browser.driver().manage().deleteCookieNamed("JSESSIONID");   // the portal's session is gone
            save.click();
            browser.waitUntil(d -> {
                try {
                    save.isDisplayed();
                    return false;
                } catch (org.openqa.selenium.StaleElementReferenceException reloaded) {
                    return true;
                } catch (org.openqa.selenium.WebDriverException e) {
                    // Chromium's other word for the same: the page it belonged to was replaced
                    if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                        return true;
                    }
                    throw e;
                }
            });
            browser.waitFor(By.id("form:save"));
            assertTrue(browser.driver().getCurrentUrl().contains("/app/partnerships/edit"), browser.driver().getCurrentUrl());
        }
    }

    /**
     * A day the calendar does not have (2026-02-30) is refused next to its field, in the reader's
     * language, and stays in the field as typed; the date picker's own reading made it the 28th
     * without a word, then emptied it.
     */
    @Test
    void aDayTheCalendarDoesNotHaveIsRefusedNotMoved() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            browser.open(url("/app/partnerships/edit?language=fr"));
            WebElement start = browser.find(By.id("form:startDate_input"));
            start.sendKeys("2026-02-30");
            browser.find(By.id("form:save")).click();
            browser.waitFor(By.xpath("//*[contains(@class,'ui-message') and contains(., 'n’est pas un jour du calendrier')]"));
            // not moved to the 28th, and not emptied by the picker's script (it cannot show that day):
            // the field holds what was typed, beside its message
            assertEquals("2026-02-30", browser.find(By.id("form:startDate_input")).getDomProperty("value"));
            // and the focus is on the first field refused, brought into view (it stayed on Save, far below)
            WebElement focused = browser.driver().switchTo().activeElement();
            assertEquals("true", focused.getDomAttribute("aria-invalid"), focused.getDomAttribute("id"));
        }
    }

    /**
     * A checkbox focused from the keyboard shows the portal's amber ring on its box, as buttons and
     * fields do: the theme drew a faint blue glow (1.3 px at .41 opacity) that won by specificity.
     */
    @Test
    void aFocusedCheckboxShowsTheAmberRing() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            browser.open(url("/app/datasets/edit"));
            browser.waitFor(By.id("form:personalData"));
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('form:personalData_input').focus();");
            WebElement box = browser.find(By.cssSelector("#form\\:personalData .ui-chkbox-box"));
            browser.waitUntil(d -> box.getDomAttribute("class").contains("ui-state-focus"));
            assertEquals("rgba(255, 191, 71, 1)",
                    org.openqa.selenium.support.Color.fromString(box.getCssValue("outline-color")).asRgba());
            assertEquals("3px", box.getCssValue("outline-width"));
        }
    }

    /**
     * A text pasted into a field longer than the field holds: the browser keeps only its beginning
     * (the field's maxlength) and said nothing; the field now says how much it kept, in the
     * reader's language, and the note goes when the text fits again.
     */
    @Test
    void aPastedTextLongerThanTheFieldHoldsIsSaidToBeCut() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            browser.open(url("/app/partnerships/edit?language=fr"));
            WebElement objectives = browser.find(By.id("form:objectives"));
            assertEquals("4000", objectives.getDomAttribute("maxlength"), "the form's limit, in the browser");
            objectives.click();
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            // what a paste from a document sends (Selenium cannot fill the system clipboard)
            js.executeScript("var t = document.getElementById('form:objectives'), d = new DataTransfer();"
                    + " d.setData('text/plain', 'x'.repeat(5000));"
                    + " t.dispatchEvent(new ClipboardEvent('paste', {clipboardData: d, bubbles: true, cancelable: true}));");
            WebElement note = browser.waitFor(By.id("form:objectives_pasteCut"));
            assertEquals("Le texte collé dépassait ce que ce champ contient : seuls ses 4 000 premiers caractères ont été gardés.",
                    note.getText().replace('\u202f', ' ').replace('\u00a0', ' '));
            assertEquals("alert", note.getDomAttribute("role"));
            objectives.sendKeys("short");
            assertTrue(browser.driver().findElements(By.id("form:objectives_pasteCut")).isEmpty(), "gone once the text fits");
        }
    }

    /**
     * A choice too long for its menu on a narrow screen ends in an ellipsis; pointing at it shows it
     * whole (its title), and a short one has no tooltip.
     */
    @Test
    void aChoiceTooLongForItsMenuShowsItWholeWhenPointedAt() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            browser.open(url("/app/agreements/edit"));
            ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", 400, "height", 800, "deviceScaleFactor", 1, "mobile", false));
            String full = "Special categories of personal data (GDPR Art. 9)";
            browser.find(By.id("form:personalDataKind_label")).click();
            browser.waitUntil(d -> d.findElement(By.id("form:personalDataKind_panel")).isDisplayed());
            // the open menu stays on the screen, the long choice wrapped in it, whole
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript(
                    "var p = document.getElementById('form:personalDataKind_panel').getBoundingClientRect();"
                            + " var li = Array.from(document.querySelectorAll('[id=\"form:personalDataKind_items\"] li')).pop();"
                            + " return p.left >= 0 && p.right <= window.innerWidth && li.scrollWidth <= li.clientWidth;"),
                    "the open menu fits the screen");
            browser.driver().findElements(By.cssSelector("#form\\:personalDataKind_items li")).stream()
                    .filter(li -> li.getText().equals(full)).findFirst().orElseThrow().click();
            WebElement label = browser.find(By.id("form:personalDataKind_label"));
            browser.waitUntil(d -> full.equals(label.getDomAttribute("title")));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            assertEquals(Boolean.TRUE, js.executeScript("var l = arguments[0]; return l.scrollWidth > l.clientWidth;", label),
                    "it is cut on this screen");
            assertNull(browser.find(By.id("form:kind_label")).getDomAttribute("title"), "a choice that fits has no tooltip");
        }
    }

    /**
     * The addresses that the README, the guides and the mails give, without ".xhtml", show the same
     * page as with it (OmniFaces FacesViews; web.xml), behind the same sign-in and role checks.
     */
    @Test
    void documentedAddressesAnswerWithoutTheExtension() throws Exception {
        HttpResponse<String> verify = get(url("/verify"), "en");
        assertEquals(200, verify.statusCode());
        assertTrue(verify.body().contains("id=\"verify\""), verify.body());
        HttpResponse<String> app = get(url("/app/search?domain=MOBILITY&phase=4"), "en");
        assertEquals(302, app.statusCode(), "signed-in pages send anonymous visitors to Keycloak");
        assertEquals(404, get(url("/no-such-page"), "en").statusCode());

        try (Browser browser = new Browser()) {
            signIn(browser, "staff.pl");
            // README and user guide: the Collect phase of the mobility domain, with and without a category
            for (String documented : List.of("/app/search?domain=MOBILITY&phase=4",
                    "/app/search?domain=MOBILITY&phase=4&category=OBSTACLE")) {
                browser.open(url(documented.replace("/app/search", "/app/search.xhtml")));
                String expected = browser.text(By.id("hitsTitle"));
                browser.open(url(documented));
                assertEquals(expected, browser.text(By.id("hitsTitle")), documented);
                assertTrue(browser.driver().findElements(By.id("errorTitle")).isEmpty(), documented);
                Accessibility.check(browser, documented);
            }
            // the folders of the mails' links, and the administrators' pages still closed to others
            browser.open(url("/app/agreements/list"));
            browser.waitFor(By.id("main"));
            assertTrue(browser.driver().findElements(By.id("errorTitle")).isEmpty(), "/app/agreements/list");
            browser.open(url("/app/case-studies/list"));
            browser.waitFor(By.id("main"));
            assertTrue(browser.driver().findElements(By.id("errorTitle")).isEmpty(), "/app/case-studies/list");
            browser.open(url("/app/admin/workflows"));
            assertEquals("Not allowed", browser.text(By.id("errorTitle")));
        }
        try (Browser browser = new Browser()) {
            signIn(browser, "admin");
            browser.open(url("/app/admin/workflows"));
            assertTrue(browser.text(By.id("workflow-partnership")).contains("Negotiating"));
        }
    }
}
