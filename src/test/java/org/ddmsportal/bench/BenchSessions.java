package org.ddmsportal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ddmsportal.browser.SignedInClient;

/**
 * Signs a user in {@code n} times through Keycloak's real login form and writes one session's
 * {@code Cookie} header per line: {@code wrk} gives each connection its own session, because the
 * portal serialises the requests of one session (OneRequestPerSessionFilter).
 *
 * <p>Usage: {@code BenchSessions portalUrl username n file} (password "demo", the demo users').
 */
public final class BenchSessions {

    private static final String LANDING = "/app/guidelines/list.xhtml";

    private BenchSessions() {
    }

    public static void main(String[] args) throws Exception {
        write(args[0], args[1], Integer.parseInt(args[2]), Path.of(args[3]));
    }

    static void write(String portalUrl, String username, int n, Path file) throws Exception {
        // One at a time by default: sessions of one user signed in at the same moment break — all
        // but one are sent back to Keycloak on their next request (found by bench/run, not fixed).
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, Integer.getInteger("bench.signInThreads", 1)));
        try {
            List<Future<String>> sessions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sessions.add(pool.submit(() -> {
                    // lands on a light page: the sessions are what counts here, not the landing
                    SignedInClient client = SignedInClient.signIn(portalUrl + LANDING, username, "demo");
                    return client.cookieHeader(portalUrl + LANDING);
                }));
            }
            List<String> cookies = new ArrayList<>();
            for (Future<String> s : sessions) {
                cookies.add(s.get());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, cookies);
        } finally {
            pool.shutdown();
        }
    }
}
