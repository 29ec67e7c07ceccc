package org.ddmsportal.api.v1.support;

import java.util.concurrent.TimeUnit;

/**
 * A token bucket: {@code capacity} requests at once, refilled at {@code capacity} per
 * {@code window}. Pure and thread-safe (synchronised on the bucket); time comes from the caller
 * (nanoseconds), so tests need no clock.
 */
public final class TokenBucket {

    private final int capacity;
    private final long windowNanos;
    private double tokens;
    private long updated;

    public TokenBucket(int capacity, long windowSeconds, long now) {
        if (capacity < 1 || windowSeconds < 1) {
            throw new IllegalArgumentException("capacity and window must be positive");
        }
        this.capacity = capacity;
        this.windowNanos = TimeUnit.SECONDS.toNanos(windowSeconds);
        this.tokens = capacity;
        this.updated = now;
    }

    /**
     * Takes one token.
     *
     * @return 0 when taken, else the whole seconds until one is available (for {@code Retry-After}, at least 1)
     */
    public synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        double missing = 1 - tokens;
        long nanos = (long) Math.ceil(missing * windowNanos / capacity);
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    /** Whether the bucket is full again at this time (an idle client's bucket can be forgotten). */
    public synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    public int capacity() {
        return capacity;
    }

    private void refill(long now) {
        long elapsed = now - updated;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + (double) elapsed * capacity / windowNanos);
            updated = now;
        }
    }
}
