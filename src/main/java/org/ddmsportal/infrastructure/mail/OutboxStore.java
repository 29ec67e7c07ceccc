package org.ddmsportal.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.domain.agreement.DocumentKind;
import org.ddmsportal.domain.mail.OutboxRepository;

/** The outbox as the sender needs it: each read and each mark in a transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxStore {

    /** A mail ready to go, with its attachment loaded. */
    public record Pending(long id, List<String> recipients, String subject, String body, String attachmentName,
                          byte[] attachment) {
    }

    static final int MAX_ATTEMPTS = 5;

    @Inject
    Clock clock;

    @Inject
    OutboxRepository outbox;

    @PersistenceContext
    EntityManager em;

    public List<Pending> pending(int limit) {
        return outbox.unsent(MAX_ATTEMPTS, limit).stream().map(m -> {
            String name = null;
            byte[] content = null;
            if (m.getAttachmentDocumentId() != null) {
                AgreementDocument d = em.find(AgreementDocument.class, m.getAttachmentDocumentId());
                if (d != null) {
                    content = d.getContent();
                    Agreement a = em.find(Agreement.class, d.getAgreementId());
                    name = (a == null ? "agreement-" + d.getAgreementId() : a.getReference())
                            + (d.getKind() == DocumentKind.FINAL ? "-signed" : "") + ".pdf";
                }
            }
            return new Pending(m.getId(), m.getRecipients(), m.getSubject(), m.getBody(), name, content);
        }).toList();
    }

    public void sent(long id) {
        outbox.find(id).ifPresent(m -> m.sent(clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    public void failed(long id, String error) {
        outbox.find(id).ifPresent(m -> m.failed(error));
    }
}
