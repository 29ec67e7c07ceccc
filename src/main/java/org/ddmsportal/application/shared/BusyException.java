package org.ddmsportal.application.shared;

/**
 * The portal is doing as much of this kind of work as it may at once ({@link BoundedGate}), and no
 * place came free within a short wait: the request is refused with 503 and {@code Retry-After}
 * rather than queued. Nothing was changed; asking again a little later works.
 */
public class BusyException extends DdmsException {

    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public BusyException(String messageKey, int retryAfterSeconds) {
        super(503, messageKey);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The {@code Retry-After} to answer with, in seconds. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
