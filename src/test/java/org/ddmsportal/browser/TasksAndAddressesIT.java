package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Issue 14 in headless Chromium: a list opened from its address shows exactly the records the
 * address names (filter fields showing the values), changing a filter rewrites the address, and a
 * bad address is explained, not failed; a mail's link followed while signed out leads through
 * Keycloak to the item, which "My tasks" lists with the header's count; an address that would
 * leave the portal after sign-in lands on the workspace. The data is this run's (SQL, unique names).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TasksAndAddressesIT {

    /**
     * The country filter's menu, open and ready for keys: PrimeFaces shows the panel, then (once it
     * has appeared) binds its keys and says it is expanded; a key sent in between is lost.
     */
    private static final By OPEN_COUNTRY_MENU = By.cssSelector("[id$='countryFilter'] [aria-expanded='true']");

    private static final Path SHOTS = Path.of(System.getProperty("ddms.shots", "target/screenshots/tasks"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private final long n = System.nanoTime() % 1_000_000_000L;
    private final String prefix = "Address " + n;

    private String url(String path) {
        return PortalUrl.of(base, path);
    }

    @Test
    void aListOpenedFromItsAddressShowsExactlyThoseRecordsAndAFilterChangeRewritesTheAddress() throws Exception {
        seedPartnerships();
        try (Browser browser = new Browser()) {
            // signed out: the address survives the sign-in (the portal returns to it)
            // the short address of a list, as the dashboards write it
            String address = url("/app/partnerships?title=" + prefix.replace(' ', '+') + "&status=ACTIVE&sort=-title");
            browser.open(address);
            browser.signInThroughKeycloak("manager.rs", "demo");
            browser.waitFor(By.id("list:table_data"));
            assertTrue(browser.driver().getCurrentUrl().contains("/app/partnerships/list?title="),
                    browser.driver().getCurrentUrl());
            assertEquals(List.of(prefix + " B", prefix + " A"), titles(browser), "ACTIVE only, sorted by title descending");
            assertEquals(prefix, browser.find(By.id("list:table:title:filter")).getAttribute("value"));
            assertTrue(browser.driver().findElements(By.cssSelector(".ddms-address-notes")).isEmpty(),
                    "a valid address is not commented on");
            assertEquals("ACTIVE", js(browser, "return document.querySelector(\"select[id$='statusFilter_input']\").value;"));
            Accessibility.check(browser, "partnership list opened from its address");
            browser.screenshot(SHOTS.resolve("10-list-from-address.png"));

            // the user chooses another status: the table and the address follow
            js(browser, "var w = PrimeFaces.getWidgetById(document.querySelector(\"[id$='statusFilter']\").id);"
                    + " w.selectValue('PROPOSED'); PF('partnerships').filter();");
            browser.waitForText(By.id("list:table_data"), prefix + " C");
            waitUntil(browser, "status=PROPOSED");
            String changed = browser.driver().getCurrentUrl();
            assertTrue(changed.contains("title=" + prefix.replace(' ', '+')), changed);
            assertFalse(changed.contains("status=ACTIVE"), changed);
            assertEquals(List.of(prefix + " C"), titles(browser));
            browser.screenshot(SHOTS.resolve("20-filter-changed.png"));

            // the rewritten address, opened again, reproduces the list
            browser.open(changed);
            browser.waitFor(By.id("list:table_data"));
            assertEquals(List.of(prefix + " C"), titles(browser));
            assertEquals("PROPOSED", js(browser, "return document.querySelector(\"select[id$='statusFilter_input']\").value;"));

            // a bad address: explained in the list's head, never an error page
            browser.open(url("/app/pilots/list?phase=four&colour=red&sort=nonsense"));
            browser.waitFor(By.cssSelector(".ddms-address-notes"));
            String notes = browser.text(By.cssSelector(".ddms-address-notes"));
            assertTrue(notes.contains("phase") && notes.contains("colour") && notes.contains("nonsense"), notes);
            Accessibility.check(browser, "pilot list with a bad address");
            browser.screenshot(SHOTS.resolve("30-bad-address.png"));
        }
    }

    /**
     * A manager's list opens on her country; choosing "All" is kept in the address ({@code
     * country=all}), so the address opened again (a reload, a bookmark) shows every country's,
     * not hers again.
     */
    @Test
    void allCountriesChosenInAListIsKeptInItsAddress() throws Exception {
        String both = "Both " + n;
        seedPartnership(both + " RS", "RS");
        seedPartnership(both + " IT", "IT");
        try (Browser browser = new Browser()) {
            browser.open(url("/app/partnerships?title=" + both.replace(' ', '+') + "&sort=title"));
            browser.signInThroughKeycloak("manager.rs", "demo");
            browser.waitFor(By.id("list:table_data"));
            assertEquals(List.of(both + " RS"), titles(browser), "the list opens on her country");

            // Enter on the country filter opens its menu, and does not sort the list by its column
            js(browser, "document.querySelector(\"[id$='countryFilter'] .ui-selectonemenu-label\").focus();");
            browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitUntil(d -> !d.findElements(OPEN_COUNTRY_MENU).isEmpty());
            browser.awaitAjax();
            assertFalse(browser.driver().getCurrentUrl().contains("sort=country"), browser.driver().getCurrentUrl());
            Accessibility.check(browser, "the country filter's menu, open");
            browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.waitUntil(d -> !d.findElement(By.cssSelector("[id$='countryFilter_panel']")).isDisplayed());

            // the menu is named after its filter, its value the choice shown
            assertEquals("Filter Country", browser.find(By.cssSelector("[id$='countryFilter_label']")).getDomAttribute("aria-label"));
            // Arrow Down on the closed menu opens it and picks nothing: the list is not filtered again
            String before = browser.driver().getCurrentUrl();
            js(browser, "document.querySelector(\"[id$='countryFilter'] .ui-selectonemenu-label\").focus();");
            browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
            browser.waitUntil(d -> !d.findElements(OPEN_COUNTRY_MENU).isEmpty());
            browser.awaitAjax();
            assertEquals(before, browser.driver().getCurrentUrl(), "nothing picked, nothing filtered");
            assertEquals(List.of(both + " RS"), titles(browser));
            browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.waitUntil(d -> !d.findElement(By.cssSelector("[id$='countryFilter_panel']")).isDisplayed());

            js(browser, "var w = PrimeFaces.getWidgetById(document.querySelector(\"[id$='countryFilter']\").id);"
                    + " w.selectValue(''); PF('partnerships').filter();");
            browser.waitForText(By.id("list:table_data"), both + " IT");
            waitUntil(browser, "country=all");
            String all = browser.driver().getCurrentUrl();

            browser.open(all);
            browser.waitFor(By.id("list:table_data"));
            assertEquals(List.of(both + " IT", both + " RS"), titles(browser), "every country's, opened again");
            assertEquals("", js(browser, "return document.querySelector(\"select[id$='countryFilter_input']\").value;"));
            assertTrue(browser.driver().findElements(By.cssSelector(".ddms-address-notes")).isEmpty(),
                    "country=all is no unknown country");
        }
    }

    /**
     * The page is in the address too: page 2 of a filtered list, opened again from its address, is
     * page 2; a page past the last opens the last, and what is not a page number the first, with a
     * note — never an error.
     */
    @Test
    void thePageOfAListIsInItsAddressAndOpensAgainThere() throws Exception {
        String paged = "Paged " + n;
        seedPartnerships(paged, 25);
        try (Browser browser = new Browser()) {
            browser.open(url("/app/partnerships?title=" + paged.replace(' ', '+') + "&sort=title"));
            browser.signInThroughKeycloak("manager.rs", "demo");
            browser.waitFor(By.id("list:table_data"));
            assertEquals(paged + " 01", titles(browser).get(0));
            assertFalse(browser.driver().getCurrentUrl().contains("page="), "page 1 is not written");

            // the user goes to page 2: the address says so
            js(browser, "PF('partnerships').getPaginator().setPage(1);");
            browser.waitForText(By.id("list:table_data"), paged + " 21");
            waitUntil(browser, "page=2");
            String second = browser.driver().getCurrentUrl();
            assertTrue(second.contains("title=" + paged.replace(' ', '+')) && second.contains("sort=title"), second);

            // the address opened again (a reload, a bookmark): still page 2, with its filter and order
            browser.open(second);
            browser.waitFor(By.id("list:table_data"));
            assertEquals(List.of(paged + " 21", paged + " 22", paged + " 23", paged + " 24", paged + " 25"), titles(browser));
            assertEquals(1L, ((Number) js(browser, "return PF('partnerships').getPaginator().getCurrentPage();")).longValue(),
                    "the paginator shows page 2");
            assertTrue(browser.driver().findElements(By.cssSelector(".ddms-address-notes")).isEmpty());
            Accessibility.check(browser, "partnership list opened at page 2 from its address");
            browser.screenshot(SHOTS.resolve("35-page-from-address.png"));

            // past the last page: the last page
            browser.open(second.replace("page=2", "page=40"));
            browser.waitFor(By.id("list:table_data"));
            assertEquals(paged + " 21", titles(browser).get(0), "page 40 of 2: the last");

            // not a page number: the first page, and a note
            browser.open(second.replace("page=2", "page=two"));
            browser.waitFor(By.cssSelector(".ddms-address-notes"));
            assertTrue(browser.text(By.cssSelector(".ddms-address-notes")).contains("two"));
            assertEquals(paged + " 01", titles(browser).get(0));

            // a status the workflow has not: left out with a note, not a list emptied in silence
            browser.open(second.replace("page=2", "status=BOGUS"));
            browser.waitFor(By.cssSelector(".ddms-address-notes"));
            assertTrue(browser.text(By.cssSelector(".ddms-address-notes")).contains("\"BOGUS\""),
                    browser.text(By.cssSelector(".ddms-address-notes")));
            assertEquals(paged + " 01", titles(browser).get(0));
            assertEquals("All", browser.text(By.cssSelector("[id$='statusFilter_label']")));

            // 10 rows a page, page 2: both in the address, and a shared link opens there (rows 11 to 20)
            browser.open(second.replace("&page=2", "").replace("?page=2&", "?"));
            browser.waitFor(By.id("list:table_data"));
            js(browser, "PF('partnerships').getPaginator().setRowsPerPage(10);");
            waitUntil(browser, "rows=10");
            js(browser, "PF('partnerships').getPaginator().setPage(1);");
            browser.waitForText(By.id("list:table_data"), paged + " 11");
            waitUntil(browser, "page=2");
            String tens = browser.driver().getCurrentUrl();
            assertTrue(tens.contains("rows=10"), tens);
            browser.open(tens);
            browser.waitFor(By.id("list:table_data"));
            assertEquals(10, titles(browser).size(), "10 rows a page");
            assertEquals(paged + " 11", titles(browser).get(0), "its page 2");
            // rows a page none of the choices: the usual 20, and a note
            browser.open(tens.replace("rows=10", "rows=7").replace("page=2", "page=1"));
            browser.waitFor(By.cssSelector(".ddms-address-notes"));
            assertTrue(browser.text(By.cssSelector(".ddms-address-notes")).contains("\"7\""));
            assertEquals(20, titles(browser).size());
        }
    }

    @Test
    void aMailLinkFollowedWhileSignedOutLeadsThroughSignInToTheItemAndMyTasksListsIt() throws Exception {
        String reference = seedAgreementInReview();
        try (Browser browser = new Browser()) {
            browser.open(url("/app/agreements/list?reference=" + reference));
            browser.signInThroughKeycloak("manager.rs", "demo");
            browser.waitFor(By.linkText(reference)).click();
            var field = browser.waitFor(By.id("lifecycle:comment"));
            field.sendKeys("Ready for signature");
            browser.find(By.cssSelector("button.ddms-move-sendForSignature")).click();
            browser.waitForText(By.id("status"), "Out for signature");
        }
        // the real mail the city's signatory received
        String link = mailLink("jelena.nikolic@demo.beograd.rs", reference);
        assertTrue(link.matches("http://localhost:\\d+/ddms/app/agreements/view\\?id=\\d+"), link);
        try (Browser browser = new Browser()) {
            browser.open(link);
            browser.signInThroughKeycloak("contact.beg", "demo");
            browser.waitForText(By.id("reference"), reference);
            assertEquals(link, browser.driver().getCurrentUrl(), "after sign-in the portal returns to the mail's link");
            browser.waitFor(By.id("signing:sign"));
            long count = Long.parseLong(browser.text(By.id("taskCount")).strip());
            assertTrue(count >= 1, "the header counts the signature waiting: " + count);
            Accessibility.check(browser, "agreement reached from a mail");
            browser.screenshot(SHOTS.resolve("40-mail-link-after-sign-in.png"));

            browser.find(By.id("myTasksLink")).click();
            WebElement task = browser.waitFor(By.xpath("//ul[@id='myTasks']//a[starts-with(normalize-space(.), '"
                    + reference + " ')]"));
            assertTrue(browser.find(By.id("myTasks")).findElements(By.tagName("li")).size() <= count);
            Accessibility.check(browser, "workspace with my tasks");
            browser.screenshot(SHOTS.resolve("50-my-tasks.png"));
            task.click();
            browser.waitForText(By.id("reference"), reference);
        }
    }

    @Test
    void anAddressThatWouldLeaveThePortalAfterSignInLandsOnTheWorkspace() throws Exception {
        for (String attempt : List.of("/app//evil.example", "/app/http://evil.example/")) {
            try (Browser browser = new Browser()) {
                browser.open(url(attempt));
                browser.signInThroughKeycloak("manager.rs", "demo");
                browser.waitFor(By.id("welcome"));
                String landed = browser.driver().getCurrentUrl();
                assertTrue(landed.startsWith(url("/app/index")), attempt + " → " + landed);
                assertFalse(landed.contains("evil"), landed);
            }
        }
    }

    private List<String> titles(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#list\\:table_data tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }

    private static void waitUntil(Browser browser, String inUrl) throws InterruptedException {
        for (int i = 0; i < 50 && !browser.driver().getCurrentUrl().contains(inUrl); i++) {
            Thread.sleep(200);
        }
        assertTrue(browser.driver().getCurrentUrl().contains(inUrl), browser.driver().getCurrentUrl());
    }

    private static Object js(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private String mailLink(String to, String reference) throws InterruptedException {
        Pattern link = Pattern.compile("https?://\\S*/app/agreements/view\\?id=\\d+");
        for (int i = 0; i < 60; i++) {
            for (MimeMessage m : TestStack.receivedMails()) {
                try {
                    if (m.getAllRecipients()[0].toString().equalsIgnoreCase(to) && m.getSubject().contains(reference)) {
                        Matcher matcher = link.matcher(GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "="));
                        if (matcher.find()) {
                            return matcher.group();
                        }
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail to " + to + " about " + reference);
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("ddms.test.dbUrl"), "root", "");
    }

    /** A Serbian NSI of this run leading three partnerships: A and B active, C proposed. */
    private void seedPartnerships() throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisation (name, type_id, country_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'NSI " + prefix + "', t.id, k.id, 0, NOW(6), 'test', NOW(6), 'test'"
                    + " FROM organisation_type t JOIN country k ON k.iso_alpha2 = 'RS' WHERE t.code = 'NSI'");
            s.execute("INSERT INTO partnership (title, lead_organisation_id, type, status, version, created_at,"
                    + " created_by, modified_at, modified_by) SELECT CONCAT('" + prefix + " ', x.t), o.id, 'DATA_SHARING',"
                    + " x.s, 0, NOW(6), 'test', NOW(6), 'test' FROM (SELECT 'A' t, 'ACTIVE' s UNION ALL SELECT 'B', 'ACTIVE'"
                    + " UNION ALL SELECT 'C', 'PROPOSED') x JOIN organisation o ON o.name = 'NSI " + prefix + "'");
            org.ddmsportal.it.SeededChange.record(c, "TasksAndAddressesIT " + n); // as a user's change would
        }
    }

    /** An NSI of {@code country} of this run leading one active partnership titled {@code title}. */
    private void seedPartnership(String title, String country) throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisation (name, type_id, country_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'NSI " + title + "', t.id, k.id, 0, NOW(6), 'test', NOW(6), 'test'"
                    + " FROM organisation_type t JOIN country k ON k.iso_alpha2 = '" + country + "' WHERE t.code = 'NSI'");
            s.execute("INSERT INTO partnership (title, lead_organisation_id, type, status, version, created_at,"
                    + " created_by, modified_at, modified_by) SELECT '" + title + "', o.id, 'DATA_SHARING', 'ACTIVE', 0,"
                    + " NOW(6), 'test', NOW(6), 'test' FROM organisation o WHERE o.name = 'NSI " + title + "'");
            org.ddmsportal.it.SeededChange.record(c, "TasksAndAddressesIT " + n); // as a user's change would
        }
    }

    /** A Serbian NSI of this run leading {@code count} active partnerships titled "{title} 01"… */
    private void seedPartnerships(String title, int count) throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisation (name, type_id, country_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'NSI " + title + "', t.id, k.id, 0, NOW(6), 'test', NOW(6), 'test'"
                    + " FROM organisation_type t JOIN country k ON k.iso_alpha2 = 'RS' WHERE t.code = 'NSI'");
            for (int i = 1; i <= count; i++) {
                s.execute("INSERT INTO partnership (title, lead_organisation_id, type, status, version, created_at,"
                        + " created_by, modified_at, modified_by) SELECT '" + title + " " + String.format("%02d", i)
                        + "', o.id, 'DATA_SHARING', 'ACTIVE', 0, NOW(6), 'test', NOW(6), 'test' FROM organisation o"
                        + " WHERE o.name = 'NSI " + title + "'");
            }
            org.ddmsportal.it.SeededChange.record(c, "TasksAndAddressesIT " + n); // as a user's change would
        }
    }

    /**
     * A complete data-sharing agreement of this run in internal review, the City of Belgrade (whose
     * contact is the demo user contact.beg) its first signatory: sending it mails the city its turn.
     */
    private String seedAgreementInReview() throws SQLException {
        String reference = "RS-2097-" + String.format("%04d", n % 10000);
        String title = "Mail link " + n;
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisation (name, type_id, country_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'NSI " + title + "', t.id, k.id, 0, NOW(6), 'test', NOW(6), 'test'"
                    + " FROM organisation_type t JOIN country k ON k.iso_alpha2 = 'RS' WHERE t.code = 'NSI'");
            s.execute("INSERT INTO organisation (code, name, type_id, country_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'RS-BEG', 'City of Belgrade', t.id, k.id, 0, NOW(6), 'test',"
                    + " NOW(6), 'test' FROM organisation_type t JOIN country k ON k.iso_alpha2 = 'RS'"
                    + " WHERE t.code = 'MUNICIPALITY' AND NOT EXISTS (SELECT 1 FROM organisation WHERE code = 'RS-BEG')");
            s.execute("INSERT INTO contact (full_name, email, organisation_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'Jelena Nikolić', 'jelena.nikolic@demo.beograd.rs', o.id, 0,"
                    + " NOW(6), 'test', NOW(6), 'test' FROM organisation o WHERE o.code = 'RS-BEG' AND NOT EXISTS"
                    + " (SELECT 1 FROM contact WHERE email = 'jelena.nikolic@demo.beograd.rs')");
            s.execute("INSERT INTO partnership (title, lead_organisation_id, type, status, version, created_at,"
                    + " created_by, modified_at, modified_by) SELECT '" + title + "', o.id, 'DATA_SHARING',"
                    + " 'ACTIVE', 0, NOW(6), 'test', NOW(6), 'test' FROM organisation o WHERE o.name = 'NSI " + title + "'");
            s.execute("INSERT INTO partnership_partner (partnership_id, organisation_id, role)"
                    + " SELECT p.id, o.id, 'DATA_PROVIDER' FROM partnership p JOIN organisation o ON o.code = 'RS-BEG'"
                    + " WHERE p.title = '" + title + "'");
            s.execute("INSERT INTO agreement (reference, kind, title, partnership_id, country_code, template_code, status,"
                    + " owner_email, effective_date, expiry_date, renewal_notice_days, review_date, items_covered, purposes,"
                    + " legal_basis, personal_data, personal_data_categories, confidentiality, disclosure_control,"
                    + " min_cell_count, permitted_uses, prohibited_uses, access_method, frequency, retention_period,"
                    + " deletion_duty, breach_procedure, proprietary_rights, publication_allowed, publication_clearance,"
                    + " costs, term_text, version, created_at, created_by, modified_at, modified_by)"
                    + " SELECT '" + reference + "', 'DSA', '" + title + "', p.id, 'RS', 'dsa', 'INTERNAL_REVIEW',"
                    + " 'owner." + n + "@stat.test', CURDATE() - INTERVAL 1 DAY, CURDATE() + INTERVAL 2 YEAR, 90,"
                    + " CURDATE() + INTERVAL 1 YEAR, 'Hourly consumption', 'Price forecasts', 'Law on Official Statistics',"
                    + " FALSE, NULL, 'CONFIDENTIAL', 'Cells under 10 suppressed', 10, 'Official statistics',"
                    + " 'Commercial use', 'SECURE_TRANSFER', 'Monthly', '5 years', 'Deleted after five years',"
                    + " 'Notify within 72 hours', 'The city''s', TRUE, TRUE, 'Own costs', 'Renewable', 0,"
                    + " UTC_TIMESTAMP(6), 'test', UTC_TIMESTAMP(6), 'test' FROM partnership p WHERE p.title = '" + title + "'");
            s.execute("INSERT INTO agreement_party (agreement_id, organisation_id, contact_id, party_role, sign_order, status)"
                    + " SELECT a.id, o.id, k.id, 'SIGNER', 1, 'PENDING' FROM agreement a JOIN organisation o ON o.code = 'RS-BEG'"
                    + " JOIN contact k ON k.email = 'jelena.nikolic@demo.beograd.rs' WHERE a.reference = '" + reference + "'");
            // the statistical office signs after the city: an agreement is between two organisations at least
            s.execute("INSERT INTO contact (full_name, email, organisation_id, version, created_at, created_by, modified_at,"
                    + " modified_by) SELECT 'Director " + n + "', 'director." + n + "@stat.test', o.id, 0, NOW(6), 'test',"
                    + " NOW(6), 'test' FROM organisation o WHERE o.name = 'NSI " + title + "'");
            s.execute("INSERT INTO agreement_party (agreement_id, organisation_id, contact_id, party_role, sign_order, status)"
                    + " SELECT a.id, o.id, k.id, 'SIGNER', 2, 'PENDING' FROM agreement a JOIN organisation o"
                    + " ON o.name = 'NSI " + title + "' JOIN contact k ON k.email = 'director." + n + "@stat.test'"
                    + " WHERE a.reference = '" + reference + "'");
            org.ddmsportal.it.SeededChange.record(c, "TasksAndAddressesIT " + n); // as a user's change would
        }
        return reference;
    }
}
