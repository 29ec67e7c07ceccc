package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
 * Dissemination: an NSI manager records a workshop held both in a hall and online. The new
 * activity starts covering the manager's country; the attendance row's button stands level with
 * its fields; the activity's page gives the place and that it was online too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivityJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    @Test
    void aManagerRecordsAWorkshopHeldInAHallAndOnline() throws Exception {
        String title = "Workshop on district heating data " + System.nanoTime();
        try (Browser browser = new Browser()) {
            browser.open(PortalUrl.of(base, "/app/index.xhtml"));
            browser.signInThroughKeycloak("manager.rs", "demo");
            browser.waitFor(By.id("welcome"));
            browser.open(PortalUrl.of(base, "/app/activities/edit"));
            browser.waitFor(By.id("form:title")).sendKeys(title);
            // the manager's own country is already among the countries taking part
            assertEquals("Serbia", browser.text(By.cssSelector("#form\\:countries .ui-selectcheckboxmenu-token-label")));
            WebElement button = browser.find(By.cssSelector("[id$='removeAttendance']"));
            WebElement attendees = browser.find(By.cssSelector("[id$='attendees_input']"));
            assertTrue(Math.abs(attendees.getRect().getY() - button.getRect().getY()) <= 2,
                    "the row's button stands level with its input: " + attendees.getRect().getY() + " and " + button.getRect().getY());

            String kind = browser.find(By.cssSelector(".ui-selectonemenu[id$='kind']")).getAttribute("id");
            ((JavascriptExecutor) browser.driver()).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue('WORKSHOP');", kind);
            WebElement heldOn = browser.find(By.id("form:heldOn_input"));
            heldOn.click();
            heldOn.sendKeys("2027-03-15");
            browser.find(By.id("form:place")).sendKeys("Belgrade City Hall");
            browser.find(By.cssSelector("#form\\:online .ui-chkbox-box")).click();
            Accessibility.check(browser, "new activity");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("title"), title);
            String details = browser.text(By.id("details"));
            assertTrue(details.contains("Belgrade City Hall · Online"), details);
            assertEquals("Serbia", browser.text(By.id("countries")), "Serbia is among the countries taking part");
            Accessibility.check(browser, "activity");
            Accessibility.reflows(browser, "activity");
        }
    }
}
