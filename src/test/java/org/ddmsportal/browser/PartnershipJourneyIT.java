package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An NSI manager records a partnership of the statistical office with the electricity company
 * and moves it along its lifecycle, one behaviour a test, each on a partnership (and
 * organisations) of its own: the partnership recorded as proposed; negotiation, a refused
 * activation (no start date yet), the date set, activation — each step with a comment, all in the
 * lifecycle tab; the list's title filter; the workspace's count by status, which opens the list so
 * filtered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnershipJourneyIT {

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

    /** This test's number (JUnit makes an instance a test): in its organisations' names and its title. */
    private final long n = System.nanoTime();
    private final String nsi = "Statistical Office of the Republic of Serbia " + n;
    private final String utility = "Elektroprivreda Srbije " + n;
    private final String title = "Forecasting electricity prices " + n;

    @Test
    void aManagerRecordsAPartnershipOfTheOfficeWithTheCompanyAsProposed() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser);
            newPartnership(browser);
            Accessibility.check(browser, "new partnership");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("title"), title);
            assertEquals("Proposed", browser.text(By.id("status")));
            assertTrue(browser.text(By.id("partners")).contains(utility), browser.text(By.id("partners")));
            Accessibility.check(browser, "partnership");
            Accessibility.reflows(browser, "partnership");
        }
    }

    @Test
    void everyMoveAsksWhyAnActivationWithoutStartDateIsRefusedKeepingItsCommentAndTheLifecycleTabListsThem()
            throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser);
            record(browser);

            // every move asks why; a move that isn't ready yet is refused and keeps the comment
            moveWithComment(browser, "startNegotiation", "Agreed to explore the data sharing on 3 March");
            browser.waitForText(By.id("status"), "Negotiating");
            // the page says what was done and where the partnership is now
            assertEquals("Start negotiation: done. The partnership’s status is now “Negotiating”.",
                    browser.text(By.id("messages")));
            // what stops a move is said before it is pressed, beside the moves
            assertEquals("Not possible yet:\nActivate — Set the start date first.", browser.text(By.id("lifecycle:notYet")));
            Accessibility.check(browser, "a move not possible yet");
            moveWithComment(browser, "activate", "Signed the memorandum");
            browser.waitForText(By.id("messages"), "Set the start date first.");
            assertEquals("Signed the memorandum", browser.find(By.id("lifecycle:comment")).getAttribute("value"));
            assertEquals("Negotiating", browser.text(By.id("status")));

            setStartDate(browser);
            assertTrue(browser.driver().findElements(By.id("lifecycle:notYet")).isEmpty(), "nothing stops a move now");
            moveWithComment(browser, "activate", "Memorandum signed on 1 March");
            browser.waitForText(By.id("status"), "Active");

            browser.find(By.cssSelector("a[href='#tabs:lifecycleTab']")).click();
            browser.waitForText(By.id("lifecycleEvents"), "Memorandum signed on 1 March");
            String lifecycle = browser.text(By.id("lifecycleEvents"));
            assertTrue(lifecycle.contains("Activate: Negotiating → Active") && lifecycle.contains("Start negotiation"),
                    lifecycle);
            browser.screenshot(SHOTS.resolve("30-partnership-lifecycle.png"));
        }
    }

    /**
     * A move that ends the lifecycle (terminate) without its comment is refused beside the field,
     * without asking. With it, the move asks first, naming the state it leads to; No keeps
     * the partnership as it was, with its comment, Yes moves it. A move that does not end it
     * (startNegotiation, above) does not ask.
     */
    @Test
    void aMoveThatEndsTheLifecycleAsksFirst() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser);
            record(browser);
            WebElement field = browser.waitFor(By.id("lifecycle:comment"));
            // without the comment it requires, the move is refused beside the field before any question
            browser.find(By.cssSelector("button.ddms-move-terminate")).click();
            browser.waitForText(By.cssSelector("#lifecycle .ddms-field .ui-message"), "Write a comment saying why.");
            assertFalse(browser.driver().findElements(By.cssSelector(".ui-confirm-dialog")).stream().anyMatch(WebElement::isDisplayed),
                    "no question before the refusal");
            assertEquals("Proposed", browser.text(By.id("status")), "nothing moved");
            field = browser.waitFor(By.id("lifecycle:comment"));
            field.sendKeys("The company withdrew");
            browser.find(By.cssSelector("button.ddms-move-terminate")).click();
            browser.waitForText(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message"),
                    "Terminate? It will be \u201cTerminated\u201d, and no move can take it back.");
            Accessibility.check(browser, "the question before terminating");
            browser.find(By.id("confirm:confirmNo")).click();
            browser.waitUntil(d -> !d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
            assertEquals("Proposed", browser.text(By.id("status")), "No moves nothing");
            assertEquals("The company withdrew", browser.find(By.id("lifecycle:comment")).getDomProperty("value"));
            browser.find(By.cssSelector("button.ddms-move-terminate")).click();
            browser.waitFor(By.id("confirm:confirmYes")).click();
            browser.waitForText(By.id("status"), "Terminated");
        }
    }

    /**
     * Every move asks why: the comment field is marked required (its label's asterisk, {@code
     * aria-required}), and a move without a comment is refused beside the field, with the focus
     * in it, before anything moves.
     */
    @Test
    void aMoveWithoutACommentIsRefusedBesideTheFieldMarkedRequired() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser);
            record(browser);
            WebElement field = browser.waitFor(By.id("lifecycle:comment"));
            assertEquals("true", field.getAttribute("aria-required"));
            browser.find(By.cssSelector("button.ddms-move-startNegotiation")).click();
            browser.waitForText(By.cssSelector("#lifecycle .ddms-field .ui-message"), "Write a comment saying why.");
            assertEquals("Proposed", browser.text(By.id("status")), "nothing moved");
            assertEquals("lifecycle:comment", browser.driver().switchTo().activeElement().getAttribute("id"),
                    "the refused field has the focus");
            Accessibility.check(browser, "a move refused for want of a comment");
        }
    }

    @Test
    void aDayPickedFromTheCalendarClosesItAndLeavesTheFocusInTheField() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser);
            newPartnership(browser);
            WebElement end = browser.find(By.id("form:endDate_input"));
            WebElement button = browser.find(By.cssSelector("[id='form:endDate'] .ui-datepicker-trigger"));
            // its hidden label is its name ("Choose Date"), not PrimeFaces' "ui-button" (WCAG 2.5.3)
            assertEquals(button.getAttribute("aria-label"), button.getAttribute("textContent").strip());
            button.click();
            // the calendar takes the focus on a day; Enter picks it, as with the mouse
            browser.waitFor(By.id("form:endDate_panel"));
            browser.waitUntil(d -> !d.switchTo().activeElement()
                    .findElements(By.xpath("ancestor::div[@id='form:endDate_panel']")).isEmpty());
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.waitUntil(d -> d.findElements(By.id("form:endDate_panel")).stream().noneMatch(WebElement::isDisplayed));
            assertTrue(end.getAttribute("value").matches("\\d{4}-\\d{2}-\\d{2}"), end.getAttribute("value"));
            assertEquals(end, browser.driver().switchTo().activeElement(), "the focus is back in the field");
        }
    }

    /**
     * An end before the start is refused beside the end date, the field marked and focused, both
     * days kept: it was a line at the top of the page, no field marked, the focus on that line.
     */
    @Test
    void anEndBeforeTheStartIsRefusedBesideTheEndDateWithTheFocusInIt() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser);
            newPartnership(browser);
            WebElement start = browser.find(By.id("form:startDate_input"));
            start.click();
            start.sendKeys("2027-06-30");
            WebElement end = browser.find(By.id("form:endDate_input"));
            end.click();
            end.sendKeys("2027-01-01");
            browser.find(By.id("form:save")).click();
            browser.awaitAjax();
            browser.waitUntil(d -> "form:endDate_input".equals(d.switchTo().activeElement().getAttribute("id")));
            WebElement field = browser.find(By.id("form:endDate_input"));
            assertEquals("true", field.getAttribute("aria-invalid"));
            assertEquals("2027-01-01", field.getAttribute("value"));
            assertEquals("2027-06-30", browser.find(By.id("form:startDate_input")).getAttribute("value"));
            String beside = browser.find(By.id("form:endDate")).findElement(By.xpath("ancestor::div[contains(@class,'ddms-field')]")).getText();
            assertTrue(beside.contains("The end date is before the start date."), beside);
            assertTrue(browser.driver().findElements(By.id("messages")).stream()
                    .noneMatch(m -> m.getAttribute("textContent").contains("The end date is before")), "not at the top of the page");
            Accessibility.check(browser, "an end before the start");
        }
    }

    @Test
    void theListFindsThePartnershipByItsTitle() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser);
            record(browser);
            browser.open(url("/app/partnerships/list.xhtml"));
            browser.waitFor(By.id("list:table:title:filter")).sendKeys(String.valueOf(n));
            browser.waitForText(By.id("list:table_data"), title);
            Accessibility.check(browser, "partnership list");
        }
    }

    @Test
    void theWorkspaceCountsPartnershipsByStatusAndACountOpensTheListSoFiltered() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser);
            record(browser);
            moveWithComment(browser, "startNegotiation", "Agreed to explore the data sharing on 3 March");
            browser.waitForText(By.id("status"), "Negotiating");
            setStartDate(browser);
            moveWithComment(browser, "activate", "Memorandum signed on 1 March");
            browser.waitForText(By.id("status"), "Active");

            browser.find(By.id("navDashboard")).click();
            browser.waitForText(By.id("statusCounts"), "Active");
            Accessibility.check(browser, "workspace");
            browser.find(By.cssSelector("#statusCounts a[href*='status=ACTIVE']")).click();
            browser.waitFor(By.id("list:table_data"));
            assertEquals("Active", browser.find(By.cssSelector("[id$='statusFilter_label']")).getText(),
                    "the list opens filtered by the status clicked");
            // on a used database other active partnerships may fill the first page: narrow it to this one's title
            browser.waitFor(By.id("list:table:title:filter")).sendKeys(String.valueOf(n));
            browser.waitForText(By.id("list:table_data"), title);
            assertEquals("Active", browser.find(By.cssSelector("[id$='statusFilter_label']")).getText(),
                    "the title filter keeps the status filter");
            for (WebElement status : browser.driver().findElements(By.cssSelector("#list\\:table_data .ddms-status"))) {
                assertEquals("Active", status.getText());
            }
        }
    }

    private void signIn(Browser browser) {
        browser.open(url("/app/index.xhtml"));
        browser.signInThroughKeycloak("manager.rs", "demo");
        browser.waitFor(By.id("welcome"));
    }

    /** Creates this test's office and company and fills the new partnership's form with them, unsaved. */
    private void newPartnership(Browser browser) {
        organisation(browser, nsi, "NSI");
        organisation(browser, utility, "UTILITY");
        browser.find(By.id("navPartnerships")).click();
        browser.waitFor(By.id("newPartnership")).click();
        browser.waitFor(By.id("form:title")).sendKeys(title);
        browser.pick("form:lead", nsi, nsi);
        js(browser, "PF('typeMenu').selectValue('DATA_SHARING');");
        js(browser, "PF('domainsMenu').selectValue('ENERGY');");
        browser.find(By.id("form:addPartner")).click();
        browser.awaitAjax();
        browser.waitFor(By.cssSelector("[id$=':partner']"));
        String partnerPicker = browser.find(By.cssSelector(".ddms-partner-row .ui-autocomplete")).getAttribute("id");
        browser.pick(partnerPicker, utility, utility);
        String roleMenu = browser.find(By.cssSelector(".ddms-partner-row .ui-selectonemenu")).getAttribute("id");
        js(browser, "PrimeFaces.getWidgetById('" + roleMenu + "').selectValue('DATA_PROVIDER');");
        browser.find(By.id("form:objectives")).sendKeys("Forecast electricity prices for the city's investment plan");
    }

    /** Records this test's partnership and stays on its page (proposed). */
    private void record(Browser browser) {
        newPartnership(browser);
        browser.find(By.id("form:save")).click();
        browser.waitForText(By.id("title"), title);
    }

    /**
     * Sets the start date 2026-03-01 through the edit form, as a user does: a click into the field,
     * then the day typed (the calendar opens from its button only, so the keys stay in the field).
     */
    private static void setStartDate(Browser browser) {
        browser.find(By.id("edit")).click();
        WebElement start = browser.waitFor(By.id("form:startDate_input"));
        start.click();
        start.sendKeys("2026-03-01");
        assertEquals("2026-03-01", start.getAttribute("value"), "the typed day stays in the field");
        browser.find(By.id("form:save")).click();
        browser.waitForText(By.id("details"), "2026-03-01");
    }

    private void organisation(Browser browser, String name, String type) {
        browser.open(url("/app/organisations/edit.xhtml"));
        browser.waitFor(By.id("form:name")).sendKeys(name);
        js(browser, "PF('typeMenu').selectValue('" + type + "');");
        browser.find(By.id("form:save")).click();
        browser.waitForText(By.id("title"), name);
    }

    private static void moveWithComment(Browser browser, String transition, String comment) {
        WebElement field = browser.waitFor(By.id("lifecycle:comment"));
        field.clear();
        field.sendKeys(comment);
        browser.find(By.cssSelector("button.ddms-move-" + transition)).click();
        browser.awaitAjax();
    }

    private static void js(Browser browser, String script) {
        ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
