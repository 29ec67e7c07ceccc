package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ddmsportal.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A visitor who only reads gets no HTTP session: every public page, the feed, the API and the
 * error pages answer without a {@code JSESSIONID}, and the language switch works through the
 * address and a cookie. Signing in still makes a session and keeps it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousSessionIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern SHOWCASE_LINK = Pattern.compile(
            "href=\"[^\"]*?(/showcase/(?:case-studies|guidelines)/[^\"#?]+|/showcase/indicator\\?code=[^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private String url(String path) {
        return PortalUrl.of(base, path);
    }

    private static HttpResponse<String> get(String url, String language, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", language);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoSession(HttpResponse<?> response, String what) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertFalse(cookies.stream().anyMatch(c -> c.toUpperCase(java.util.Locale.ROOT).startsWith("JSESSIONID")),
                what + " made a session: " + cookies);
    }

    @Test
    void everyPublicAnswerComesWithoutASession() throws Exception {
        record Expect(String path, int status) {
        }
        List<Expect> pages = List.of(new Expect("/", 200), new Expect("/index.xhtml", 200),
                new Expect("/showcase/", 200), new Expect("/showcase/index.xhtml?page=2", 200),
                new Expect("/showcase/search.xhtml", 200), new Expect("/showcase/search.xhtml?q=data&domain=MOBILITY", 200),
                new Expect("/showcase/feed.atom", 200), new Expect("/verify.xhtml", 200),
                new Expect("/showcase/case-studies/no-such-case-study", 404), new Expect("/showcase/guidelines/no-such-guideline", 404),
                new Expect("/showcase/indicator.xhtml?code=NO-SUCH", 404), new Expect("/no-such-page.xhtml", 404),
                new Expect("/api/catalogue.ttl", 200), new Expect("/api/catalogue.jsonld", 200),
                new Expect("/api/catalogue.ttl?page=1", 200), new Expect("/api/odrl/profile", 200),
                new Expect("/api/catalogue.ttl?page=abc", 400), new Expect("/api/catalogue.ttl?page=0", 400),
                new Expect("/api/catalogue.jsonld?page=-1", 400), new Expect("/api/catalogue.ttl?page=999999", 404),
                new Expect("/api/indicators/NO-SUCH/data.csv", 404), new Expect("/api/agreements/XX-0000-0000/odrl", 404),
                new Expect("/jakarta.faces.resource/ddms/portal.js.xhtml", 200),
                // the same pages at their addresses without the extension (as the docs and mails give them)
                new Expect("/verify", 200), new Expect("/showcase/search?q=data&domain=MOBILITY", 200),
                new Expect("/showcase/indicator?code=NO-SUCH", 404), new Expect("/no-such-page", 404));
        for (Expect page : pages) {
            HttpResponse<String> answer = get(url(page.path()), "en", null);
            assertEquals(page.status(), answer.statusCode(), page.path());
            assertNoSession(answer, page.path());
        }
        // a visitor's words are read as UTF-8, as a signed-in user's (ISO-8859-1 before: "PoznaÅ")
        String searched = get(url("/showcase/search?q=" + java.net.URLEncoder.encode("Poznań текст",
                java.nio.charset.StandardCharsets.UTF_8)), "en", null).body();
        assertTrue(searched.contains("value=\"Poznań текст\""), "the search box holds the words as typed");
        // a facet value the portal does not know is left out with a note, not shown as chosen
        String unknown = get(url("/showcase/search?domain=NOPE&phase=99&country=ZZ&category=CASE_STUDY"), "en", null).body();
        assertTrue(unknown.contains("The address gives &quot;NOPE&quot; for &quot;Policy domain&quot;")
                || unknown.contains("The address gives \"NOPE\" for \"Policy domain\""), unknown);
        assertTrue(unknown.contains("for &quot;GSBPM phase&quot;") || unknown.contains("for \"GSBPM phase\""), "phase=99 noted");
        assertFalse(unknown.contains("name=\"domain\" value=\"NOPE\""), "not carried on in the search form");
        assertTrue(unknown.contains("name=\"category\" value=\"CASE_STUDY\""), "a known facet stays chosen");
        // the public API's refusals are problems in the reader's language
        HttpResponse<String> badPage = get(url("/api/catalogue.ttl?page=abc"), "fr", null);
        assertEquals(400, badPage.statusCode());
        assertTrue(badPage.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(badPage.body().contains("page doit être un nombre entier"), badPage.body());
        assertTrue(get(url("/api/indicators/NO-SUCH/data.csv"), "fr", null).body().contains("Aucun indicateur ne porte ce code."));
        HttpResponse<String> noAgreement = get(url("/api/agreements/XX-0000-0000/odrl"), "ru", null);
        assertTrue(noAgreement.body().contains("Подписанного соглашения об обмене данными с таким номером нет."),
                noAgreement.body());
        // whatever the showcase shows (the journeys of the suite publish case studies and guidelines)
        Set<String> found = new LinkedHashSet<>();
        Matcher m = SHOWCASE_LINK.matcher(get(url("/showcase/"), "en", null).body());
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        for (String path : found) {
            HttpResponse<String> answer = get(url(path), "ru", null);
            assertEquals(200, answer.statusCode(), path);
            assertNoSession(answer, path);
        }
    }

    @Test
    void theLanguageSwitchWorksWithoutASession() throws Exception {
        HttpResponse<String> french = get(url("/showcase/?language=fr"), "en", null);
        assertEquals(200, french.statusCode());
        assertNoSession(french, "the switch");
        assertTrue(french.body().contains("lang=\"fr\""), "answered in French");
        String cookie = french.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ddms-language=fr"))
                .findFirst().orElseThrow(() -> new AssertionError("the choice is kept in a cookie: " + french.headers().map()));
        assertTrue(cookie.contains("Max-Age") && cookie.contains("HttpOnly"), cookie);
        // the links of the switch keep the page's address
        assertTrue(french.body().contains("/showcase/?language=en\""), "a link back to English on the same page");

        // the next page, with the cookie a browser sends back: still French
        HttpResponse<String> next = get(url("/"), "en", "ddms-language=fr");
        assertTrue(next.body().contains("lang=\"fr\""));
        assertNoSession(next, "a page with the language cookie");
        // an error page follows the choice too, and a readable showcase address keeps its own
        HttpResponse<String> missing = get(url("/showcase/case-studies/nothing-here?language=ru"), "en", null);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Страница не найдена"), missing.body());
        assertTrue(missing.body().contains("/showcase/case-studies/nothing-here?language=fr"), "switch links to the asked address");
        assertNoSession(missing, "the error page");
        // an unknown language is ignored, never echoed
        HttpResponse<String> odd = get(url("/?language=%3Cscript%3E"), "ru", null);
        assertTrue(odd.body().contains("lang=\"ru\""));
        assertFalse(odd.body().contains("<script>"));
        assertTrue(odd.headers().allValues("Set-Cookie").isEmpty(), odd.headers().allValues("Set-Cookie").toString());
    }

    /** The one public form, the verification's upload, posts as a stateless view and answers. */
    @Test
    void theVerificationFormWorksWithoutASession() throws Exception {
        HttpResponse<String> page = get(url("/verify.xhtml"), "en", null);
        String viewState = SignedInClient.viewState(page.body()).orElseThrow(() -> new AssertionError("a view state field"));
        assertEquals("stateless", viewState, "a transient view keeps no state on the server");
        String nonce = SignedInClient.nonce(page.body()).orElseThrow();
        String boundary = "----ddms" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        java.util.function.BiConsumer<String, String> field = (name, value) -> body.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n");
        field.accept("verify", "verify");
        field.accept("verify:reference", "XX-0000-0000");
        field.accept("verify:check", "");
        field.accept("primefaces.nonce", nonce);
        field.accept("jakarta.faces.ViewState", viewState);
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"verify:file\"; filename=\"a.pdf\"")
                .append("\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 not really\r\n--").append(boundary).append("--\r\n");
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url("/verify.xhtml")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("No signed agreement has this reference"), answer.body());
        assertNoSession(answer, "the verification");

        // sent empty, in French, as a browser sends it: each field named by its label, not by its id ("verify:reference")
        String empty = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"verify\"\r\n\r\nverify\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"verify:reference\"\r\n\r\n\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"verify:file\"; filename=\"\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"verify:check\"\r\n\r\n\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"primefaces.nonce\"\r\n\r\n" + nonce + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"jakarta.faces.ViewState\"\r\n\r\n" + viewState
                + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(url("/verify.xhtml?language=fr")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofString(empty)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, refused.statusCode(), refused.body());
        String shown = refused.body().replace('\u00a0', ' ');
        assertTrue(shown.contains("Référence : une valeur est obligatoire.")
                && shown.contains("Fichier PDF : une valeur est obligatoire."), refused.body());
        assertFalse(java.util.regex.Pattern.compile("verify:\\w+ ?: une valeur").matcher(refused.body()).find(),
                "no component id in a message");
    }

    /**
     * A visitor switching the language on a showcase guideline (or case study) at its address gets
     * the page in that language at once: the address is forwarded to the page, whose own query
     * ({@code slug=…}) hid the {@code language} asked for until the next page read the cookie.
     */
    @Test
    void aShowcasePageAtItsAddressSwitchesLanguageOnTheFirstRequest() throws Exception {
        String slug = "language-switch-" + System.nanoTime();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("ddms.test.dbUrl"), "root", "");
                java.sql.Statement st = c.createStatement()) {
            st.execute("INSERT INTO guideline (slug, title, category, language, summary, body, published, revision, version,"
                    + " created_at, created_by, modified_at, modified_by) VALUES ('" + slug + "', 'Switching languages',"
                    + " 'DATA_ACCESS', 'en', 'A summary.', 'A body.', TRUE, 1, 0, NOW(6), 'test', NOW(6), 'test')");
            org.ddmsportal.it.SeededChange.record(c, "AnonymousSessionIT guideline");
        }
        for (String language : List.of("ru", "fr")) {
            HttpResponse<String> page = get(url("/showcase/guidelines/" + slug + "?language=" + language), "en", null);
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("lang=\"" + language + "\""), language + ": " + page.body().substring(0, 300));
            assertTrue(page.headers().allValues("Set-Cookie").stream().anyMatch(v -> v.contains("=" + language)),
                    "and the choice is kept for the next pages");
        }
    }

    @Test
    void signingInStillMakesAndKeepsASession() throws Exception {
        SignedInClient manager = SignedInClient.signIn(url("/app/index.xhtml"), "manager.rs", "demo");
        assertTrue(manager.cookieHeader(url("/app/index.xhtml")).contains("JSESSIONID"), "a signed-in session");
        HttpResponse<String> list = manager.get(url("/app/organisations/list.xhtml?language=fr"));
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("lang=\"fr\"") && list.body().contains("id=\"currentUser\""), "signed in, in French");
        assertTrue(SignedInClient.viewState(list.body()).isPresent(), "signed-in pages keep their view state");
        HttpResponse<String> showcase = manager.get(url("/showcase/"));
        assertEquals(200, showcase.statusCode());
        assertTrue(showcase.body().contains("id=\"currentUser\""), "the public pages know the signed-in user");
        assertTrue(manager.get(url("/app/index.xhtml")).body().contains("id=\"welcome\""), "still signed in");
    }
}
