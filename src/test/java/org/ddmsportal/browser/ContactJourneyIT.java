package org.ddmsportal.browser;

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
 * Contacts: an NSI manager records a partner's contact (in French, meeting the translated
 * checks on the way); the partner's contact signs in and keeps their own record current, and
 * cannot change a colleague's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactJourneyIT {

    /** The e-mail of the demo realm's user contact.rs: it links the account to the record. */
    private static final String MARKO = "marko.jovanovic@demo.eps.rs";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private String url(String path) {
        return PortalUrl.of(base, path);
    }

    @Test
    void aPartnerContactKeepsTheirOwnRecordCurrent() throws Exception {
        String organisation = "Elektroprivreda Srbije " + System.nanoTime();
        try (Browser browser = new Browser()) {
            browser.open(url("/app/index.xhtml"));
            browser.signInThroughKeycloak("manager.rs", "demo");
            browser.waitFor(By.id("welcome"));

            browser.open(url("/app/organisations/edit.xhtml"));
            browser.waitFor(By.id("form:name")).sendKeys(organisation);
            js(browser, "PF('typeMenu').selectValue('UTILITY');");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("title"), organisation);
            browser.find(By.cssSelector("a[href='#tabs:contactsTab']")).click();
            browser.waitFor(By.id("tabs:addContact")).click();

            // in French: the checks speak French
            browser.waitFor(By.linkText("Français")).click();
            browser.waitFor(By.id("form:save")).click();
            browser.waitForText(By.id("form"), "une valeur est obligatoire");
            assertTrue(browser.text(By.tagName("h1")).equals("Nouveau contact"), "the title follows the language");
            browser.find(By.id("form:email")).sendKeys("pas-une-adresse");
            browser.find(By.id("form:save")).click();
            browser.awaitAjax();
            browser.screenshot(java.nio.file.Path.of("target/screenshots/journey/20-contact-checks-fr.png"));
            assertTrue(browser.text(By.id("form")).contains("adresse électronique"), browser.text(By.id("form")));
            browser.find(By.linkText("English")).click();

            WebElement name = browser.waitFor(By.id("form:fullName"));
            name.clear();
            name.sendKeys("Marko Jovanović");
            WebElement email = browser.find(By.id("form:email"));
            email.clear();
            email.sendKeys(MARKO);
            browser.find(By.id("form:position")).sendKeys("Data officer");
            js(browser, "PF('languagesMenu').selectValue('en'); PF('languagesMenu').selectValue('sr');");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("title"), "Marko Jovanović");
            assertTrue(browser.text(By.id("details")).contains(organisation));
            assertTrue(browser.text(By.id("details")).contains("Serbian"), browser.text(By.id("details")));

            browser.find(By.linkText(organisation)).click();
            browser.waitFor(By.cssSelector("a[href='#tabs:contactsTab']")).click();
            browser.waitFor(By.id("tabs:addContact")).click();
            browser.waitFor(By.id("form:fullName")).sendKeys("Colleague " + System.nanoTime());
            browser.find(By.id("form:email")).sendKeys("colleague." + System.nanoTime() + "@demo.eps.rs");
            browser.find(By.id("form:save")).click();
            browser.waitFor(By.id("title"));
        }

        try (Browser browser = new Browser()) {
            browser.open(url("/app/index.xhtml"));
            browser.signInThroughKeycloak("contact.rs", "demo");
            assertTrue(browser.text(By.id("currentRole")).startsWith("Contact"));
            browser.open(url("/app/contacts/list.xhtml"));
            browser.waitFor(By.id("list:table:fullName:filter")).sendKeys("Colleague");
            browser.waitForText(By.id("list:table_data"), "Colleague");
            browser.find(By.partialLinkText("Colleague")).click();
            browser.waitFor(By.id("title"));
            assertTrue(browser.driver().findElements(By.id("edit")).isEmpty(), "no edit for a colleague's record");

            browser.open(url("/app/contacts/list.xhtml"));
            browser.waitFor(By.id("list:table:fullName:filter")).sendKeys("Marko");
            browser.waitForText(By.id("list:table_data"), "Marko Jovanović");
            browser.find(By.linkText("Marko Jovanović")).click();
            browser.waitFor(By.id("edit")).click();
            WebElement phone = browser.waitFor(By.id("form:phone"));
            phone.sendKeys("+381 11 3972 000");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("details"), "+381 11 3972 000");
            Accessibility.check(browser, "contact");
            browser.find(By.cssSelector("a[href='#tabs:historyTab']")).click();
            browser.waitForText(By.id("history"), "contact.rs");
        }
    }

    private static void js(Browser browser, String script) {
        ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
