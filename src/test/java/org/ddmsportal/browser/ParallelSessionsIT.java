package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Several users signed in at once keep their roles on every request, also after their access
 * and identity tokens have expired (the realm's lifespan is cut to 20 s for this test). Before
 * the fix, 1–5 % of parallel requests came with the principal but no roles ("No role", 403).
 * The long run (16 sessions, 10 minutes) is {@code bench/roles-under-load.sh}, which runs this
 * class with {@code -Dddms.parallel.sessions=16 -Dddms.parallel.seconds=600}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParallelSessionsIT {

    private static final String[][] USERS = {{"manager.rs", "NSI manager"}, {"manager.it", "NSI manager"},
        {"staff.pl", "NSI staff"}, {"coordinator", "Coordinator"}, {"contact.rs", "Contact"},
        {"contact.beg", "Contact"}, {"admin", "Administrator"}};

    private static final String[] PAGES = {"/app/index.xhtml", "/app/partnerships/list.xhtml",
        "/app/agreements/list.xhtml", "/app/organisations/list.xhtml", "/app/case-studies/list.xhtml"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyRequestOfParallelSessionsKeepsItsRolesPastTheTokensLifespan() throws Exception {
        int sessions = Integer.getInteger("ddms.parallel.sessions", 6);
        int seconds = Integer.getInteger("ddms.parallel.seconds", 45);
        int lifespan = 20;
        int before = realmLifespan(null);
        realmLifespan(lifespan);
        try {
            List<SignedInClient> clients = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                clients.add(SignedInClient.signIn(PortalUrl.of(base, "/app/index.xhtml"), USERS[i % USERS.length][0], "demo"));
            }
            AtomicInteger requests = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + Duration.ofSeconds(Math.max(seconds, lifespan + 15)).toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(sessions);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < sessions; i++) {
                    SignedInClient client = clients.get(i);
                    String role = USERS[i % USERS.length][1];
                    running.add(pool.submit(() -> {
                        int n = 0;
                        while (System.nanoTime() < end) {
                            String page = PAGES[n++ % PAGES.length];
                            HttpResponse<String> r = client.get(PortalUrl.of(base, page));
                            requests.incrementAndGet();
                            String body = r.body();
                            if (r.statusCode() != 200 || body.contains("No role")
                                    || !body.contains("id=\"currentRole\" class=\"ddms-role\">" + role)) {
                                failures.add(client.username() + " " + page + " → " + r.statusCode()
                                        + (body.contains("No role") ? " (No role)" : ""));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            System.out.printf("parallel sessions: %d sessions, %d requests, %d without their role%n",
                    sessions, requests.get(), failures.size());
            assertTrue(requests.get() > sessions * 10, "requests made: " + requests.get());
            assertEquals(List.of(), List.copyOf(failures).subList(0, Math.min(20, failures.size())),
                    failures.size() + " of " + requests.get() + " requests lost their role");
        } finally {
            realmLifespan(before);
        }
    }

    /** Sets the ddms realm's access-token lifespan (null: only reads it); returns the value before. */
    private static int realmLifespan(Integer seconds) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String keycloak = "http://localhost:" + TestStack.KEYCLOAK_PORT;
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + SignedInClient.enc(System.getProperty("ddms.test.keycloakAdminPassword"));
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        String bearer = "Bearer " + Json.createReader(new StringReader(token.body())).readObject().getString("access_token");
        HttpResponse<String> realm = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/ddms"))
                .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        int current = Json.createReader(new StringReader(realm.body())).readObject().getInt("accessTokenLifespan");
        if (seconds != null) {
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/ddms"))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"accessTokenLifespan\":" + seconds + "}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, put.statusCode(), put.body());
        }
        return current;
    }
}
