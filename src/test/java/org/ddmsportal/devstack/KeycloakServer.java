package org.ddmsportal.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from its Maven Central distribution in development mode, with the portal's realm
 * ({@code src/main/keycloak/ddms-realm.json}) imported on first start. Its own H2 database lives
 * in the given directory, so the run command and the tests never share users or secrets.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "ddms";

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The demo users beside a realm file ({@code ddms-users-0.json}, Keycloak's name for a realm's users). */
    static Path demoUsers(Path realmFile) {
        return realmFile.resolveSibling("ddms-users-0.json");
    }

    /**
     * @param home        the unpacked distribution
     * @param realmFile   the realm definition to import (and the demo users beside it)
     * @param dataDir     where Keycloak keeps its database
     * @param portalUrl   the portal's base URL (allowed redirect after sign-in and sign-out)
     * @param clientSecret the portal client's secret
     * @param adminPassword the bootstrap administrator's password (user {@code admin})
     * @param adminClientSecret the secret of the portal's account-administration client
     * @param integrationSecret the secret of the integration client ({@code ddms-integrations}:
     *                    client-credentials tokens for machines calling the REST API)
     * @param smtpPort    where Keycloak sends its mails (invitations) on localhost
     */
    static KeycloakServer start(Path home, Path realmFile, Path dataDir, int port, int managementPort,
                                String portalUrl, String clientSecret, String adminPassword,
                                String adminClientSecret, String integrationSecret, int smtpPort, Path log)
            throws IOException {
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Files.copy(realmFile, importDir.resolve("ddms-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        // the demo users live apart from the realm (a production import takes the realm alone)
        Path demoUsers = demoUsers(realmFile);
        if (Files.exists(demoUsers)) {
            Files.copy(demoUsers, importDir.resolve("ddms-users-0.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(dataDir);
        Path javaHome = Processes.javaHomeForKeycloak();
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname-strict=false",
                "--import-realm",
                "--health-enabled=true",
                "--db=dev-file",
                "--db-url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("keycloakdb") + ";NON_KEYWORDS=VALUE"));
        Map<String, String> env = Map.of(
                "JAVA_HOME", javaHome.toString(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                "DDMS_PORTAL_URL", portalUrl,
                "DDMS_OIDC_CLIENT_SECRET", clientSecret,
                "DDMS_ADMIN_CLIENT_SECRET", adminClientSecret,
                "DDMS_INTEGRATION_CLIENT_SECRET", integrationSecret,
                "DDMS_SMTP_HOST", "localhost",
                "DDMS_SMTP_PORT", Integer.toString(smtpPort));
        Process process = Processes.start(command, env, home, log);
        return new KeycloakServer(process, port);
    }

    /** Blocks until the realm's discovery document is served. */
    KeycloakServer awaitReady(Duration timeout, Path log) {
        Processes.awaitHttpOk(issuer() + "/.well-known/openid-configuration", process, timeout, log);
        return this;
    }

    String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    @Override
    public void close() {
        Processes.stop(process);
    }
}
