package org.ddmsportal.infrastructure.mail;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox over SMTP (Jakarta Mail): right after a transaction that queued mail commits
 * ({@link MailTrigger}), and every 30 seconds for anything left (SMTP down, restart). One sender
 * at a time (write lock), each mail marked sent in its own transaction, up to five attempts.
 */
@Singleton
@Lock(LockType.WRITE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Inject
    OutboxStore store;

    @Inject
    @ConfigProperty(name = "app.mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "app.mail.smtp.port", defaultValue = "3025")
    int port;

    @Inject
    @ConfigProperty(name = "app.mail.from", defaultValue = "DDMS Portal <no-reply@ddms.localhost>")
    String from;

    @Asynchronous
    public void sendSoon() {
        sendPending();
    }

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void tick() {
        sendPending();
    }

    /** Sends what is pending; returns how many went. */
    public int sendPending() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        Session session = Session.getInstance(props);
        int sent = 0;
        for (OutboxStore.Pending mail : store.pending(50)) {
            try {
                MimeMessage message = new OutboxMessage(session, mail.id());
                message.setFrom(new InternetAddress(from));
                for (String to : mail.recipients()) {
                    message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
                }
                message.setSubject(mail.subject(), "UTF-8");
                message.setSentDate(new Date());
                if (mail.attachment() == null) {
                    message.setText(mail.body(), "UTF-8");
                } else {
                    MimeBodyPart text = new MimeBodyPart();
                    text.setText(mail.body(), "UTF-8");
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(new jakarta.activation.DataHandler(
                            new ByteArrayDataSource(mail.attachment(), "application/pdf")));
                    file.setFileName(mail.attachmentName());
                    message.setContent(new MimeMultipart(text, file));
                }
                Transport.send(message);
                store.sent(mail.id());
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.warning(() -> "Mail " + mail.id() + " to " + mail.recipients() + " not sent: " + e.getMessage());
                store.failed(mail.id(), e.getMessage());
            }
        }
        return sent;
    }

    /**
     * A mail whose Message-ID names its outbox row ({@code <ddms-outbox-42@ddms-portal>}). A mail
     * is marked sent after the SMTP server accepted it; if the portal dies in between, it is sent
     * again after the restart — with the same Message-ID, by which mail servers and clients drop
     * the duplicate (and the crash bench counts each mail once).
     */
    static final class OutboxMessage extends MimeMessage {

        private final long outboxId;

        OutboxMessage(Session session, long outboxId) {
            super(session);
            this.outboxId = outboxId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<ddms-outbox-" + outboxId + "@ddms-portal>");
        }
    }
}
