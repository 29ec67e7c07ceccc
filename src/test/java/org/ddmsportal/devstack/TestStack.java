package org.ddmsportal.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the test stack once per integration-test run and stops it at the end: a throwaway
 * MariaDB (port 3309, database {@code ddms}) and a Keycloak with a fresh database and a random
 * client secret (port 8181). Arquillian's Payara Micro (port 8281, {@code arquillian.xml}) reads
 * their coordinates from the system properties set here.
 *
 * <p>Registered through {@code META-INF/services}; does nothing unless failsafe sets
 * {@code ddms.stack=test}, so unit tests never pay for it.
 */
public class TestStack implements LauncherSessionListener {

    /**
     * Added to every port below ({@code -Dddms.test.portOffset=20}), so that a second checkout
     * can run its integration tests beside a running suite or portal. Between 1 and 99: the
     * ports of one stack are 100 apart (Keycloak 8181, the portal 8281), so an offset of 100
     * would put one stack's Keycloak on the other's portal.
     */
    public static final int PORT_OFFSET = offset();
    public static final int DB_PORT = 3309 + PORT_OFFSET;
    public static final int KEYCLOAK_PORT = 8181 + PORT_OFFSET;
    public static final int PORTAL_PORT = 8281 + PORT_OFFSET;
    public static final String DATABASE = "ddms";

    public static final int SMTP_PORT = 3026 + PORT_OFFSET;
    public static final int IMAP_PORT = 3144 + PORT_OFFSET;

    private static MariaDbServer db;
    private static GreenMail mail;
    private static KeycloakServer keycloak;
    private static java.util.Set<java.nio.file.Path> tempBefore = java.util.Set.of();

    private static int offset() {
        int offset = Integer.getInteger("ddms.test.portOffset", 0);
        if (offset < 0 || offset > 99) {
            throw new IllegalArgumentException("ddms.test.portOffset must be between 0 and 99, not " + offset);
        }
        return offset;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"test".equals(System.getProperty("ddms.stack")) || db != null) {
            return;
        }
        Path work = Path.of(System.getProperty("ddms.basedir", ".")).resolve("target/test-stack").toAbsolutePath();
        try {
            // failsafe points java.io.tmpdir into target/ (pom.xml); it must exist before Arquillian uses it
            java.nio.file.Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("No temporary folder: " + e.getMessage(), e);
        }
        tempBefore = arquillianTempDirs();
        try {
            deleteRecursively(work);
            db = MariaDbServer.start(DB_PORT, work.resolve("mariadb-base"), work.resolve("mariadb"), false);
            db.createDatabase(DATABASE);
            String secret = Secrets.random();
            String adminSecret = Secrets.random();
            String integrationSecret = Secrets.random();
            String keycloakAdminPassword = Secrets.random();
            // A real SMTP server for the portal's and Keycloak's mails; tests read it over IMAP.
            mail = new GreenMail(new ServerSetup[] {new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            mail.start();
            Path log = work.resolve("keycloak.log");
            keycloak = KeycloakServer.start(Path.of(System.getProperty("keycloak.home")),
                    Path.of(System.getProperty("ddms.basedir", ".")).resolve("src/main/keycloak/ddms-realm.json"),
                    work.resolve("keycloak"), KEYCLOAK_PORT, KEYCLOAK_PORT + 1000, "http://localhost:" + PORTAL_PORT,
                    secret, keycloakAdminPassword, adminSecret, integrationSecret, SMTP_PORT, log);
            System.setProperty("ddms.test.dbUrl", db.jdbcUrl(DATABASE));
            System.setProperty("ddms.test.portalPort", Integer.toString(PORTAL_PORT));
            System.setProperty("ddms.test.smtpPort", Integer.toString(SMTP_PORT));
            System.setProperty("ddms.test.imapPort", Integer.toString(IMAP_PORT));
            System.setProperty("ddms.test.issuer", keycloak.issuer());
            System.setProperty("ddms.test.oidcSecret", secret);
            System.setProperty("ddms.test.adminSecret", adminSecret);
            // the REST API's integration client (client credentials; the API tests also take users' tokens from it)
            System.setProperty("ddms.test.integrationSecret", integrationSecret);
            // for tests that change the realm for their run (e.g. a short token lifespan)
            System.setProperty("ddms.test.keycloakAdminPassword", keycloakAdminPassword);
            // The portal reads Keycloak's metadata on the first sign-in; wait so every test finds it up
            // (a first start builds Keycloak's configuration: over 5 minutes seen on a loaded 2-core machine).
            keycloak.awaitReady(Duration.ofMinutes(10), log);
        } catch (Exception e) {
            launcherSessionClosed(session);
            throw new IllegalStateException("The test stack did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        // Arquillian's Payara Micro leaves a ~25 MB folder in /tmp per deployment: remove ours.
        for (java.nio.file.Path dir : arquillianTempDirs()) {
            if (!tempBefore.contains(dir)) {
                try {
                    deleteRecursively(dir);
                } catch (java.io.IOException e) {
                    System.err.println("Could not delete " + dir + ": " + e.getMessage());
                }
            }
        }
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        if (mail != null) {
            mail.stop();
            mail = null;
        }
        if (db != null) {
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
            }
            db = null;
        }
    }

    /** The mails that reached the test SMTP server (GreenMail), for tests that run outside the container. */
    public static jakarta.mail.internet.MimeMessage[] receivedMails() {
        return mail == null ? new jakarta.mail.internet.MimeMessage[0] : mail.getReceivedMessages();
    }

    /** A JDBC URL to a database of the test MariaDB (created if missing). */
    public static String jdbcUrl(String database) throws Exception {
        db.createDatabase(database);
        return db.jdbcUrl(database);
    }

    /** Drops a database of the test MariaDB. */
    public static void dropDatabase(String database) throws Exception {
        db.dropDatabase(database);
    }

    private static java.util.Set<Path> arquillianTempDirs() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (var dirs = java.nio.file.Files.list(tmp)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("arquillian-payara-micro"))
                    .collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException e) {
            return java.util.Set.of();
        }
    }

    static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
