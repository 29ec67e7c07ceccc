package org.ddmsportal.web.shared;

import java.time.Duration;
import java.util.function.Function;

/**
 * How much work the portal takes on at once ({@link LoadSheddingFilter}); from configuration,
 * keys {@code app.overload.*} (docs/operations.md).
 *
 * <p>Pages and API calls share one allowance, a little below the database pool (30 connections)
 * so that the scheduled jobs and the mail sender still find a connection; static resources have
 * their own, larger one, so that a page that was let in still gets its scripts and styles while
 * other pages queue. A request waits a short time for a place, then is refused with 503 and
 * {@code Retry-After}: a bounded queue, not an unbounded pile of threads each holding memory.
 */
public record LoadLimits(int pagePermits, Duration pageWait, int staticPermits, Duration staticWait,
        int retryAfterSeconds, double shedHeapAfterGc) {

    public static final LoadLimits DEFAULTS = new LoadLimits(24, Duration.ofSeconds(2), 64, Duration.ofMillis(500), 5, 0.95);

    /** Which allowance a request draws on. */
    public enum Kind { STATIC, WORK }

    public LoadLimits {
        if (pagePermits < 1 || staticPermits < 1) {
            throw new IllegalArgumentException("app.overload.*-permits must be at least 1");
        }
        if (pageWait.isNegative() || staticWait.isNegative() || retryAfterSeconds < 1) {
            throw new IllegalArgumentException("app.overload waits must be >= 0 and retry-after-seconds >= 1");
        }
        if (shedHeapAfterGc <= 0 || shedHeapAfterGc > 1) {
            throw new IllegalArgumentException("app.overload.shed-heap-after-gc must be in (0, 1]");
        }
    }

    /** Reads the limits through {@code value} (a config lookup by key), each key defaulting to {@link #DEFAULTS}. */
    public static LoadLimits from(Function<String, String> value) {
        return new LoadLimits(
                integer(value, "app.overload.page-permits", DEFAULTS.pagePermits),
                Duration.ofMillis(integer(value, "app.overload.page-wait-ms", (int) DEFAULTS.pageWait.toMillis())),
                integer(value, "app.overload.static-permits", DEFAULTS.staticPermits),
                Duration.ofMillis(integer(value, "app.overload.static-wait-ms", (int) DEFAULTS.staticWait.toMillis())),
                integer(value, "app.overload.retry-after-seconds", DEFAULTS.retryAfterSeconds),
                decimal(value, "app.overload.shed-heap-after-gc", DEFAULTS.shedHeapAfterGc));
    }

    /** Static resources (Faces resources, webjars) or work (pages, API, downloads, feeds). */
    public static Kind kindOf(String pathInContext) {
        return pathInContext.startsWith("/jakarta.faces.resource/") || pathInContext.startsWith("/resources/")
                || pathInContext.startsWith("/webjars/") ? Kind.STATIC : Kind.WORK;
    }

    private static int integer(Function<String, String> value, String key, int fallback) {
        String v = value.apply(key);
        try {
            return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number: " + v, e);
        }
    }

    private static double decimal(Function<String, String> value, String key, double fallback) {
        String v = value.apply(key);
        try {
            return v == null || v.isBlank() ? fallback : Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + v, e);
        }
    }
}
