package org.ddmsportal.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ddmsportal.application.shared.DataChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recent search answers — facet counts and pages of matches — so that the same search by many
 * people (a common word on a Monday morning, the facets clicked back and forth) costs the
 * database once. Bounded ({@value #MAX_ENTRIES} answers, least recently used out first), and
 * forgotten on every committed change the audit trail records ({@link DataChanged}) and after
 * {@code app.search.cache-seconds} (default 60) for changes made outside the portal (a bulk load).
 * The key holds who may see what ({@link SearchStore.Criteria#visibility()}), so one user's
 * answer is never served to someone who may see less.
 */
@ApplicationScoped
public class SearchCache {

    static final int MAX_ENTRIES = 1_000;

    private record Entry(Object value, Instant at) {
    }

    private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    @Inject
    @ConfigProperty(name = "app.search.cache-seconds", defaultValue = "60")
    long seconds;

    Clock clock = Clock.systemUTC();

    /** The answer for {@code key}, computed by {@code compute} when not known or too old. */
    @SuppressWarnings("unchecked")
    public <V> V get(Object key, Supplier<V> compute) {
        Instant now = clock.instant();
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && Duration.between(e.at(), now).getSeconds() < seconds) {
                return (V) e.value();
            }
        }
        V value = compute.get(); // outside the lock: a slow search does not hold up the others
        synchronized (entries) {
            entries.put(key, new Entry(value, now));
        }
        return value;
    }

    /** A change was committed: every answer may be out of date. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataChanged change) {
        clear();
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
