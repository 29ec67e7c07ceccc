package org.ddmsportal.domain.task;

import java.time.Instant;

/**
 * One thing waiting for the user: what ({@code kind}), on which record ({@code recordId}, shown as
 * {@code label}) and since when ({@code since}: the record's last change, or the reminder's date).
 */
public record Task(TaskKind kind, long recordId, String label, Instant since) {
}
