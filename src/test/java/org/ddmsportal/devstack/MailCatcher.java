package org.ddmsportal.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The run command's local SMTP server (GreenMail): it accepts every mail the portal and Keycloak
 * send and saves each as an {@code .eml} file (open it with any mail program or a text editor).
 */
final class MailCatcher implements AutoCloseable {

    private final GreenMail mail;
    private final Thread saver;

    private MailCatcher(GreenMail mail, Thread saver) {
        this.mail = mail;
        this.saver = saver;
    }

    static MailCatcher start(int smtpPort, Path folder) throws IOException {
        Files.createDirectories(folder);
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        Thread saver = new Thread(() -> save(mail, folder), "ddms-mail-catcher");
        saver.setDaemon(true);
        saver.start();
        return new MailCatcher(mail, saver);
    }

    private static void save(GreenMail mail, Path folder) {
        int saved = 0;
        try (var existing = Files.list(folder)) {
            saved = (int) existing.count();
        } catch (IOException e) {
            // start numbering at 0
        }
        // GreenMail keeps one copy per recipient, grouped by mailbox (not in arrival order):
        // save each message once, by its Message-ID.
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                for (MimeMessage m : mail.getReceivedMessages()) {
                    if (!seen.add(String.valueOf(m.getMessageID()))) {
                        continue;
                    }
                    String subject = m.getSubject() == null ? "mail" : m.getSubject();
                    String name = "%04d-%s.eml".formatted(++saved, subject.toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
                    Path file = folder.resolve(name.length() > 90 ? name.substring(0, 86) + ".eml" : name);
                    try (OutputStream out = Files.newOutputStream(file)) {
                        m.writeTo(out);
                    }
                    System.out.println("[ddms] mail to " + String.join(", ", java.util.Arrays.stream(m.getAllRecipients())
                            .map(Object::toString).toList()) + ": \"" + subject + "\" → " + file);
                }
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                System.err.println("[ddms] the mail catcher could not save a mail: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        saver.interrupt();
        mail.stop();
    }
}
