package org.ddmsportal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ddmsportal.browser.SignedInClient;

/**
 * Signs a user in {@code n} times through Keycloak's real login form and writes one session's
 * {@code Cookie} header per line: {@code wrk} gives each connection its own session, because the
 * portal serialises the requests of one session (OneRequestPerSessionFilter).
 *
 * <p>Usage: {@code BenchSessions portalUrl username n file} (password "demo", the demo users').
 */
public final class BenchSessions {

    private BenchSessions() {
    }

    public static void main(String[] args) throws Exception {
        write(args[0], args[1], Integer.parseInt(args[2]), Path.of(args[3]));
    }

    static void write(String portalUrl, String username, int n, Path file) throws Exception {
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SignedInClient client = SignedInClient.signIn(portalUrl + "/app/index.xhtml", username, "demo");
            cookies.add(client.cookieHeader(portalUrl + "/app/index.xhtml"));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, cookies);
    }
}
