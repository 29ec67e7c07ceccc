package org.ddmsportal.api.v1.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The per-client rate limit of {@code /api/v1}: one {@link TokenBucket} per client (the token's
 * subject or the session's user, else the IP address), in memory on this node. Settings:
 * {@code app.api.rate-limit.requests} (default 600) per {@code app.api.rate-limit.window-seconds}
 * (default 60), from MicroProfile Config (environment {@code APP_API_RATE_LIMIT_REQUESTS}); a
 * system property of the same name, read on each request, overrides it while the portal runs
 * (the tests set a low limit so). When the settings change, the buckets start afresh.
 */
@ApplicationScoped
public class RateLimiter {

    static final String REQUESTS = "app.api.rate-limit.requests";
    static final String WINDOW = "app.api.rate-limit.window-seconds";
    private static final int MAX_CLIENTS = 100_000;

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private volatile String settings = "";

    /**
     * Takes one request of the client's allowance.
     *
     * @return 0 when allowed, else the seconds to wait ({@code Retry-After})
     */
    public long acquire(String client) {
        int requests = setting(REQUESTS, 600);
        int window = setting(WINDOW, 60);
        String now = requests + "/" + window;
        if (!now.equals(settings)) {
            buckets.clear();
            settings = now;
        }
        long time = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.isFull(time));
        }
        return buckets.computeIfAbsent(client, c -> new TokenBucket(requests, window, time)).take(time);
    }

    private static int setting(String name, int fallback) {
        String value = System.getProperty(name);
        try {
            if (value == null) {
                return ConfigProvider.getConfig().getOptionalValue(name, Integer.class).orElse(fallback);
            }
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
