package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.ddmsportal.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A manager's Monday in headless Chromium, one behaviour a test, each on data of its own: the
 * Serbian NSI manager opens the management dashboard from the menu, sees the pipeline, status and
 * pilot charts drawn, the pilot cities on the map and the rule of the computed status; every page
 * passes axe. A number opens its list: the agreements out for signature, and a pipeline stage's
 * partnerships, and the list shows exactly that many. A coordinator's dashboard renders and counts
 * a new proposal at once, a coordinator may choose Serbia's NSI dashboard, and a manager may not
 * open the coordinator's (403). A pilot in a city with coordinates and an agreement out for
 * signature are inserted with SQL, so the page has something to draw whatever ran before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardJourneyIT {

    private static final Path SHOTS = Path.of("target/screenshots/dashboards");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private final long n = System.nanoTime() % 1_000_000_000L;

    private String url(String path) {
        return PortalUrl.of(base, path);
    }

    @Test
    void aManagerOpensTheDashboardFromTheMenuAndSeesItsChartsMapAndStatusRule() throws Exception {
        seed();
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            browser.find(By.id("navNsiDashboard")).click();
            browser.waitFor(By.cssSelector("#pipelineChart canvas"));
            browser.waitFor(By.cssSelector("#healthChart canvas"));
            browser.waitFor(By.cssSelector("#pilotsChart canvas"));
            browser.waitFor(By.cssSelector("#pilotMap path.ddms-city-marker"));
            assertTrue(browser.text(By.id("pilotCities")).contains("Dashboard city " + n), "the city in the map's table");
            assertTrue(browser.text(By.id("healthRule")).contains("180"), "the rule is said on the page");
            assertEquals(6, browser.driver().findElements(By.cssSelector("#pipeline tbody tr")).size(), "six stages");
            Accessibility.check(browser, "NSI management dashboard");
            Accessibility.reflows(browser, "NSI management dashboard");
            browser.screenshot(SHOTS.resolve("10-nsi-dashboard.png"));
            tall(browser);
            browser.screenshot(SHOTS.resolve("11-nsi-dashboard-whole.png"));
        }
    }

    @Test
    void theOutForSignatureFigureOpensTheListOfExactlyThatManyAgreements() throws Exception {
        seed();
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            browser.open(url("/app/dashboards/nsi"));
            String figure = browser.text(By.cssSelector("a[id$='outForSignature'] .ddms-count"));
            assertTrue(Integer.parseInt(figure) >= 1, figure);
            browser.find(By.cssSelector("a[id$='outForSignature']")).click();
            browser.waitFor(By.cssSelector(".ui-paginator-current"));
            String address = browser.driver().getCurrentUrl();
            assertTrue(address.contains("status=OUT_FOR_SIGNATURE"), address);
            String report = browser.text(By.cssSelector(".ui-paginator-current"));
            assertTrue(report.endsWith(" " + figure), "the list holds the " + figure + " agreements counted: " + report);
            assertTrue(browser.text(By.id("list:table")).contains("Dashboard agreement " + n));
            Accessibility.check(browser, "agreements out for signature");
            browser.screenshot(SHOTS.resolve("20-click-through.png"));
        }
    }

    @Test
    void aPipelineStagesFigureOpensThePartnershipsAtThatStage() throws Exception {
        seed();
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            // the address carries the stage
            browser.open(url("/app/dashboards/nsi"));
            browser.waitFor(By.id("pipeline"));
            org.openqa.selenium.WebElement stageLink = browser.driver()
                    .findElements(By.cssSelector("#pipeline tbody tr a.ddms-figure")).stream()
                    .filter(a -> !"0".equals(a.getText().strip())).findFirst().orElseThrow();
            String stageFigure = stageLink.getText().strip();
            stageLink.click();
            browser.waitFor(By.cssSelector(".ui-paginator-current"));
            assertTrue(browser.driver().getCurrentUrl().contains("stage="), browser.driver().getCurrentUrl());
            String stageReport = browser.text(By.cssSelector(".ui-paginator-current"));
            assertTrue(stageReport.endsWith(" " + stageFigure),
                    "the list holds the " + stageFigure + " partnerships of the stage: " + stageReport);
        }
    }

    @Test
    void aManagerMayNotOpenTheCoordinatorsDashboard() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs");
            browser.open(url("/app/dashboards/coordinator"));
            assertTrue(browser.driver().getPageSource().contains("403") || browser.driver().getTitle().contains("403")
                    || !browser.driver().getPageSource().contains("crossCountry"), "refused");
        }
    }

    @Test
    void aCoordinatorsDashboardComparesTheCountriesAndCountsANewProposalAtOnce() throws Exception {
        seed();
        try (Browser browser = new Browser()) {
            signIn(browser, "coordinator");
            browser.find(By.id("navCoordinatorDashboard")).click();
            browser.waitFor(By.cssSelector("#phaseChart canvas"));
            browser.waitFor(By.cssSelector("#lessonsChart canvas"));
            browser.waitFor(By.id("crossCountry"));
            assertTrue(browser.text(By.id("crossCountry")).contains("Serbia"));
            Accessibility.check(browser, "coordinator dashboard");
            Accessibility.reflows(browser, "coordinator dashboard");
            browser.screenshot(SHOTS.resolve("30-coordinator-dashboard.png"));
            tall(browser);
            browser.screenshot(SHOTS.resolve("31-coordinator-dashboard-whole.png"));
            // the cross-country table is rendered once per computed dashboard (o:cache): a change shows at once
            By proposed = By.cssSelector("#country-RS a.partnerships-PROPOSED");
            long before = browser.driver().findElements(proposed).isEmpty() ? 0 : Long.parseLong(browser.text(proposed).strip());
            browser.open(url("/app/dashboards/coordinator"));
            browser.waitFor(By.id("crossCountry"));
            assertEquals(before, browser.driver().findElements(proposed).isEmpty() ? 0 : Long.parseLong(browser.text(proposed).strip()),
                    "the same figure again");
            proposeOneMore();
            browser.open(url("/app/dashboards/coordinator"));
            browser.waitFor(By.id("crossCountry"));
            assertEquals(before + 1, Long.parseLong(browser.text(proposed).strip()), "the new proposal counted");

            // a count agrees with its noun in each language (CLDR plural rules): "1 case study", "3 case studies";
            // none is said in words
            assertQueue(browser.text(By.id("queueTotal")), "^(\\d+) case stud(y|ies) waiting", n -> n == 1 ? "y" : "ies",
                    "No case study is waiting for a coordinator.");
            browser.open(url("/app/dashboards/coordinator?language=fr"));
            assertQueue(browser.text(By.id("queueTotal")), "^(\\d+) (étude|études) de cas en attente",
                    n -> n == 1 ? "étude" : "études", "Aucune étude de cas n’attend de coordinateur.");
            browser.open(url("/app/dashboards/coordinator?language=en"));
        }
    }

    @Test
    void aCoordinatorChoosesSerbiasNsiDashboard() throws Exception {
        seed();
        try (Browser browser = new Browser()) {
            signIn(browser, "coordinator");
            browser.open(url("/app/dashboards/nsi?country=RS"));
            browser.waitFor(By.cssSelector("#pilotMap path.ddms-city-marker"));
            assertEquals("Serbia", browser.text(By.id("shownCountry")));
            Accessibility.check(browser, "NSI dashboard chosen by a coordinator");
            browser.screenshot(SHOTS.resolve("40-coordinator-chooses-serbia.png"));
        }
    }

    /** The review queue's sentence: its noun agrees with its count, or it says in words that none waits. */
    private static void assertQueue(String queue, String counted, java.util.function.LongFunction<String> noun, String none) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(counted).matcher(queue);
        if (m.find()) {
            assertEquals(noun.apply(Long.parseLong(m.group(1))), m.group(2), queue);
        } else {
            assertEquals(none, queue);
        }
    }

    private void signIn(Browser browser, String user) {
        browser.open(url("/app/index.xhtml"));
        browser.signInThroughKeycloak(user, "demo");
        browser.waitFor(By.id("welcome"));
    }

    /** One more proposed Serbian partnership, written as the seed is (with its audit entry). */
    private void proposeOneMore() throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("ddms.test.dbUrl"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO partnership (title, lead_organisation_id, type, status, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'Dashboard proposal " + n + "', o.id, 'DATA_SHARING', 'PROPOSED', 0,"
                    + " NOW(6), 'test', NOW(6), 'test' FROM organisation o JOIN country k ON k.id = o.country_id"
                    + " WHERE k.iso_alpha2 = 'RS' ORDER BY o.id LIMIT 1");
            org.ddmsportal.it.SeededChange.record(c, "DashboardJourneyIT proposal " + n);
        }
    }

    /** The whole page in one screenshot (for looking at, not for asserting). */
    private static void tall(Browser browser) {
        Object height = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight;");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280,
                Math.min(6000, ((Number) height).intValue() + 100)));
    }

    private void seed() throws SQLException {
        String audit = ", 0, NOW(6), 'test', NOW(6), 'test'";
        try (Connection c = DriverManager.getConnection(System.getProperty("ddms.test.dbUrl"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisation (name, type_id, country_id, latitude, longitude, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT x.name, t.id, k.id, x.lat, x.lon" + audit
                    + " FROM (SELECT 'Dashboard NSI " + n + "' name, 'NSI' type, NULL lat, NULL lon"
                    + " UNION ALL SELECT 'Dashboard city " + n + "', 'MUNICIPALITY', 44.0165, 21.0059) x"
                    + " JOIN organisation_type t ON t.code = x.type JOIN country k ON k.iso_alpha2 = 'RS'");
            s.execute("INSERT INTO pilot (title, city_id, lead_id, status, phase, version, created_at, created_by, modified_at,"
                    + " modified_by) SELECT 'Dashboard pilot " + n + "', ci.id, ns.id, 'RUNNING', 3" + audit
                    + " FROM organisation ci JOIN organisation ns ON ns.name = 'Dashboard NSI " + n + "'"
                    + " WHERE ci.name = 'Dashboard city " + n + "'");
            s.execute("INSERT INTO partnership (title, lead_organisation_id, type, status, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'Dashboard partnership " + n + "', id, 'DATA_SHARING', 'NEGOTIATING'" + audit
                    + " FROM organisation WHERE name = 'Dashboard NSI " + n + "'");
            s.execute("INSERT INTO agreement (reference, kind, title, partnership_id, country_code, template_code, status,"
                    + " version, created_at, created_by, modified_at, modified_by) SELECT 'RS-D" + (n % 1_000_000_000L)
                    + "', 'MOU', 'Dashboard agreement " + n + "', p.id, 'RS', 'mou', 'OUT_FOR_SIGNATURE'" + audit
                    + " FROM partnership p WHERE p.title = 'Dashboard partnership " + n + "'");
            s.execute("INSERT INTO agreement_party (agreement_id, organisation_id, party_role, sign_order, status)"
                    + " SELECT a.id, o.id, 'SIGNER', 1, 'PENDING' FROM agreement a JOIN organisation o"
                    + " ON o.name = 'Dashboard city " + n + "' WHERE a.title = 'Dashboard agreement " + n + "'");
            org.ddmsportal.it.SeededChange.record(c, "DashboardJourneyIT " + n);
        }
    }
}
