package org.ddmsportal.domain.audit;

import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * The audit trail: append and read, nothing else. Filters: {@code actor}, {@code entityType},
 * {@code action}; sort: {@code at} (default, newest first), {@code actor}, {@code entityType}.
 */
public interface AuditRepository {

    void append(AuditEntry entry);

    /**
     * The history of one record, newest first: its own entries and those of its parts that have
     * no page of their own (the entries {@link AuditEntry#ownedBy owned by} it).
     */
    List<AuditEntry> history(String entityType, long entityId);

    Page<AuditEntry> search(PageRequest request);

    /**
     * The class of the records whose entries carry this entity type ({@code Activity}: the
     * persistence unit's entity of that name), so the history can tell what a field's values are.
     */
    Optional<Class<?>> recordClass(String entityType);

    /** The entity types of the records that are audited (the persistence unit's), by name. */
    List<String> recordTypes();

    /**
     * Where the trail stands: its newest entry and how many of the entries just before it are
     * committed. Every change through the portal appends an entry in its own transaction, so
     * a different mark means a committed change. The second figure catches the one order the
     * first misses: a transaction that took an id below the newest and commits after it.
     * Two index look-ups, whatever the trail's size.
     */
    ChangeMark changeMark();

    /** See {@link #changeMark()}. */
    record ChangeMark(long newest, long recent) {
    }
}
