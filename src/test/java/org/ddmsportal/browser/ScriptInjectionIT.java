package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.ddmsportal.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * A script planted in an indicator's free-text fields and a city's name (what any NSI user can
 * write) never runs: not on the indicator page (charts and map), not for anonymous visitors of
 * the showcase, not in the SDMX exports. Before the fix the chart JSON closed the page's inline
 * script ({@code u</script><img src=x onerror=alert(1)>}). Every page also carries the
 * Content-Security-Policy that would stop such a script, and its own scripts meet no violation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScriptInjectionIT {

    static final String PAYLOAD = "u</script><img src=x onerror=alert(1)>";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private final long n = System.nanoTime() % 1_000_000_000L;
    private final String code = "XSS-" + n;

    @Test
    void aScriptPlantedInAnIndicatorRunsNowhere() throws Exception {
        long id = plant();
        try (Browser browser = new Browser()) {
            browser.open(PortalUrl.of(base, "/showcase/indicator.xhtml?code=" + code));
            browser.waitFor(By.cssSelector("#chartForm canvas"));
            assertInert(browser, "showcase indicator");
            browser.screenshot(Path.of("target/screenshots/trust/01-showcase-indicator.png"));
        }
        try (Browser browser = new Browser()) {
            browser.open(PortalUrl.of(base, "/app/indicators/view.xhtml?id=" + id));
            browser.signInThroughKeycloak("manager.rs", "demo");
            browser.waitFor(By.id("currentUser"));   // sign-in returns to the page asked for
            browser.open(PortalUrl.of(base, "/app/indicators/view.xhtml?id=" + id));
            browser.waitFor(By.cssSelector("canvas"));
            browser.waitFor(By.cssSelector("#cityMap .ddms-city-marker"));
            assertInert(browser, "indicator page");
            assertTrue(browser.find(By.id("cityMap")).getText().contains("<img src=x"),
                    "the map's label shows the planted text as text");
            browser.screenshot(Path.of("target/screenshots/trust/02-indicator.png"));
            Accessibility.check(browser, "indicator page with planted text");
        }
        HttpClient http = HttpClient.newHttpClient();
        for (String export : List.of("/api/indicators/" + code + "/data.json", "/api/indicators/" + code + "/data.csv")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(PortalUrl.of(base, export))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), export);
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertFalse(type.contains("html"), export + " is not served as HTML: " + type);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), export);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"), export);
        }
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(
                PortalUrl.of(base, "/showcase/indicator.xhtml?code=" + code))).GET().build(), HttpResponse.BodyHandlers.ofString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        String scripts = csp.substring(csp.indexOf("script-src"));
        assertTrue(scripts.startsWith("script-src 'self' 'nonce-") && !scripts.contains("unsafe"), csp);
        assertFalse(page.body().contains("</script><img"), "the payload never appears unescaped in the page");
    }

    @Test
    void aScriptPlantedInEveryFreeTextRunsOnNoPageFeedOrExport() throws Exception {
        Planted p = plantEverywhere();
        String[] portalPages = {"/app/index.xhtml", "/app/organisations/view.xhtml?id=" + p.organisation,
            "/app/partnerships/view.xhtml?id=" + p.partnership, "/app/partnerships/list.xhtml",
            "/app/pilots/view.xhtml?id=" + p.pilot, "/app/pilots/list.xhtml",
            "/app/datasets/view.xhtml?id=" + p.dataset, "/app/datasets/list.xhtml",
            "/app/decisions/view.xhtml?id=" + p.decision, "/app/decisions/list.xhtml",
            "/app/case-studies/view.xhtml?id=" + p.caseStudy, "/app/case-studies/list.xhtml",
            "/app/guidelines/view.xhtml?id=" + p.guideline, "/app/guidelines/list.xhtml",
            "/app/activities/view.xhtml?id=" + p.activity, "/app/activities/list.xhtml",
            "/app/search.xhtml?q=" + p.word, "/app/lineage.xhtml?kind=pilot&id=" + p.pilot,
            "/app/organisations/list.xhtml"};
        try (Browser browser = new Browser()) {
            browser.open(PortalUrl.of(base, "/app/index.xhtml"));
            browser.signInThroughKeycloak("manager.rs", "demo");
            browser.waitFor(By.id("welcome"));
            for (String page : portalPages) {
                browser.open(PortalUrl.of(base, page));
                browser.waitFor(By.id("main"));
                assertInert(browser, page);
            }
        }
        String[] publicPages = {"/showcase/", "/showcase/case-studies/" + p.slug, "/showcase/guidelines/" + p.slug,
            "/showcase/search.xhtml?q=" + p.word};
        try (Browser browser = new Browser()) {
            for (String page : publicPages) {
                browser.open(PortalUrl.of(base, page));
                browser.waitFor(By.id("main"));
                assertInert(browser, page);
                assertTrue(browser.driver().getPageSource().contains(p.word), page + " shows the planted record");
            }
        }
        // the feed: its HTML content, once decoded as a feed reader does, holds no element from the payload
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(PortalUrl.of(base, "/showcase/feed.atom"))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode());
        assertTrue(feed.body().contains(p.word), "the planted case study is in the feed");
        // text constructs (type text, the default) are shown as text by readers; html ones are parsed
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                feed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var all = xml.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            var element = (org.w3c.dom.Element) all.item(i);
            String kind = element.getAttribute("type");
            assertFalse("xhtml".equals(kind) && element.getElementsByTagName("*").getLength() > 0
                    && element.getTextContent().contains(p.word), "no markup of the planted text in the feed");
            if ("html".equals(kind)) {
                var html = org.jsoup.Jsoup.parse(element.getTextContent());
                assertTrue(html.select("script, img[onerror], svg[onload]").isEmpty(), element.getTextContent());
            }
        }
        // the case study's PDF is made without running anything (and is a PDF)
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(PortalUrl.of(base, "/showcase/case-studies/" + p.slug + ".pdf"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void aGuidelinesSummaryIsShownAsWrittenOnItsPublicAndPortalPages() throws Exception {
        Planted p = plantEverywhere();
        String written = PAYLOAD + " " + p.word;
        try (Browser browser = new Browser()) {
            browser.open(PortalUrl.of(base, "/showcase/guidelines/" + p.slug));
            assertEquals(written, browser.waitFor(By.id("summary")).getText(), "the public guideline opens with its summary");
            browser.open(PortalUrl.of(base, "/app/guidelines/view.xhtml?id=" + p.guideline));
            browser.signInThroughKeycloak("manager.rs", "demo");
            browser.waitFor(By.id("currentUser"));
            browser.open(PortalUrl.of(base, "/app/guidelines/view.xhtml?id=" + p.guideline));
            assertEquals(written, browser.waitFor(By.id("summary")).getText(), "the portal's guideline page shows it too");
        }
    }

    /** Ids of one record of each kind whose every free text carries the payload. */
    record Planted(long organisation, long partnership, long pilot, long dataset, long decision, long caseStudy,
                   long guideline, long activity, String slug, String word) {
    }

    private Planted plantEverywhere() throws SQLException {
        String word = "zx" + Long.toString(n, 36);
        String text = PAYLOAD + " " + word;
        String slug = "rs-xss-" + n;
        try (Connection c = DriverManager.getConnection(System.getProperty("ddms.test.dbUrl"), "root", "")) {
            long rs = id(c, "SELECT id FROM country WHERE iso_alpha2 = 'RS'");
            long nsi = insert(c, "INSERT INTO organisation (name, acronym, type_id, country_id, city, territorial_code, latitude,"
                    + " longitude, website, description, version, created_at, created_by, modified_at, modified_by)"
                    + " SELECT ?, ?, t.id, " + rs + ", ?, ?, 45.25, 19.85, 'https://example.org', ?, 0, NOW(6), 'test', NOW(6),"
                    + " 'test' FROM organisation_type t WHERE t.code = 'MUNICIPALITY'",
                    text, "X" + n, text, "XT" + (n % 100_000_000L), text);
            // lead_resources is a set of codes, not free text: left empty
            long partnership = insert(c, "INSERT INTO partnership (title, lead_organisation_id, type, objectives,"
                    + " expected_value, notes, status, version, created_at, created_by, modified_at, modified_by)"
                    + " VALUES (?, " + nsi + ", 'DATA_SHARING', ?, ?, ?, 'ACTIVE', 0, NOW(6), 'test', NOW(6), 'test')",
                    text, text, text, text);
            long pilot = insert(c, "INSERT INTO pilot (title, city_id, lead_id, policy_question, decision_text, decision_body,"
                    + " statistical_methods, ml_purpose, status, phase, version, created_at, created_by, modified_at, modified_by)"
                    + " VALUES (?, " + nsi + ", " + nsi + ", ?, ?, ?, ?, ?, 'RUNNING', 3, 0, NOW(6), 'test', NOW(6), 'test')",
                    text, text, text, "body " + n, text, text);
            long dataset = insert(c, "INSERT INTO dataset (title, description, provider_id, country_id, source_kind, granularity,"
                    + " territorial_coverage, periodicity, confidentiality, personal_data, format, access_url, pilot_id,"
                    + " version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, " + nsi
                    + ", (SELECT country_id FROM organisation WHERE id = " + nsi + "), 'SURVEY',"
                    + " 'MUNICIPALITY', ?, 'ANNUAL', 'PUBLIC', FALSE, 'CSV', 'https://example.org/x.csv', " + pilot
                    + ", 0, NOW(6), 'test', NOW(6), 'test')", text, text, "coverage " + n);
            long decision = insert(c, "INSERT INTO decision (title, city_id, decided_on, body, summary, link, version,"
                    + " created_at, created_by, modified_at, modified_by) VALUES (?, " + nsi + ", CURDATE(), ?, ?,"
                    + " 'https://example.org/d', 0, NOW(6), 'test', NOW(6), 'test')", text, "Council " + n, text);
            long caseStudy = insert(c, "INSERT INTO case_study (country_id, slug, language, title, summary, motivation,"
                    + " organisational_context, data_context, approach, results, decision_impact, next_steps, search_text,"
                    + " status, rubric_sections_complete, rubric_plain_language, rubric_self_contained, rubric_decision_impact,"
                    + " rubric_note, submissions, published_at, version, created_at, created_by, modified_at, modified_by)"
                    + " VALUES (" + rs + ", ?, 'en', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', TRUE, TRUE, TRUE, TRUE, ?, 1,"
                    + " NOW(6), 0, NOW(6), 'test', NOW(6), 'test')",
                    slug, text, text, text, text, text, text, text, text, text, text, text);
            long guideline = insert(c, "INSERT INTO guideline (slug, title, category, language, summary, body, published,"
                    + " revision, version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, 'DATA_ACCESS', 'en',"
                    + " ?, ?, TRUE, 1, 0, NOW(6), 'test', NOW(6), 'test')", slug, text, text, text);
            long activity = insert(c, "INSERT INTO dissemination_activity (kind, title, held_on, place, online, audience,"
                    + " outcome, public_event, country_id, version, created_at, created_by, modified_at, modified_by)"
                    + " VALUES ('SEMINAR', ?, DATE_ADD(CURDATE(), INTERVAL 10 DAY), ?, FALSE, ?, ?, TRUE, " + rs
                    + ", 0, NOW(6), 'test', NOW(6), 'test')", text, text, text, text);
            org.ddmsportal.it.SeededChange.record(c, "ScriptInjectionIT"); // as a user's change would
            return new Planted(nsi, partnership, pilot, dataset, decision, caseStudy, guideline, activity, slug, word);
        }
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long insert(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                p.setString(i + 1, values[i]);
            }
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void assertInert(Browser browser, String where) {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("a planted script opened an alert on the " + where);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertEquals(0, browser.driver().findElements(By.cssSelector("img[src='x']")).size(),
                "no planted element on the " + where);
        assertEquals(List.of(), browser.cspViolations(), "nothing blocked on the " + where);
    }

    /** An indicator of Serbia whose every text is the payload, with a city named so, and values. */
    private long plant() throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("ddms.test.dbUrl"), "root", "");
             Statement s = c.createStatement()) {
            String territory = "XS" + (n % 100_000_000L);
            s.execute("INSERT INTO organisation (name, type_id, country_id, territorial_code, city, latitude, longitude,"
                    + " version, created_at, created_by, modified_at, modified_by)"
                    + " SELECT '" + PAYLOAD + " " + n + "', t.id, k.id, '" + territory + "', 'Subotica', 46.1, 19.66,"
                    + " 0, NOW(6), 'test', NOW(6), 'test' FROM organisation_type t JOIN country k ON k.iso_alpha2 = 'RS'"
                    + " WHERE t.code = 'MUNICIPALITY'");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO indicator (code, name_en, name_fr, name_ru, country_id,"
                    + " definition, unit, methodology, disaggregations, version, created_at, created_by, modified_at, modified_by)"
                    + " SELECT ?, ?, ?, ?, id, ?, ?, ?, ?, 0, NOW(6), 'test', NOW(6), 'test' FROM country WHERE iso_alpha2 = 'RS'")) {
                p.setString(1, code);
                for (int i = 2; i <= 8; i++) {
                    p.setString(i, PAYLOAD);
                }
                p.executeUpdate();
            }
            long id;
            try (ResultSet r = s.executeQuery("SELECT id FROM indicator WHERE code = '" + code + "'")) {
                r.next();
                id = r.getLong(1);
            }
            s.execute("INSERT INTO observation (indicator_id, territory_code, period, obs_value, status) VALUES"
                    + " (" + id + ", '" + territory + "', '2023', 10.5, 'F'), (" + id + ", '" + territory + "', '2024', 11.5, 'F')");
            org.ddmsportal.it.SeededChange.record(c, "ScriptInjectionIT"); // as a user's change would
            return id;
        }
    }
}
