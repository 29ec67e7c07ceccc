package org.ddmsportal.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the running portal observes about itself, for the health probes ({@link HealthRules}) and
 * the request filter that sheds load: the heap left after the last garbage collection, the last
 * {@link OutOfMemoryError} anyone saw, and how the page and API requests of the last minute
 * ended (served, or a server error).
 */
@ApplicationScoped
public class RuntimeSignals {

    /** Outcomes are counted in buckets of ten seconds; six of them make the last minute. */
    static final int BUCKET_SECONDS = 10;
    static final int BUCKETS = 6;

    private final Clock clock;
    private final AtomicReference<Instant> lastOutOfMemory = new AtomicReference<>();
    private final long[] bucketStart = new long[BUCKETS];
    private final int[] requests = new int[BUCKETS];
    private final int[] serverErrors = new int[BUCKETS];
    private volatile long heapSampledAt;
    private volatile double heapAfterGc;

    public RuntimeSignals() {
        this(Clock.systemUTC());
    }

    RuntimeSignals(Clock clock) {
        this.clock = clock;
    }

    /** Records an OutOfMemoryError seen by a request or by a dying thread. */
    public void outOfMemory() {
        lastOutOfMemory.set(clock.instant());
    }

    /** Records how a page or API request ended (its status); 503 is load shed on purpose, not a failure. */
    public void served(int status) {
        long now = clock.millis() / 1000;
        int i = (int) ((now / BUCKET_SECONDS) % BUCKETS);
        synchronized (this) {
            long start = now - now % BUCKET_SECONDS;
            if (bucketStart[i] != start) {
                bucketStart[i] = start;
                requests[i] = 0;
                serverErrors[i] = 0;
            }
            requests[i]++;
            if (status >= 500 && status != 503) {
                serverErrors[i]++;
            }
        }
    }

    /**
     * The share of the maximum heap still in use after the last collection of each heap pool
     * (the live data); sampled at most once a second, for the filter asks on every request.
     */
    public double heapAfterGc() {
        long now = clock.millis();
        if (now - heapSampledAt > 1000) {
            heapAfterGc = measureHeapAfterGc();
            heapSampledAt = now;
        }
        return heapAfterGc;
    }

    static double measureHeapAfterGc() {
        long used = 0;
        long max = Runtime.getRuntime().maxMemory();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP || !pool.isValid()) {
                continue;
            }
            MemoryUsage afterGc = pool.getCollectionUsage();
            used += afterGc != null ? afterGc.getUsed() : 0;
        }
        return max <= 0 ? 0 : Math.min(1.0, (double) used / max);
    }

    /** What was observed (the database taken as reachable: the caller knows better). */
    public HealthRules.Snapshot snapshot() {
        Instant now = clock.instant();
        long second = now.getEpochSecond();
        int total = 0;
        int errors = 0;
        synchronized (this) {
            for (int i = 0; i < BUCKETS; i++) {
                if (second - bucketStart[i] < (long) BUCKET_SECONDS * BUCKETS) {
                    total += requests[i];
                    errors += serverErrors[i];
                }
            }
        }
        return new HealthRules.Snapshot(now, heapAfterGc(), lastOutOfMemory.get(), total, errors, true);
    }
}
