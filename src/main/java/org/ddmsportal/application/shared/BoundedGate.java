package org.ddmsportal.application.shared;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most {@code permits} pieces of one kind of heavy work (a country report's PDF) at the same
 * time. A caller beyond that waits at most {@code wait} for a place, then is refused with a
 * {@link BusyException} (503 and {@code Retry-After}): no unbounded queue, no caller waiting
 * minutes behind others. The place is given back however the work ends, failures included.
 *
 * <p>Decision (issue 14): sixteen country reports at once exhausted the 768 MB heap, and the
 * load-shedding filter then refused every page until the collector recovered. Two reports at a
 * time, the others told to come back (by then the report is usually kept and costs nothing),
 * is a slower report that leaves the rest of the portal alone.
 */
public final class BoundedGate {

    private final Semaphore places;
    private final int permits;
    private final Duration wait;
    private final String busyKey;
    private final int retryAfterSeconds;

    /**
     * @param permits           how many at once (at least 1)
     * @param wait              how long a caller waits for a place (0: not at all)
     * @param busyKey           the i18n key of the refusal's text
     * @param retryAfterSeconds the refusal's {@code Retry-After} (at least 1)
     */
    public BoundedGate(int permits, Duration wait, String busyKey, int retryAfterSeconds) {
        if (permits < 1 || wait.isNegative() || retryAfterSeconds < 1) {
            throw new IllegalArgumentException("permits " + permits + ", wait " + wait + ", retry after "
                    + retryAfterSeconds);
        }
        this.places = new Semaphore(permits, true);
        this.permits = permits;
        this.wait = wait;
        this.busyKey = busyKey;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /**
     * Runs {@code work} in one of the places.
     *
     * @throws BusyException when no place came free within the wait (the work did not run)
     */
    public <T> T run(Supplier<T> work) {
        boolean admitted;
        try {
            admitted = places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new BusyException(busyKey, retryAfterSeconds);
        }
        try {
            return work.get();
        } finally {
            places.release();
        }
    }

    /** Places free now (for tests and the logs). */
    public int available() {
        return places.availablePermits();
    }

    public int permits() {
        return permits;
    }

    @Override
    public String toString() {
        return "BoundedGate[permits=" + permits + ", wait=" + wait + ", retryAfter=" + retryAfterSeconds + "s]";
    }
}
