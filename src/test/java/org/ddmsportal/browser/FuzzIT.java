package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
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
 * The fuzz harness: generated malformed and malicious inputs (types, sizes, encodings, SQL,
 * script and expression-language payloads) in every parameter of the pages and HTTP endpoints,
 * and in every field of every edit form, as signed-in users. Not one answer may be a server
 * error, show a stack trace or an exception's name, or echo a script unescaped into a page; and
 * no table may grow from a refused form (nothing half-stored). Deterministic (a fixed seed);
 * {@code -Dddms.fuzz.inputs} sets the number of inputs (default 10,000).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FuzzIT {

    static final String[] PAYLOADS = {"", " ", "0", "-1", "99999999999999999999", "1e309", "NaN", "3.14", "abc",
        "'", "\"", "' OR '1'='1", "1; DROP TABLE organisation; --", "%", "_", "\\", "\u0000", "\u202e\u0645",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "</textarea><svg onload=alert(1)>",
        "#{1+1}", "${7*7}", "{{7*7}}", "../../etc/passwd", "%00", "%ff%fe", "\ud83d\ude00", "Ω≈ç√∫", "\r\n=cmd|' /C calc'!A0",
        "=HYPERLINK(\"http://x\")", "@SUM(1)", "+1", "null", "true", "[]", "{}", "RS", "RS-2026-0001", "2024-02-30",
        "x".repeat(300), "y".repeat(5000)};

    private static final String[] GET_PAGES = {"/app/organisations/view.xhtml?id=", "/app/contacts/view.xhtml?id=",
        "/app/partnerships/view.xhtml?id=", "/app/agreements/view.xhtml?id=", "/app/pilots/view.xhtml?id=",
        "/app/datasets/view.xhtml?id=", "/app/indicators/view.xhtml?id=", "/app/decisions/view.xhtml?id=",
        "/app/case-studies/view.xhtml?id=", "/app/guidelines/view.xhtml?id=1&revision=", "/app/activities/view.xhtml?id=",
        "/app/partnerships/list.xhtml?status=", "/app/agreements/list.xhtml?status=", "/app/search.xhtml?q=",
        "/app/dashboards/nsi.xhtml?country=",
        "/app/search.xhtml?page=", "/app/search.xhtml?domain=", "/app/search.xhtml?phase=", "/app/lineage.xhtml?kind=",
        "/app/organisations/edit.xhtml?id=", "/app/pilots/edit.xhtml?id=", "/showcase/search.xhtml?q=",
        "/showcase/index.xhtml?page=", "/showcase/indicator.xhtml?code=", "/showcase/case-study.xhtml?slug=",
        "/verify.xhtml?reference=", "/api/indicators/{}/data.json", "/api/indicators/{}/data.csv",
        "/api/agreements/{}/odrl", "/api/lineage/partnership/{}", "/api/lineage/{}/1", "/api/catalogue?format="};

    private static final String[][] FORMS = {{"admin", "/app/organisations/edit.xhtml", "organisation"},
        {"admin", "/app/contacts/edit.xhtml", "contact"}, {"manager.rs", "/app/partnerships/edit.xhtml", "partnership"},
        {"manager.rs", "/app/agreements/edit.xhtml", "agreement"}, {"manager.rs", "/app/pilots/edit.xhtml", "pilot"},
        {"manager.rs", "/app/datasets/edit.xhtml", "dataset"}, {"manager.rs", "/app/indicators/edit.xhtml", "indicator"},
        {"manager.rs", "/app/decisions/edit.xhtml", "decision"}, {"manager.rs", "/app/case-studies/edit.xhtml", "case_study"},
        {"manager.rs", "/app/activities/edit.xhtml", "dissemination_activity"}, {"coordinator", "/app/guidelines/edit.xhtml", "guideline"}};

    private static final Pattern FIELD = Pattern.compile("name=\"(form:[^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private final Random random = new Random(20261202L);
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void noGeneratedInputGetsAServerErrorAStackTraceOrAnEchoedScript() throws Exception {
        int inputs = Integer.getInteger("ddms.fuzz.inputs", 10_000);
        int formShare = inputs / 4;
        SignedInClient coordinator = SignedInClient.signIn(PortalUrl.of(base, "/app/index.xhtml"), "coordinator", "demo");

        // forms: every field of every edit form gets a payload; refused saves store nothing
        int perForm = Math.max(1, formShare / FORMS.length);
        for (String[] form : FORMS) {
            SignedInClient user = "coordinator".equals(form[0]) ? coordinator
                    : SignedInClient.signIn(PortalUrl.of(base, "/app/index.xhtml"), form[0], "demo");
            long rowsBefore = rows(form[2]);
            fuzzForm(user, form[1], perForm);
            long rowsAfter = rows(form[2]);
            assertTrue(rowsAfter - rowsBefore <= perForm, form[1]);
            System.out.printf("fuzz %s: %d posts, %d new rows (accepted saves)%n", form[1], perForm, rowsAfter - rowsBefore);
        }

        // parameters of pages and endpoints
        int gets = inputs - perForm * FORMS.length;
        for (int i = 0; i < gets; i++) {
            String page = GET_PAGES[i % GET_PAGES.length];
            String value = encodePath(payload(), page.contains("{}"));
            String path = page.contains("{}") ? page.replace("{}", value) : page + value;
            send(coordinator, HttpRequest.newBuilder(URI.create(PortalUrl.of(base, path)))
                    .header("Accept", i % 7 == 0 ? "application/x-nonsense" : "*/*").GET().build(), path);
        }
        System.out.printf("fuzz: %d requests, %d failures%n", requests, failures.size());
        java.util.Map<String, Long> kinds = new java.util.TreeMap<>();
        for (String f : failures) {
            kinds.merge(f.replaceAll("\\?.*", "").replaceAll(" … .*", ""), 1L, Long::sum);
        }
        kinds.forEach((k, v) -> System.out.println("fuzz failure: " + v + " × " + k));
        assertTrue(requests >= inputs, "inputs sent: " + requests);
        assertEquals(List.of(), failures.subList(0, Math.min(15, failures.size())), failures.size() + " failures");
    }

    private void fuzzForm(SignedInClient user, String page, int posts) throws Exception {
        HttpResponse<String> form = user.get(PortalUrl.of(base, page));
        assertEquals(200, form.statusCode(), page);
        String viewState = SignedInClient.viewState(form.body()).orElseThrow(() -> new AssertionError(page));
        String nonce = SignedInClient.nonce(form.body()).orElseThrow(() -> new AssertionError(page));
        Set<String> fields = new LinkedHashSet<>();
        Matcher m = FIELD.matcher(form.body());
        while (m.find()) {
            fields.add(m.group(1).replace("&#x3a;", ":"));
        }
        for (int i = 0; i < posts; i++) {
            StringBuilder body = new StringBuilder("jakarta.faces.partial.ajax=true&jakarta.faces.source=form%3Asave"
                    + "&jakarta.faces.partial.execute=form%3Asave+form&jakarta.faces.partial.render=form+messages"
                    + "&form%3Asave=form%3Asave&form=form&jakarta.faces.ViewState=" + SignedInClient.enc(viewState));
            if (i % 10 != 9) {   // one post in ten without the page's nonce (a stale or forged form): 400
                body.append("&primefaces.nonce=").append(SignedInClient.enc(nonce));
            }
            for (String field : fields) {
                if (!field.equals("form:save")) {
                    body.append('&').append(SignedInClient.enc(field)).append('=').append(SignedInClient.enc(payload()));
                }
            }
            send(user, HttpRequest.newBuilder(URI.create(PortalUrl.of(base, page)))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), page + " (form)");
        }
    }

    private String payload() {
        int kind = random.nextInt(10);
        if (kind < 7) {
            return PAYLOADS[random.nextInt(PAYLOADS.length)];
        }
        if (kind < 9) {   // two payloads glued, or a payload inside text
            return PAYLOADS[random.nextInt(PAYLOADS.length)] + "x" + PAYLOADS[random.nextInt(PAYLOADS.length)];
        }
        StringBuilder noise = new StringBuilder();   // random code points, control characters included
        for (int i = random.nextInt(40); i > 0; i--) {
            int cp = random.nextInt(0x3000);
            if (!Character.isSurrogate((char) cp)) {
                noise.appendCodePoint(cp);
            }
        }
        return noise.toString();
    }

    private static String encodePath(String value, boolean inPath) {
        String encoded = SignedInClient.enc(value);
        return inPath ? encoded.replace("+", "%20") : encoded;
    }

    /** Sends one input; a dropped connection counts as a failure (the portal gave no answer). */
    private void send(SignedInClient client, HttpRequest request, String what) throws InterruptedException {
        try {
            check(client.send(request), what);
        } catch (java.io.IOException e) {
            requests++;
            failures.add("no answer (" + e.getMessage() + "): " + shorten(what));
        }
    }

    private void check(HttpResponse<String> r, String what) {
        requests++;
        String body = r.body() == null ? "" : r.body();
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() >= 500) {
            failures.add(r.statusCode() + " " + shorten(what));
        } else if (StackTraces.in(body) != null) {
            failures.add("stack trace or exception name: " + shorten(what) + " … " + StackTraces.in(body));
        } else if (type.contains("html") && (body.contains("<script>alert(1)") || body.contains("<img src=x onerror")
                || body.contains("<svg onload"))) {
            failures.add("echoed script: " + shorten(what));
        }
    }

    private static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static long rows(String table) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("ddms.test.dbUrl"), "root", "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
