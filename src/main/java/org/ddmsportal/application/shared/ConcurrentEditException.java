package org.ddmsportal.application.shared;

import java.time.Instant;

/**
 * Someone else saved the record after the user opened it. The user's input is not applied;
 * the message names who changed the record and when, so they can look and decide.
 */
public class ConcurrentEditException extends DdmsException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final Instant changedAt;

    public ConcurrentEditException(String changedBy, Instant changedAt) {
        super(409, "error.concurrentEdit", changedBy, changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
