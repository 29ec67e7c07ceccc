package org.ddmsportal.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.ddmsportal.application.mail.MailQueued;

/** After a transaction that queued mail commits (never before, never on rollback), wakes the sender. */
@ApplicationScoped
public class MailTrigger {

    @Inject
    OutboxSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        sender.sendSoon();
    }
}
