package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.mail.OutboxMail;
import org.ddmsportal.domain.mail.OutboxRepository;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaOutboxRepository extends JpaStore implements OutboxRepository {

    private static final ListQuery<OutboxMail> LIST = ListQuery.from(OutboxMail.class, "m", " FROM OutboxMail m",
            Map.of("createdAt", "m.createdAt", "template", "m.template"), "m.id DESC");

    /** Keys per statement of {@link #queuedKeys} (a bounded IN list). */
    private static final int CHUNK = 1_000;

    @Override
    public boolean addOnce(OutboxMail mail) {
        // Checked in the same transaction and guarded by the unique key: a second reminder for
        // the same event is not written (and a racing one fails its transaction, not the mail).
        Long existing = count("SELECT COUNT(m) FROM OutboxMail m WHERE m.dedupeKey = :k", "k", mail.getDedupeKey());
        if (existing > 0) {
            return false;
        }
        insert(mail);
        return true;
    }

    @Override
    public Set<String> queuedKeys(Collection<String> dedupeKeys) {
        Set<String> queued = new HashSet<>();
        List<String> keys = List.copyOf(new HashSet<>(dedupeKeys));
        for (int from = 0; from < keys.size(); from += CHUNK) {
            queued.addAll(em.createQuery("SELECT m.dedupeKey FROM OutboxMail m WHERE m.dedupeKey IN :keys", String.class)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + CHUNK))).getResultList());
        }
        return queued;
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return byId(OutboxMail.class, id);
    }

    @Override
    public List<OutboxMail> unsent(int maxAttempts, int limit) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.sentAt IS NULL AND m.attempts < :n"
                        + " ORDER BY m.id", OutboxMail.class)
                .setParameter("n", maxAttempts).setMaxResults(limit).getResultList();
    }

    @Override
    public Page<OutboxMail> search(PageRequest request) {
        String status = request.filter("status");
        JpqlWhere where = new JpqlWhere()
                .contains(request.filter("recipient"), "m.recipients")
                .contains(request.search(), "m.recipients", "m.subject")
                .equal(request.filter("template"), "m.template")
                .condition("SENT".equals(status) ? Boolean.TRUE : null, "m.sentAt IS NOT NULL AND :%1$s = TRUE")
                .condition("PENDING".equals(status) ? Boolean.TRUE : null,
                        "m.sentAt IS NULL AND m.lastError IS NULL AND :%1$s = TRUE")
                .condition("FAILED".equals(status) ? Boolean.TRUE : null,
                        "m.sentAt IS NULL AND m.lastError IS NOT NULL AND :%1$s = TRUE");
        return LIST.page(em, where, request);
    }
}
