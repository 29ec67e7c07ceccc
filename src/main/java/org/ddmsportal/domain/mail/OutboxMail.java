package org.ddmsportal.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A mail to send, written in the transaction that causes it and sent after commit. Its dedupe key
 * is unique: the same event (e.g. "the expiry reminder of agreement 7 for 2027-03-31") is
 * written once, so it is sent once, whatever restarts happen in between.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedupe_key", nullable = false, updatable = false, length = 200)
    private String dedupeKey;

    @Column(name = "template", nullable = false, updatable = false, length = 60)
    private String template;

    @Column(name = "recipients", nullable = false, updatable = false, length = 2000)
    private String recipients;

    @Column(name = "subject", nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Column(name = "attachment_document_id", updatable = false)
    private Long attachmentDocumentId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

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

    public Long getId() {
        return id;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getTemplate() {
        return template;
    }

    public List<String> getRecipients() {
        return Arrays.asList(recipients.split(","));
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Long getAttachmentDocumentId() {
        return attachmentDocumentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
