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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.json.JsonObject;
import org.ddmsportal.it.ApiClient;
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

/**
 * The review of a case study in the browser, one step of it a test, each on a case study and
 * partnership of its own, every user signing in through Keycloak's login form: the Serbian
 * manager writes it (with a script, a {@code javascript:} link and event handlers in its
 * Markdown) and submits it; the coordinator takes it, comments on a section and requests
 * changes; the manager reads the comment, revises and resubmits; the coordinator sees the
 * differences, fills the rubric and approves, but may not publish before the partner's
 * clearance; the electricity company's contact clears it, as the data-sharing agreement
 * requires, which publishes it; without signing in, a published one is on the showcase, in its
 * PDF and in the Atom feed — with the hostile Markdown inert in the portal and on the showcase.
 * axe-core checks every page.
 *
 * <p>The registry (NSI, the company with the demo contact's organisation code RS-EPS, its
 * contact), the partnership and the agreement whose publication clause requires clearance are
 * inserted with SQL. A test that starts further along has Serbia's manager write the draft on
 * the page (authoring is only there) and makes the earlier review moves and the rubric through
 * the REST API, which fires the same use case as the page's buttons.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseStudyJourneyIT {

    private static final Path SHOTS = Path.of("target/screenshots/case-study");
    private static final String HOSTILE_SUMMARY = "Journey summary <script>window.__pwned=1</script> with **bold** words.";
    private static final String RESULTS = "Price forecasts for 17 municipalities, within 4 % of the outturn.";
    private static final String HOSTILE_MOTIVATION = "[Click me](javascript:window.__pwned=2) and "
            + "<img src=x onerror=\"window.__pwned=3\"> and <a href=\"https://example.org\" onclick=\"window.__pwned=4\">link</a>";

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
    void aManagerWritesACaseStudyWhoseHostileMarkdownStaysInertAndSubmitsIt() throws Exception {
        String partnership = registry(true);
        String title = title();
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs", url("/app/case-studies/list.xhtml"));
            fill(browser, title, partnership, null);
            Accessibility.check(browser, "new case study");
            save(browser, title);
            browser.waitForText(By.id("missingSections"), "Results");
            assertInert(browser, "portal");
            Accessibility.check(browser, "case study");
            browser.screenshot(SHOTS.resolve("10-draft.png"));
            // its title and text say their language (WCAG 3.1.2), the page's may differ
            assertEquals("en", browser.find(By.id("title")).getDomAttribute("lang"));
            assertEquals("en", browser.find(By.cssSelector("#section-SUMMARY .ddms-markdown-body")).getDomAttribute("lang"));
            // no pilot and no translation yet: their values are empty (portal.css shows a dash), not blank lines
            assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return Array.from(document.querySelectorAll('[id=\"tabs:textTab\"] dl.ddms-details dd'))"
                            + ".filter(function (d) { return d.textContent.trim() === ''; })"
                            + ".every(function (d) { return d.childNodes.length === 0; });"));

            // a refused upload opens the page again on its tab, the reason and the list in sight
            browser.find(By.cssSelector("a[href$='attachmentsTab']")).click();
            java.nio.file.Path notPdf = java.nio.file.Files.createTempFile("notes-", ".pdf");
            java.nio.file.Files.writeString(notPdf, "not a PDF at all");
            browser.waitFor(By.id("tabs:uploadForm:file")).sendKeys(notPdf.toString());
            browser.find(By.id("tabs:uploadForm:upload")).click();
            browser.waitForText(By.id("messages"), "Only PDF, PNG and JPEG files are accepted");
            assertTrue(browser.driver().getCurrentUrl().contains("tab=attachments"), browser.driver().getCurrentUrl());
            assertTrue(browser.find(By.id("tabs:uploadForm:upload")).isDisplayed(), "the attachments' tab is open");

            move(browser, "submit", "Ready for the coordinators");
            browser.waitForText(By.id("status"), "Submitted");
            assertTrue(browser.driver().findElements(By.id("edit")).isEmpty(), "no editing while submitted");
            // its edit page, reached by its address, opens the case study's page saying why (not "Not allowed")
            String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            browser.open(url("/app/case-studies/edit?id=" + id));
            browser.waitForText(By.id("messages"), "The text can change only in draft or when changes were requested.");
            assertTrue(browser.driver().getCurrentUrl().contains("/app/case-studies/view?id=" + id),
                    browser.driver().getCurrentUrl());
            browser.find(By.id("signOut")).click();
        }
    }

    @Test
    void aCoordinatorTakesASubmittedCaseStudyCommentsOnASectionAndRequestsChanges() throws Exception {
        String caseUrl = written(registry(true), title(), null);
        moveThroughApi(caseUrl, "manager.rs", "submit");
        try (Browser browser = new Browser()) {
            signIn(browser, "coordinator", caseUrl);
            move(browser, "take", "I review this one");
            browser.waitForText(By.id("status"), "In review");
            commentOnResults(browser);
            Accessibility.check(browser, "case study in review");
            // a flat button (Reply) stays readable with the focus on it (its text was blue on blue, 1.07:1)
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelector(\"#section-RESULTS button[id$='replyButton']\").focus();");
            Accessibility.check(browser, "a reply button with the focus");
            Accessibility.reflows(browser, "case study in review");
            move(browser, "requestChanges", "Results are missing");
            browser.waitForText(By.id("status"), "Changes requested");
            browser.screenshot(SHOTS.resolve("20-changes-requested.png"));
            browser.find(By.id("signOut")).click();
        }
    }

    @Test
    void theManagerReadsTheCoordinatorsCommentAddsTheResultsAndResubmits() throws Exception {
        String partnership = registry(true);
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs", url("/app/case-studies/list.xhtml"));
            String caseUrl = write(browser, title(), partnership, null);
            moveThroughApi(caseUrl, "manager.rs", "submit");
            moveThroughApi(caseUrl, "coordinator", "take");
            try (Browser coordinator = new Browser()) {
                signIn(coordinator, "coordinator", caseUrl);
                commentOnResults(coordinator);
            }
            moveThroughApi(caseUrl, "coordinator", "requestChanges");

            browser.open(caseUrl);
            browser.waitForText(By.id("section-RESULTS"), "Please say what was achieved");
            // why, at the top of the page (it was only in the Lifecycle tab and the mail)
            String why = browser.text(By.id("changesRequested"));
            assertTrue(why.startsWith("Changes requested by ") && why.contains("requestChanges through the API"), why);
            addResultsAndResubmit(browser);
            browser.find(By.id("signOut")).click();
        }
    }

    @Test
    void aCoordinatorSeesWhatTheResubmissionChangedFillsTheRubricAndApprovesButPublishingWaitsForThePartner()
            throws Exception {
        String partnership = registry(true);
        String caseUrl;
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs", url("/app/case-studies/list.xhtml"));
            caseUrl = write(browser, title(), partnership, null);
            moveThroughApi(caseUrl, "manager.rs", "submit");
            moveThroughApi(caseUrl, "coordinator", "take", "requestChanges");
            browser.open(caseUrl);
            addResultsAndResubmit(browser);
        }

        try (Browser browser = new Browser()) {
            signIn(browser, "coordinator", caseUrl);
            browser.waitFor(By.cssSelector("a[href$='reviewTab']")).click();
            browser.waitForText(By.id("diff"), "17 municipalities");
            assertFalse(browser.driver().findElements(By.cssSelector("#diff ins")).isEmpty(), "the new text is marked");
            for (String box : new String[] {"rSections", "rPlain", "rSelf", "rImpact"}) {
                browser.find(By.cssSelector("#tabs\\:rubricForm\\:" + box + " .ui-chkbox-box")).click();
            }
            browser.find(By.id("tabs:rubricForm:saveRubric")).click();
            browser.waitForText(By.id("messages"), "Rubric saved.");
            browser.waitFor(By.id("diff")); // the page comes back on the review tab (shown, not hidden)
            assertTrue(browser.driver().getCurrentUrl().contains("tab=review"), browser.driver().getCurrentUrl());
            Accessibility.check(browser, "review tab");
            browser.screenshot(SHOTS.resolve("30-review.png"));
            move(browser, "approve", "Meets every criterion");
            browser.waitForText(By.id("status"), "Approved");
            browser.find(By.cssSelector("a[href$='clearancesTab']")).click();
            browser.waitForText(By.id("clearances"), "Waiting");
            move(browser, "publish", "Publishing now");
            browser.waitForText(By.id("messages"), "must clear the case study first");
            browser.waitForText(By.id("status"), "Approved");
            browser.find(By.id("signOut")).click();
        }
    }

    @Test
    void thePartnersContactFindsTheApprovedCaseStudyInTheirWorkspaceAndClearingItPublishesIt() throws Exception {
        String title = title();
        String caseUrl = written(registry(true), title, RESULTS);
        submittedAndAssessed(caseUrl);
        moveThroughApi(caseUrl, "coordinator", "approve");

        try (Browser browser = new Browser()) {
            // the partner's workspace lists what waits for their clearance
            browser.open(caseUrl);
            browser.signInThroughKeycloak("contact.rs", "demo");
            // sign-in returns to the case study asked for; the workspace lists it too
            browser.waitFor(By.id("status"));
            browser.open(url("/app/index.xhtml"));
            browser.waitForText(By.id("myTasks"), title);
            browser.find(By.linkText(title)).click();
            browser.waitForText(By.id("clearanceSection"), reference());
            // a case study without translation says so on its Translations tab (it was empty)
            assertTrue(browser.find(By.id("noTranslation")).getDomProperty("textContent").startsWith("No translation yet"));
            Accessibility.check(browser, "clearance");
            browser.screenshot(SHOTS.resolve("40-clearance.png"));
            browser.find(By.cssSelector("#clearanceForm button[id$='clear']")).click();
            browser.waitForText(By.id("status"), "Published");
            String href = browser.waitFor(By.id("showcase")).getAttribute("href");
            assertTrue(href.contains("/showcase/case-studies/"), href);
            browser.find(By.id("signOut")).click();
        }
    }

    @Test
    void aPublishedCaseStudyIsOnTheShowcaseInItsSearchFeedAndPdfWithItsHostileMarkdownInert() throws Exception {
        String title = title();
        // no partner's clearance needed: the coordinator publishes it once approved; its results
        // hold a table of long words, which must still fit a 320 px screen (reflows, below)
        String caseUrl = written(registry(false), title, RESULTS + "\n\n| Municipality | Forecast error |\n|---|---|\n"
                + "| Novi Beograd, Zemun and Palilula | Within four percent of the outturn (monthly averages of "
                + "household consumption) |\n| Zvezdara | Electricitypriceforecastwithoutanyspaceatall |");
        submittedAndAssessed(caseUrl);
        String slug = moveThroughApi(caseUrl, "coordinator", "approve", "publish").getString("slug");

        try (Browser browser = new Browser()) {
            browser.open(url("/showcase/?language=ru"));
            browser.waitForText(By.id("publishedCaseStudies"), title);
            // its English title and summary on the Russian showcase say they are English
            assertEquals("en", ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "var t = arguments[0], h = Array.from(document.querySelectorAll('#publishedCaseStudies h3'))"
                            + ".find(function (e) { return e.textContent.indexOf(t) >= 0; });"
                            + " return h && h.getAttribute('lang');", title));
            browser.open(url("/showcase/?language=en"));
            browser.waitForText(By.id("publishedCaseStudies"), title);
            Accessibility.check(browser, "showcase");
            browser.open(url("/showcase/case-studies/" + slug));
            browser.waitForText(By.id("title"), title);
            browser.waitForText(By.cssSelector("article"), "17 municipalities");
            assertInert(browser, "showcase");
            assertEquals(1, browser.driver().findElements(By.cssSelector("article table")).size(), "the table as a table");
            Accessibility.check(browser, "showcase case study");
            Accessibility.reflows(browser, "showcase case study");
            browser.screenshot(SHOTS.resolve("50-showcase.png"));
            // read in French, its printable PDF is asked in French
            browser.open(url("/showcase/case-studies/" + slug + "?language=fr"));
            assertTrue(browser.driver().findElement(By.id("pdf")).getAttribute("href").endsWith(slug + ".pdf?lang=fr"),
                    browser.driver().findElement(By.id("pdf")).getAttribute("href"));
            // no French translation: the article says it is the English original
            assertEquals("en", browser.driver().findElement(By.cssSelector("article")).getAttribute("lang"));
            browser.open(url("/showcase/search.xhtml?q=municipalities+" + n));
            browser.waitForText(By.id("hits"), title);
            Accessibility.check(browser, "showcase search");
        }

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(url("/showcase/feed.atom"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertTrue(feed.body().contains(title), "the feed has the published case study");
        assertTrue(feed.body().contains("/showcase/case-studies/" + slug));
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(url("/showcase/case-studies/" + slug + ".pdf")))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4));
        // asked in French: the document's own words, the country and the date in French
        HttpResponse<byte[]> fr = http.send(HttpRequest.newBuilder(URI.create(url("/showcase/case-studies/" + slug
                + ".pdf?lang=fr"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, fr.statusCode());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(fr.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Étude de cas · Serbie") && text.contains("Page 1 sur "), text);
        assertTrue(text.contains("Résumé"), "the summary's heading in French: " + text);
        assertFalse(text.contains("Page 1 of ") || text.contains("DDMS Portal case study"), text);
    }

    @Test
    void unpublishedCaseStudiesAreNeitherOnTheShowcaseNorInTheFeed() throws Exception {
        String slug = "rs-unpublished-journey-" + n;
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO case_study (country_id, slug, language, title, summary, status, version, created_at,"
                    + " created_by, modified_at, modified_by) SELECT k.id, '" + slug + "', 'en', 'Unpublished journey "
                    + n + "', 'secret " + n + "', x.status, 0, NOW(6), 'test', NOW(6), 'test' FROM country k,"
                    + " (SELECT 'APPROVED' status) x WHERE k.iso_alpha2 = 'RS'");
            org.ddmsportal.it.SeededChange.record(c, "CaseStudyJourneyIT " + n); // as a user's change would
        }
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(url("/showcase/case-studies/" + slug))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(url("/showcase/case-studies/" + slug + ".pdf"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        String feed = http.send(HttpRequest.newBuilder(URI.create(url("/showcase/feed.atom"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertFalse(feed.contains("Unpublished journey " + n));
        String search = http.send(HttpRequest.newBuilder(URI.create(url("/showcase/search.xhtml?q=secret+" + n))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertFalse(search.contains("Unpublished journey " + n));
    }

    /** Nothing of the hostile Markdown runs or survives as markup; the script is shown as text. */
    private static void assertInert(Browser browser, String where) {
        Object pwned = js(browser, "return window.__pwned === undefined ? null : String(window.__pwned);");
        assertEquals(null, pwned, "no script ran on the " + where);
        assertEquals(0L, js(browser, "return document.querySelectorAll('.ddms-markdown-body script, "
                + ".ddms-markdown-body [onerror], .ddms-markdown-body [onclick], a[href^=\"javascript\"]').length;"),
                "no script, handler or javascript: link on the " + where);
        assertTrue(browser.text(By.tagName("main")).contains("<script>window.__pwned=1</script>"),
                "the script is shown as text on the " + where);
        assertEquals(1L, js(browser, "return document.querySelectorAll('.ddms-markdown-body strong').length;"),
                "Markdown itself still renders on the " + where);
    }

    private String title() {
        return "Electricity forecasts for Belgrade (journey " + n + ")";
    }

    /** The reference of the agreement {@link #registry} inserts. */
    private String reference() {
        return "RS-2099-" + n;
    }

    /**
     * Opens the new case study's form from the list and fills it in: the hostile Markdown in the
     * summary and the motivation, every other section but Results (unless given), the partnership.
     */
    private static void fill(Browser browser, String title, String partnership, String results) {
        browser.waitFor(By.id("newCaseStudy")).click();
        browser.waitFor(By.id("form:title")).sendKeys(title);
        text(browser, "SUMMARY", HOSTILE_SUMMARY);
        text(browser, "MOTIVATION", HOSTILE_MOTIVATION);
        for (String s : new String[] {"ORGANISATIONAL_CONTEXT", "DATA_CONTEXT", "APPROACH", "DECISION_IMPACT",
            "NEXT_STEPS"}) {
            text(browser, s, "The " + s.toLowerCase().replace('_', ' ') + " of the journey.");
        }
        if (results != null) {
            text(browser, "RESULTS", results);
        }
        browser.pick("form:partnerships", partnership, partnership);
    }

    /** Saves the form and returns the address of the case study's page. */
    private static String save(Browser browser, String title) {
        browser.find(By.id("form:save")).click();
        browser.waitForText(By.id("title"), title);
        return browser.driver().getCurrentUrl();
    }

    /** Serbia's manager, signed in on the case studies' list, writes a draft; its page's address. */
    private static String write(Browser browser, String title, String partnership, String results) {
        fill(browser, title, partnership, results);
        return save(browser, title);
    }

    /** A draft written by Serbia's manager in a browser of its own; its page's address. */
    private String written(String partnership, String title, String results) throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "manager.rs", url("/app/case-studies/list.xhtml"));
            return write(browser, title, partnership, results);
        }
    }

    /** The reviewer asks for the results in a comment on their section. */
    private static void commentOnResults(Browser browser) {
        var comment = browser.waitFor(By.cssSelector("#section-RESULTS textarea[id$='commentText']"));
        // an empty comment is refused beside its box, with the cursor in it, where the reader is
        browser.find(By.cssSelector("#section-RESULTS button[id$='commentButton']")).click();
        browser.waitForText(By.cssSelector("#section-RESULTS .ddms-comment-new .ui-message"), "Write the comment first.");
        browser.waitUntil(d -> d.switchTo().activeElement().getAttribute("id").endsWith("commentText")
                && d.switchTo().activeElement().getAttribute("id").equals(
                        d.findElement(By.cssSelector("#section-RESULTS textarea[id$='commentText']")).getAttribute("id")));
        comment = browser.find(By.cssSelector("#section-RESULTS textarea[id$='commentText']"));
        comment.sendKeys("Please say what was achieved, with figures.");
        browser.find(By.cssSelector("#section-RESULTS button[id$='commentButton']")).click();
        browser.waitForText(By.cssSelector("#section-RESULTS .ddms-comment-added"), "Comment added.");
        browser.waitForText(By.id("section-RESULTS"), "Please say what was achieved");
        // the page opens at the comment just added (its anchor), not at its top
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.matches(".*[?&]tab=text&comment=(\\d+)#comment-\\1$"), url);
        String anchor = url.substring(url.indexOf('#') + 1);
        browser.waitUntil(d -> anchor.equals(d.switchTo().activeElement().getAttribute("id")));
        assertTrue(browser.text(By.id(anchor)).contains("Please say what was achieved"));
        assertTrue(browser.text(By.id(anchor)).contains("Comment added."), "the confirmation is in the comment, in sight");
        assertFalse(browser.driver().findElement(By.id("messages")).getAttribute("textContent").contains("Comment added."),
                "not told again at the top, out of sight");
        Object top = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight;", anchor);
        assertEquals(Boolean.TRUE, top, "the comment is in view");
    }

    /** The manager, on the page of a case study whose changes were requested, adds the results and resubmits it. */
    private static void addResultsAndResubmit(Browser browser) {
        browser.waitFor(By.id("edit")).click();
        text(browser, "RESULTS", RESULTS);
        browser.find(By.id("form:save")).click();
        browser.waitForText(By.id("messages"), "Saved");
        move(browser, "resubmit", "Results added");
        browser.waitForText(By.id("status"), "Resubmitted");
    }

    /**
     * Review moves through the REST API (the same use case as the page's buttons), each by the
     * user with the ETag just read; the case study after the last.
     */
    private static JsonObject moveThroughApi(String caseUrl, String user, String... transitions) {
        String token = ApiClient.userToken(user);
        JsonObject caseStudy = null;
        for (String transition : transitions) {
            HttpResponse<String> r = ApiClient.send("POST", ApiClient.v1("case-studies/" + id(caseUrl) + "/transitions/"
                    + transition), token, "{\"comment\":\"" + transition + " through the API\"}", "If-Match",
                    etag(caseUrl, token));
            assertEquals(200, r.statusCode(), transition + ": " + r.body());
            caseStudy = ApiClient.object(r.body());
        }
        return caseStudy;
    }

    /** The manager submits, the coordinator takes it and fills the rubric: ready for the decision. */
    private static void submittedAndAssessed(String caseUrl) {
        moveThroughApi(caseUrl, "manager.rs", "submit");
        moveThroughApi(caseUrl, "coordinator", "take");
        assessThroughApi(caseUrl);
    }

    /** The reviewer ticks every box of the rubric through the REST API. */
    private static void assessThroughApi(String caseUrl) {
        String token = ApiClient.userToken("coordinator");
        HttpResponse<String> r = ApiClient.send("PUT", ApiClient.v1("case-studies/" + id(caseUrl) + "/rubric"), token,
                "{\"sectionsComplete\":true,\"plainLanguage\":true,\"selfContained\":true,\"decisionImpact\":true}",
                "If-Match", etag(caseUrl, token));
        assertEquals(200, r.statusCode(), r.body());
    }

    private static String etag(String caseUrl, String token) {
        return ApiClient.get(ApiClient.v1("case-studies/" + id(caseUrl)), token).headers().firstValue("ETag").orElseThrow();
    }

    private static long id(String caseUrl) {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(caseUrl);
        assertTrue(m.find(), caseUrl);
        return Long.parseLong(m.group(1));
    }

    /** Signs in through Keycloak's form (which returns to the page), then opens the page again. */
    private static void signIn(Browser browser, String user, String page) {
        browser.open(page);
        browser.signInThroughKeycloak(user, "demo");
        browser.waitFor(By.id("currentUser"));
        browser.open(page);
    }

    private static void text(Browser browser, String section, String value) {
        var area = browser.waitFor(By.cssSelector("textarea[aria-describedby='hint_" + section + "']"));
        area.clear();
        area.sendKeys(value);
    }

    private static void move(Browser browser, String transition, String comment) {
        var field = browser.waitFor(By.id("lifecycle:comment"));
        field.clear();
        field.sendKeys(comment);
        browser.find(By.cssSelector("button.ddms-move-" + transition)).click();
        browser.awaitAjax();
    }

    private static Object js(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("ddms.test.dbUrl"), "root", "");
    }

    /**
     * A Serbian NSI, the electricity company (code RS-EPS, as the demo user contact.rs has) with
     * its contact, a partnership of the two and a draft data-sharing agreement whose publication
     * clause requires the company's clearance, or (not {@code clearance}) does not.
     */
    private String registry(boolean clearance) throws SQLException {
        String partnership = "Electricity prices (case journey " + n + ")";
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisation (code, name, type_id, country_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT NULL, 'Statistical Office (case journey " + n + ")', t.id, k.id,"
                    + " 0, NOW(6), 'test', NOW(6), 'test' FROM organisation_type t, country k"
                    + " WHERE t.code = 'NSI' AND k.iso_alpha2 = 'RS'");
            s.execute("INSERT INTO organisation (code, name, type_id, country_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'RS-EPS', 'Elektroprivreda Srbije', t.id, k.id, 0, NOW(6),"
                    + " 'test', NOW(6), 'test' FROM organisation_type t, country k WHERE t.code = 'UTILITY'"
                    + " AND k.iso_alpha2 = 'RS' AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.code = 'RS-EPS')");
            s.execute("INSERT INTO contact (full_name, email, organisation_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'Marko Jovanović', 'marko.jovanovic@demo.eps.rs', o.id, 0,"
                    + " NOW(6), 'test', NOW(6), 'test' FROM organisation o WHERE o.code = 'RS-EPS'"
                    + " AND NOT EXISTS (SELECT 1 FROM contact x WHERE x.email = 'marko.jovanovic@demo.eps.rs')");
            s.execute("INSERT INTO partnership (title, lead_organisation_id, type, status, version, created_at,"
                    + " created_by, modified_at, modified_by) SELECT '" + partnership + "', o.id, 'DATA_SHARING',"
                    + " 'ACTIVE', 0, NOW(6), 'test', NOW(6), 'test' FROM organisation o"
                    + " WHERE o.name = 'Statistical Office (case journey " + n + ")'");
            s.execute("INSERT INTO partnership_partner (partnership_id, organisation_id, role)"
                    + " SELECT p.id, o.id, 'DATA_PROVIDER' FROM partnership p JOIN organisation o ON o.code = 'RS-EPS'"
                    + " WHERE p.title = '" + partnership + "'");
            s.execute("INSERT INTO agreement (reference, kind, title, partnership_id, country_code, template_code, status,"
                    + " owner_email, publication_allowed, publication_clearance, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT '" + reference() + "', 'DSA', 'Consumption data (journey "
                    + n + ")', p.id, 'RS', 'dsa', 'DRAFT', 'ana.petrovic@demo.stat.gov.rs', TRUE, " + clearance
                    + ", 0, NOW(6), 'test', NOW(6), 'test' FROM partnership p WHERE p.title = '" + partnership + "'");
            s.execute("INSERT INTO agreement_party (agreement_id, organisation_id, contact_id, party_role, sign_order, status)"
                    + " SELECT a.id, o.id, c.id, 'SIGNER', 1, 'PENDING' FROM agreement a JOIN organisation o ON o.code = 'RS-EPS'"
                    + " JOIN contact c ON c.email = 'marko.jovanovic@demo.eps.rs'"
                    + " WHERE a.reference = '" + reference() + "'");
            org.ddmsportal.it.SeededChange.record(c, "CaseStudyJourneyIT " + n); // as a user's change would
        }
        return partnership;
    }
}
