package org.ddmsportal.devstack;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ddmsportal.browser.SignedInClient;

/**
 * The crash harness ({@code bench/crash.sh}): the portal is killed with SIGKILL in the middle of
 * a burst of writes by four signed-in users, then started again on the same database. Every
 * write the portal acknowledged (the browser was sent on to the new record) must be there, with
 * its audit entry; no record may be half-stored (a row without its audit entry); and every mail
 * of the outbox reaches the mail server once (counted by Message-ID). Prints PASS or FAIL.
 *
 * <p>Its own ports and folders (target/bench-crash), so it runs beside a portal or the suite.
 */
public final class CrashBench {

    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"[^\"]*[?&](?:amp;)?id=(\\d+)");

    private CrashBench() {
    }

    public static void main(String[] args) throws Exception {
        int burstSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path basedir = Path.of(System.getProperty("ddms.basedir", ".")).toAbsolutePath();
        Path work = basedir.resolve("target/bench-crash");
        TestStack.deleteRecursively(work);
        Files.createDirectories(work);
        int portalPort = 8480;
        int keycloakPort = 8380;
        int smtpPort = 3225;
        String portalUrl = "http://localhost:" + portalPort;
        String secret = Secrets.random();
        String adminSecret = Secrets.random();

        MariaDbServer db = MariaDbServer.start(3407, work.resolve("mariadb-base"), work.resolve("mariadb"), true);
        db.createDatabase("ddms");
        MailCatcher mail = MailCatcher.start(smtpPort, work.resolve("mail"));
        KeycloakServer keycloak = KeycloakServer.start(Path.of(System.getProperty("keycloak.home")),
                basedir.resolve("src/main/keycloak/ddms-realm.json"), work.resolve("keycloak"), keycloakPort,
                keycloakPort + 1000, portalUrl, secret, Secrets.random(), adminSecret, Secrets.random(), smtpPort, work.resolve("keycloak.log"));
        PayaraServer portal = null;
        try {
            keycloak.awaitReady(Duration.ofMinutes(5), work.resolve("keycloak.log"));
            Map<String, String> env = Map.of("APP_DB_URL", db.jdbcUrl("ddms"), "APP_DB_USER", "root",
                    "APP_DB_PASSWORD", "unchecked", "APP_OIDC_PROVIDER_URI", keycloak.issuer(),
                    "APP_OIDC_CLIENT_SECRET", secret, "APP_KEYCLOAK_ADMIN_CLIENT_SECRET", adminSecret,
                    "APP_MAIL_SMTP_PORT", Integer.toString(smtpPort), "APP_PORTAL_URL", portalUrl, "APP_DEMO_DATA", "true");
            Path war = Path.of(System.getProperty("ddms.war"));
            Path jar = Path.of(System.getProperty("payara.microJar"));
            portal = PayaraServer.start(jar, war, portalPort, env, work, work.resolve("portal-1.log"))
                    .awaitReady(Duration.ofMinutes(5), work.resolve("portal-1.log"));

            // mails waiting in the outbox while the portal dies: each must arrive once
            int queued = 150;
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("ddms"), "root", "");
                 Statement s = c.createStatement()) {
                for (int i = 0; i < queued; i++) {
                    s.execute("INSERT INTO mail_outbox (dedupe_key, template, recipients, subject, body, created_at)"
                            + " VALUES ('crash-" + i + "', 'crash', 'crash." + i + "@example.test', 'Crash " + i
                            + "', 'Mail " + i + "', NOW(6))");
                }
            }
            Map<Long, String> acknowledged = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            String[] users = {"manager.rs", "admin", "manager.rs", "admin"};
            for (int t = 0; t < users.length; t++) {
                SignedInClient user = SignedInClient.signIn(portalUrl + "/app/index.xhtml", users[t], "demo");
                int writer = t;
                Thread thread = new Thread(() -> write(user, portalUrl, writer, running, acknowledged), "writer-" + t);
                writers.add(thread);
            }
            writers.forEach(Thread::start);
            Thread.sleep(burstSeconds * 1000L);
            System.out.println("crash: killing the portal (SIGKILL) after " + acknowledged.size() + " acknowledged writes");
            portal.kill();
            Thread.sleep(2000);
            running.set(false);
            for (Thread t : writers) {
                t.join(30_000);
            }
            portal = PayaraServer.start(jar, war, portalPort, env, work, work.resolve("portal-2.log"))
                    .awaitReady(Duration.ofMinutes(5), work.resolve("portal-2.log"));
            // the outbox sends 50 mails every 30 s: wait until it is empty (at most four minutes)
            for (int wait = 0; wait < 48 && unsent(db) > 0; wait++) {
                Thread.sleep(5000);
            }

            List<String> problems = new ArrayList<>();
            Map<Long, String> stored = new HashMap<>();
            long halfStored;
            long unsent;
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("ddms"), "root", "");
                 Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT id, name FROM organisation WHERE name LIKE 'Crash %'")) {
                    while (r.next()) {
                        stored.put(r.getLong(1), r.getString(2));
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM organisation o WHERE o.name LIKE 'Crash %'"
                        + " AND NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.entity_type = 'Organisation'"
                        + " AND a.entity_id = o.id)")) {
                    r.next();
                    halfStored = r.getLong(1);
                }
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")) {
                    r.next();
                    unsent = r.getLong(1);
                }
            }
            acknowledged.forEach((id, name) -> {
                if (!name.equals(stored.get(id))) {
                    problems.add("acknowledged write lost: " + id + " " + name);
                }
            });
            if (halfStored > 0) {
                problems.add(halfStored + " organisations without their audit entry");
            }
            Map<String, Integer> messageIds = new HashMap<>();
            try (Stream<Path> files = Files.list(work.resolve("mail"))) {
                for (Path eml : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                    Matcher id = Pattern.compile("(?im)^Message-ID:\\s*(\\S+)").matcher(Files.readString(eml));
                    if (id.find()) {
                        messageIds.merge(id.group(1), 1, Integer::sum);
                    }
                }
            }
            long outboxMails = messageIds.keySet().stream().filter(m -> m.startsWith("<ddms-outbox-")).count();
            if (outboxMails < queued) {
                problems.add("only " + outboxMails + " of the " + queued + " queued mails arrived");
            }
            messageIds.forEach((id, n) -> {
                if (n > 1 && id.startsWith("<ddms-outbox-")) {
                    problems.add("mail " + id + " delivered " + n + " times");
                }
            });
            if (unsent > 0) {
                problems.add(unsent + " mails still unsent a minute after the restart");
            }
            if (acknowledged.isEmpty()) {
                problems.add("no write was acknowledged before the kill: the burst measured nothing");
            }
            System.out.printf("crash: %d writes acknowledged before the kill, %d stored (unacknowledged ones"
                            + " may be there, whole), %d half-stored, %d mails delivered, %d unsent%n",
                    acknowledged.size(), stored.size(), halfStored, messageIds.size(), unsent);
            System.out.println(problems.isEmpty() ? "PASS crash: every acknowledged write survived, nothing half-stored,"
                    + " each mail once" : "FAIL crash: " + problems.subList(0, Math.min(10, problems.size())));
            if (!problems.isEmpty()) {
                System.exit(1);
            }
        } finally {
            if (portal != null) {
                portal.close();
            }
            keycloak.close();
            mail.close();
            db.close();
        }
        System.exit(0);
    }

    /** Creates organisations one after another until stopped; records those the portal confirmed. */
    private static void write(SignedInClient user, String portalUrl, int writer, AtomicBoolean running,
                              Map<Long, String> acknowledged) {
        for (int i = 0; running.get(); i++) {
            try {
                HttpResponse<String> form = user.get(portalUrl + "/app/organisations/edit.xhtml");
                var state = SignedInClient.viewState(form.body());
                var nonce = SignedInClient.nonce(form.body());
                if (state.isEmpty() || nonce.isEmpty()) {
                    continue;
                }
                String name = "Crash " + writer + "-" + i;
                String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=form%3Asave"
                        + "&jakarta.faces.partial.execute=form%3Asave+form&jakarta.faces.partial.render=form+messages"
                        + "&form%3Asave=form%3Asave&form=form&form%3Aname=" + enc(name)
                        + "&form%3Atype_input=UTILITY&form%3Acountry_input=RS"
                        + "&primefaces.nonce=" + enc(nonce.get()) + "&jakarta.faces.ViewState=" + enc(state.get());
                HttpResponse<String> saved = user.send(HttpRequest.newBuilder(URI.create(portalUrl
                                + "/app/organisations/edit.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                Matcher redirect = REDIRECT.matcher(saved.body());
                if (saved.statusCode() == 200 && redirect.find()) {
                    acknowledged.put(Long.parseLong(redirect.group(1)), name);
                } else if (i < 3 && writer == 0) {
                    System.out.println("crash: a write was not acknowledged: " + saved.statusCode() + " "
                            + saved.body().substring(0, Math.min(300, saved.body().length())));
                }
            } catch (Exception e) {
                // the portal is down: keep trying until told to stop
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private static long unsent(MariaDbServer db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("ddms"), "root", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
