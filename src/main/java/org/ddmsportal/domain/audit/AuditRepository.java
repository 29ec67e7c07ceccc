package org.ddmsportal.domain.audit;

import java.util.List;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * The audit trail: append and read, nothing else. Filters: {@code actor}, {@code entityType},
 * {@code action}; sort: {@code at} (default, newest first), {@code actor}, {@code entityType}.
 */
public interface AuditRepository {

    void append(AuditEntry entry);

    /** The history of one record, newest first. */
    List<AuditEntry> history(String entityType, long entityId);

    Page<AuditEntry> search(PageRequest request);
}
