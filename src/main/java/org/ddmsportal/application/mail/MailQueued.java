package org.ddmsportal.application.mail;

/** A CDI event: a mail was written to the outbox; the sender sends it once the transaction commits. */
public record MailQueued(long outboxId) {
}
