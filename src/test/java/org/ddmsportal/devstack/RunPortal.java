package org.ddmsportal.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * {@code mvn -Prun}: MariaDB, Keycloak and the portal with demo data, in the foreground.
 * Ctrl-C stops all three. Data (MariaDB, Keycloak, generated secrets) lives in
 * {@code .ddms-data/} at the project root, so a second run keeps it; delete that folder to
 * start afresh.
 */
public final class RunPortal {

    private RunPortal() {
    }

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        Path basedir = Path.of(System.getProperty("ddms.basedir", ".")).toAbsolutePath();
        Path data = basedir.resolve(".ddms-data");
        int portalPort = Integer.getInteger("ddms.port", 8080);
        Stack stack = start(basedir, data, portalPort, Integer.getInteger("ddms.keycloak.port", 8180),
                Integer.getInteger("ddms.db.port", 3307), Integer.getInteger("ddms.smtp.port", 3025));
        String portalUrl = "http://localhost:" + portalPort;

        long seconds = Duration.between(started, Instant.now()).toSeconds();
        say(BANNER.formatted(seconds, portalUrl, stack.keycloak.issuer(), portalUrl, data.resolve("mail"), portalUrl));
        int exit = stack.portal.waitFor();
        say("The portal stopped (exit code " + exit + ").");
    }

    /**
     * Starts MariaDB, the mail catcher, Keycloak and the portal with demo data, everything kept in
     * {@code data}; answers when the portal is ready. The stack stops when the JVM exits.
     */
    static Stack start(Path basedir, Path data, int portalPort, int keycloakPort, int dbPort, int smtpPort)
            throws Exception {
        Path logs = data.resolve("logs");
        String portalUrl = "http://localhost:" + portalPort;
        String clientSecret = Secrets.readOrCreate(data.resolve("secrets/oidc-client-secret"));
        String adminPassword = Secrets.readOrCreate(data.resolve("secrets/keycloak-admin-password"));
        String adminClientSecret = Secrets.readOrCreate(data.resolve("secrets/keycloak-admin-client-secret"));
        String integrationSecret = Secrets.readOrCreate(data.resolve("secrets/integration-client-secret"));

        Stack stack = new Stack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "ddms-stop"));

        say("Starting MariaDB on port " + dbPort + " (data in " + data.resolve("mariadb") + ") …");
        stack.db = MariaDbServer.start(dbPort, data.resolve("mariadb-base"), data.resolve("mariadb"), true);
        stack.db.createDatabase("ddms");

        say("Starting the mail catcher (SMTP on port " + smtpPort + ", mails saved in " + data.resolve("mail") + ") …");
        stack.mail = MailCatcher.start(smtpPort, data.resolve("mail"));

        resetKeycloakIfRealmChanged(basedir.resolve("src/main/keycloak/ddms-realm.json"), data.resolve("keycloak"));
        say("Starting Keycloak on port " + keycloakPort + " (log: " + logs.resolve("keycloak.log") + ") …");
        stack.keycloak = KeycloakServer.start(Path.of(System.getProperty("keycloak.home")),
                basedir.resolve("src/main/keycloak/ddms-realm.json"), data.resolve("keycloak"), keycloakPort,
                keycloakPort + 1000, portalUrl, clientSecret, adminPassword, adminClientSecret, integrationSecret, smtpPort,
                logs.resolve("keycloak.log"));
        stack.keycloak.awaitReady(Duration.ofMinutes(10), logs.resolve("keycloak.log"));

        say("Starting the portal on port " + portalPort + " (log: " + logs.resolve("portal.log") + ") …");
        Map<String, String> env = Map.of(
                "APP_DB_URL", stack.db.jdbcUrl("ddms"),
                "APP_DB_USER", "root",
                "APP_DB_PASSWORD", "not-checked-by-the-embedded-server",
                "APP_OIDC_PROVIDER_URI", stack.keycloak.issuer(),
                "APP_OIDC_CLIENT_SECRET", clientSecret,
                "APP_KEYCLOAK_ADMIN_CLIENT_SECRET", adminClientSecret,
                "APP_MAIL_SMTP_PORT", Integer.toString(smtpPort),
                "APP_PORTAL_URL", portalUrl,
                "APP_DEMO_DATA", "true");
        stack.portal = PayaraServer.start(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("ddms.war")), portalPort, env, data, logs.resolve("portal.log"));
        stack.portal.awaitReady(Duration.ofMinutes(10), logs.resolve("portal.log"));
        return stack;
    }

    private static final String BANNER = """

                ================================================================
                 DDMS Portal is up (in %d s):   %s
                 Keycloak (realm ddms):         %s
                   Keycloak console user admin, password in .ddms-data/secrets/keycloak-admin-password
                 Demo sign-ins (password "demo" for all):
                   admin        administrator
                   coordinator  coordinator (HLG-MOS, all countries, read)
                   manager.rs   NSI manager, Serbia (SORS)
                   manager.it   NSI manager, Italy (Istat)
                   staff.pl     NSI staff, Poland (Statistics Poland)
                   contact.rs   partner contact, Elektroprivreda Srbije
                   contact.beg  city contact, City of Belgrade
                 REST API: %s/api-docs/ (token: client ddms-integrations, secret in
                   .ddms-data/secrets/integration-client-secret; docs/api.md)
                 Mails (portal and Keycloak): .eml files in %s
                 Health: %s/health/ready
                 Press Ctrl-C to stop everything.
                ================================================================
                """;

    /**
     * Keycloak imports the realm only into an empty database, so a changed realm file (a new
     * client, a new demo user) would never reach an existing data folder. The folder holds demo
     * users and accounts created for signatories only: start it afresh when the file changed.
     */
    private static void resetKeycloakIfRealmChanged(Path realm, Path keycloakData) throws Exception {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        digest.update(java.nio.file.Files.readAllBytes(realm));
        Path users = KeycloakServer.demoUsers(realm);
        if (java.nio.file.Files.exists(users)) {
            digest.update(java.nio.file.Files.readAllBytes(users));
        }
        String hash = java.util.HexFormat.of().formatHex(digest.digest());
        Path marker = keycloakData.resolve("realm.sha256");
        if (java.nio.file.Files.exists(keycloakData) && (!java.nio.file.Files.exists(marker)
                || !java.nio.file.Files.readString(marker).strip().equals(hash))) {
            say("The realm file changed: Keycloak starts with a fresh database (demo users re-imported).");
            TestStack.deleteRecursively(keycloakData);
        }
        java.nio.file.Files.createDirectories(keycloakData);
        java.nio.file.Files.writeString(marker, hash);
    }

    private static void say(String line) {
        System.out.println("[ddms] " + line);
    }

    /** What was started, stopped in reverse order. */
    static final class Stack {
        MariaDbServer db;
        KeycloakServer keycloak;
        PayaraServer portal;
        MailCatcher mail;

        synchronized void close() {
            if (portal != null) {
                portal.close();
                portal = null;
            }
            if (keycloak != null) {
                keycloak.close();
                keycloak = null;
            }
            if (mail != null) {
                mail.close();
                mail = null;
            }
            if (db != null) {
                try {
                    db.close();
                } catch (Exception e) {
                    System.err.println("[ddms] MariaDB did not stop cleanly: " + e.getMessage());
                }
                db = null;
            }
        }
    }
}
