package org.ddmsportal.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import lombok.Getter;
import org.ddmsportal.domain.shared.GeneratedIdEntity;

/**
 * A mail to send, written in the transaction that causes it and sent after commit. Its dedupe key
 * is unique: the same event (e.g. "the expiry reminder of agreement 7 for 2027-03-31") is
 * written once, so it is sent once, whatever restarts happen in between.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends GeneratedIdEntity {

    @Column(name = "dedupe_key", nullable = false, updatable = false, length = 200)
    @Getter private String dedupeKey;

    @Column(name = "template", nullable = false, updatable = false, length = 60)
    @Getter private String template;

    @Column(name = "recipients", nullable = false, updatable = false, length = 2000)
    private String recipients;

    @Column(name = "subject", nullable = false, updatable = false, length = 300)
    @Getter private String subject;

    @Column(name = "body", nullable = false, updatable = false)
    @Getter private String body;

    @Column(name = "attachment_document_id", updatable = false)
    @Getter private Long attachmentDocumentId;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Getter private Instant createdAt;

    @Column(name = "sent_at")
    @Getter private Instant sentAt;

    @Column(name = "attempts", nullable = false)
    @Getter private int attempts;

    @Column(name = "last_error", length = 1000)
    @Getter private String lastError;

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(String dedupeKey, String template, List<String> recipients, String subject, String body,
                      Long attachmentDocumentId, Instant createdAt) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a mail has at least one recipient");
        }
        this.dedupeKey = Objects.requireNonNull(dedupeKey, "dedupeKey");
        this.template = Objects.requireNonNull(template, "template");
        this.recipients = String.join(",", recipients);
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = Objects.requireNonNull(body, "body");
        this.attachmentDocumentId = attachmentDocumentId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void sent(Instant at) {
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    public void failed(String error) {
        this.attempts++;
        this.lastError = error == null ? "unknown" : (error.length() > 1000 ? error.substring(0, 1000) : error);
    }

    public List<String> getRecipients() {
        return Arrays.asList(recipients.split(","));
    }
}
