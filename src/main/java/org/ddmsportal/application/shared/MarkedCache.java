package org.ddmsportal.application.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Answers that are expensive to compute and the same for everyone allowed to ask (a country's
 * dashboard, a country's report), kept until the data they were computed from changes. Each
 * answer carries the <em>mark</em> it was computed under — the audit trail's change mark and the
 * day, read <em>before</em> computing — and is given again only while the mark is the same:
 * a committed change or a new day computes it anew, so what a page shows after a change is as
 * exact as without the cache. Callers check who may ask before they ask; the cache knows no users.
 *
 * <ul>
 *   <li><b>Once for many:</b> when sixteen people ask for the same missing answer at once, one
 *   computes it and the others wait for it (one lock per key), instead of sixteen computations
 *   taking the database's connections and the heap.</li>
 *   <li><b>Changes made outside the portal</b> (a bulk load, a restore) leave no audit entry:
 *   an answer older than {@code maxAge} is computed again by the first caller while the others
 *   are still given the previous one (they do not wait for a refresh nobody asked for).</li>
 *   <li><b>Bounded:</b> at most {@code maxEntries} answers (and locks); the oldest goes first.</li>
 * </ul>
 *
 * @param <K> the key (e.g. the country)
 * @param <V> the answer
 */
public final class MarkedCache<K, V> {

    private record Entry<V>(Object mark, Instant at, V value) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<K, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Duration maxAge;
    private final int maxEntries;
    private final Clock clock;

    public MarkedCache(Duration maxAge, int maxEntries, Clock clock) {
        if (maxAge.isNegative() || maxEntries < 1) {
            throw new IllegalArgumentException("maxAge " + maxAge + ", maxEntries " + maxEntries);
        }
        this.maxAge = maxAge;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /**
     * The answer for {@code key} computed under {@code mark}, computing it when there is none.
     *
     * @param mark    what the answer depends on, read before computing (equal marks: same data)
     * @param compute computes the answer; its exceptions reach the caller and nothing is kept
     */
    public V get(K key, Object mark, Supplier<V> compute) {
        Objects.requireNonNull(mark, "mark");
        Entry<V> known = entries.get(key);
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        if (known != null && known.mark().equals(mark)) {
            if (!isOld(known)) {
                return known.value();
            }
            if (!lock.tryLock()) {
                return known.value(); // someone is refreshing it already
            }
        } else {
            lock.lock();
        }
        try {
            Entry<V> now = entries.get(key);
            if (now != null && now.mark().equals(mark) && !isOld(now)) {
                return now.value(); // computed while this caller waited
            }
            V value = compute.get();
            put(key, new Entry<>(mark, clock.instant(), value));
            return value;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The answer kept for {@code key} under {@code mark}, if there is one and it is not older than
     * {@code maxAge}; never waits and never computes. For a caller that must take something scarce
     * (a place among few, {@link BoundedGate}) only when the answer is really to be computed.
     */
    public Optional<V> find(K key, Object mark) {
        Objects.requireNonNull(mark, "mark");
        Entry<V> known = entries.get(key);
        return known != null && known.mark().equals(mark) && !isOld(known) ? Optional.of(known.value())
                : Optional.empty();
    }

    public int size() {
        return entries.size();
    }

    private boolean isOld(Entry<V> e) {
        return Duration.between(e.at(), clock.instant()).compareTo(maxAge) >= 0;
    }

    private void put(K key, Entry<V> entry) {
        entries.put(key, entry);
        while (entries.size() > maxEntries) {
            entries.entrySet().stream().min(Comparator.comparing(e -> e.getValue().at())).ifPresent(oldest -> {
                entries.remove(oldest.getKey(), oldest.getValue());
                locks.remove(oldest.getKey()); // keys come and go (a user's, a day's): their locks with them
            });
        }
    }
}
