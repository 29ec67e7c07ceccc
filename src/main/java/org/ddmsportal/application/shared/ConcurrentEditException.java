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

    private ConcurrentEditException() {
        super(409, "error.concurrentEditNow");
        this.changedBy = null;
        this.changedAt = null;
    }

    /**
     * Two saves of the same version at once: the other's commit came first, and who it was is not
     * known in this transaction (the record in hand carries this user's own, unsaved change).
     */
    public static ConcurrentEditException atTheSameMoment() {
        return new ConcurrentEditException();
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
