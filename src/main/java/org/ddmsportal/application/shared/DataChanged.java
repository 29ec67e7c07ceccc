package org.ddmsportal.application.shared;

/**
 * A record was created, changed or deleted ({@code entityType} as in the audit trail). Fired by
 * the audit trail for every audited change, in the changing transaction; caches observe it
 * {@code AFTER_SUCCESS}, so they forget what they hold only once the change is committed.
 */
public record DataChanged(String entityType) {
}
