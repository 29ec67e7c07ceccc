package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ddmsportal.devstack.TestStack;
import org.ddmsportal.it.Deployments;
import org.ddmsportal.web.shared.LoadLimits;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * More requests at once than the portal takes on: the surplus is refused quickly with 503 and
 * {@code Retry-After} (a translated page, or problem+json under /api), static resources and the
 * health probes are still answered, and once the load is gone every request is served again.
 *
 * <p>The load is made deterministic: each of {@link LoadLimits#DEFAULTS}' page permits is held
 * by a request whose body arrives slowly (a PDF for the public verification API, sent in two
 * halves), so the test knows exactly when the portal is full and when it is free again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OverloadIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final int BODY = 2000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private String url(String path) {
        return PortalUrl.of(base, path);
    }

    private static HttpResponse<String> get(String url, String language) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", language)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A verification request that has sent half its body and waits: it holds a permit. */
    private Socket hold() throws IOException {
        URI uri = URI.create(url("/api/agreements/XX-0000-0000/verify"));
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(60_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: application/pdf\r\nContent-Length: " + BODY + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[BODY / 2]);
        out.flush();
        return socket;
    }

    private static String finish(Socket socket) throws IOException {
        try (socket) {
            socket.getOutputStream().write(new byte[BODY / 2]);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSurplusIsRefusedWithRetryAfterAndThePortalRecovers() throws Exception {
        assertEquals(200, get(url("/showcase/"), "en").statusCode(), "served before the load");
        int permits = LoadLimits.DEFAULTS.pagePermits();
        List<Socket> holders = new ArrayList<>();
        try {
            for (int i = 0; i < permits; i++) {
                holders.add(hold());
            }
            Thread.sleep(1500);   // every holder admitted and blocked on its body

            long start = System.nanoTime();
            HttpResponse<String> page = get(url("/showcase/"), "fr");
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, page.statusCode(), page.body());
            assertEquals(String.valueOf(LoadLimits.DEFAULTS.retryAfterSeconds()), page.headers().firstValue("Retry-After").orElse(""));
            assertTrue(page.body().contains("lang=\"fr\"") && page.body().contains("Le portail est très sollicité"), page.body());
            assertTrue(waitedMs >= LoadLimits.DEFAULTS.pageWait().toMillis() - 100 && waitedMs < 15_000,
                    "refused after a short wait, not at once nor after minutes: " + waitedMs + " ms");
            assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), "no session for a refusal");
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(1, page.headers().allValues("Content-Security-Policy").size());

            HttpResponse<String> api = get(url("/api/catalogue.ttl"), "en");
            assertEquals(503, api.statusCode());
            assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), api.headers().map().toString());
            assertTrue(api.body().contains("\"status\":503"), api.body());
            assertTrue(api.headers().firstValue("Retry-After").isPresent());

            // a page that was let in still gets its scripts; the probes still answer, and say UP:
            // a full portal is busy, not dead
            assertEquals(200, get(url("/jakarta.faces.resource/ddms/portal.js.xhtml"), "en").statusCode());
            assertEquals(200, get("http://localhost:" + TestStack.PORTAL_PORT + "/health/live", "en").statusCode());
        } finally {
            for (Socket holder : holders) {
                String answer = finish(holder);
                assertTrue(answer.startsWith("HTTP/1.1 200"), "the held requests complete normally: "
                        + answer.substring(0, Math.min(200, answer.length())));
            }
        }
        // the load is gone: answered again at once
        for (String path : List.of("/showcase/", "/", "/api/catalogue.ttl")) {
            assertEquals(200, get(url(path), "en").statusCode(), path);
        }
        HttpResponse<String> ready = get("http://localhost:" + TestStack.PORTAL_PORT + "/health/ready", "en");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("memory") && ready.body().contains("database"), ready.body());
    }
}
