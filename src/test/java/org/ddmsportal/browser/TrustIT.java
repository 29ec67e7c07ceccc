package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ddmsportal.devstack.TestStack;
import org.ddmsportal.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's surface as an attacker and a hurried user meet it: security headers on every
 * kind of response, nothing public that should not be, sign-out only from the portal's own
 * pages, refusals (403, 400, 404) with translated pages instead of error pages, and parallel
 * requests of one session (several tabs, a double click) answered without a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private String url(String path) {
        return PortalUrl.of(base, path);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoStackTrace(String body) {
        assertEquals(null, StackTraces.in(body), body);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNamesNoServer() throws Exception {
        for (String path : List.of("/", "/showcase/", "/api/catalogue.ttl", "/no-such-page.xhtml",
                "/jakarta.faces.resource/ddms/portal.js.xhtml")) {
            HttpHeaders h = get(url(path)).headers();
            assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(h.firstValue("Referrer-Policy").isPresent(), path);
            assertEquals(1, h.allValues("Content-Security-Policy").size(), path + ": one policy");
            assertFalse(h.firstValue("Server").orElse("").contains("Payara"), path + " " + h.firstValue("Server"));
            assertTrue(h.firstValue("X-Powered-By").isEmpty(), path);
        }
        String page = get(url("/")).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(page.contains("script-src 'self' 'nonce-"), page);
        assertTrue(page.contains("object-src 'none'") && page.contains("frame-ancestors 'self'"), page);
        assertTrue(get(url("/api/catalogue.ttl")).headers().firstValue("Content-Security-Policy").orElseThrow()
                .startsWith("default-src 'none'"));
        assertEquals(404, get(url("/api/application.wadl")).statusCode(), "no generated WADL");
        assertTrue(get("http://localhost:" + TestStack.PORTAL_PORT + "/metrics").statusCode() >= 400, "metrics not public");
    }

    @Test
    void signOutOnlyFromThePortalsOwnPagesAndRefusalsArePagesNotErrors() throws Exception {
        SignedInClient manager = SignedInClient.signIn(url("/app/index.xhtml"), "manager.rs", "demo");
        // a foreign site's form posting to /logout
        HttpResponse<String> forged = manager.send(HttpRequest.newBuilder(URI.create(url("/logout")))
                .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build());
        assertEquals(403, forged.statusCode());
        assertTrue(manager.get(url("/app/index.xhtml")).body().contains("id=\"welcome\""), "still signed in");

        // a user who may read but not change gets 403 up front, not a form
        HttpResponse<String> guidelineForm = manager.get(url("/app/guidelines/edit.xhtml"));
        assertEquals(403, guidelineForm.statusCode());
        assertTrue(guidelineForm.body().contains("Not allowed"), guidelineForm.body());
        SignedInClient contact = SignedInClient.signIn(url("/app/index.xhtml"), "contact.rs", "demo");
        assertEquals(403, contact.get(url("/app/case-studies/edit.xhtml")).statusCode());

        // a mangled revision is "not found", never a 500
        HttpResponse<String> mangled = manager.get(url("/app/guidelines/view.xhtml?id=1&revision=abc"));
        assertEquals(404, mangled.statusCode());
        assertNoStackTrace(mangled.body());

        // a broken multipart body
        HttpResponse<String> broken = manager.send(HttpRequest.newBuilder(URI.create(url("/app/indicators/list.xhtml")))
                .header("Content-Type", "multipart/form-data; boundary=XyZ").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunfinished"))
                .build());
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("The upload could not be read"), broken.body());
        assertNoStackTrace(broken.body());

        // an upload announced larger than the container accepts: refused before it is read
        String answer = announcedUpload(url("/app/indicators/list.xhtml"), 300_000_000L,
                manager.cookieHeader(url("/app/indicators/list.xhtml")));
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer.substring(0, Math.min(200, answer.length())));
        assertTrue(answer.contains("The upload is too large: at most 201 MB"), answer);
        assertNoStackTrace(answer);

        // a form posted after its view is gone: the expired page, as a client error
        HttpResponse<String> expired = HTTP.send(HttpRequest.newBuilder(URI.create(url("/index.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "languageForm=languageForm&jakarta.faces.ViewState=1234%3A5678&j_idt12%3A1%3Alang=j_idt12%3A1%3Alang"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, expired.statusCode());
        assertTrue(expired.body().contains("Your page has expired"));
    }

    @Test
    void aVisitorsUploadIsReadOnlyByThePortalWithTheVisitorsLimit() throws Exception {
        // a broken body on the public verification page: the upload guard's 400, not a 500 from
        // the sign-in mechanism reading the body before any filter
        HttpResponse<String> broken = HTTP.send(HttpRequest.newBuilder(URI.create(url("/verify.xhtml")))
                .header("Content-Type", "multipart/form-data; boundary=XyZ").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunfinished"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("The upload could not be read"), broken.body());

        // a visitor uploads only an agreement to verify (25 MB): 30 MB is refused before it is read
        String answer = announcedUpload(url("/verify.xhtml"), 30L * 1024 * 1024, null);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer.substring(0, Math.min(200, answer.length())));
        assertTrue(answer.contains("The upload is too large: at most 26 MB"), answer);
        assertNoStackTrace(answer);
        // (a visitor's file of its size is still checked: AnonymousSessionIT, AgreementJourneyIT)
    }

    /**
     * What the server answers to a form upload announcing {@code length} bytes, of which only the
     * first line is sent: it must answer at once and keep the connection for the body it will
     * never read, so the answer is read until the page is complete, not until the connection closes.
     */
    private static String announcedUpload(String address, long length, String cookie) throws Exception {
        URI page = URI.create(address);
        try (java.net.Socket socket = new java.net.Socket(page.getHost(), page.getPort())) {
            socket.setSoTimeout(15_000);
            String head = "POST " + page.getRawPath() + " HTTP/1.1\r\nHost: " + page.getHost() + ":" + page.getPort()
                    + "\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: " + length
                    + "\r\nAccept-Language: en" + (cookie == null ? "" : "\r\nCookie: " + cookie)
                    + "\r\nConnection: close\r\n\r\n--XyZ\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            StringBuilder received = new StringBuilder();
            byte[] buffer = new byte[8192];
            java.io.InputStream in = socket.getInputStream();
            try {
                for (int n; !received.toString().contains("</html>") && (n = in.read(buffer)) > 0; ) {
                    received.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (java.net.SocketTimeoutException stillOpen) {
                // what arrived is checked by the caller
            }
            return received.toString();
        }
    }

    @Test
    void parallelRequestsOfOneSessionAreAllAnswered() throws Exception {
        SignedInClient user = SignedInClient.signIn(url("/app/index.xhtml"), "coordinator", "demo");
        HttpResponse<String> list = user.get(url("/app/partnerships/list.xhtml"));
        String viewState = SignedInClient.viewState(list.body())
                .orElseThrow(() -> new AssertionError("a view state on the list page"));
        String pageNonce = SignedInClient.nonce(list.body()).orElseThrow(() -> new AssertionError("the page's CSP nonce"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int page = i;
                calls.add(() -> switch (page % 3) {
                    case 0 -> user.get(url("/app/partnerships/list.xhtml")).statusCode();
                    case 1 -> user.get(url("/app/index.xhtml")).statusCode();
                    default -> user.send(HttpRequest.newBuilder(URI.create(url("/app/partnerships/list.xhtml")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Faces-Request", "partial/ajax")
                            .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"
                                    + "&jakarta.faces.source=list%3Atable&jakarta.faces.partial.execute=list%3Atable"
                                    + "&jakarta.faces.partial.render=list%3Atable&list%3Atable=list%3Atable"
                                    + "&list%3Atable_pagination=true&list%3Atable_first=" + (page % 2) * 20
                                    + "&list%3Atable_rows=20&list=list&primefaces.nonce=" + SignedInClient.enc(pageNonce)
                                    + "&jakarta.faces.ViewState=" + SignedInClient.enc(viewState))).build()).statusCode();
                });
            }
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
