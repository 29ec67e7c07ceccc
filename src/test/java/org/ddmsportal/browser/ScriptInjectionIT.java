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
            browser.waitFor(By.id("welcome"));   // sign-in lands on the workspace
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
            return id;
        }
    }
}
