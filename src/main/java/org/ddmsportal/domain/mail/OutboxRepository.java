package org.ddmsportal.domain.mail;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/** The mail outbox. */
public interface OutboxRepository {

    /** Adds the mail unless one with the same dedupe key exists; true if it was added. */
    boolean addOnce(OutboxMail mail);

    /** Those of {@code dedupeKeys} a mail was ever queued under (one statement, for a job's whole run). */
    Set<String> queuedKeys(Collection<String> dedupeKeys);

    Optional<OutboxMail> find(long id);

    /** Unsent mails with fewer than {@code maxAttempts} attempts, oldest first. */
    List<OutboxMail> unsent(int maxAttempts, int limit);

    /** Filters: {@code recipient}, {@code template}, {@code status} (SENT, PENDING, FAILED); sort: {@code createdAt}. */
    Page<OutboxMail> search(PageRequest request);
}
