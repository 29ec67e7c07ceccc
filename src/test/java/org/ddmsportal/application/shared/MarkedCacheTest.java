package org.ddmsportal.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MarkedCacheTest {

    /** A clock the test moves. */
    static final class Hands extends Clock {
        volatile Instant now = Instant.parse("2026-12-02T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Hands clock = new Hands();
    final MarkedCache<String, Integer> cache = new MarkedCache<>(Duration.ofMinutes(5), 3, clock);
    final AtomicInteger computed = new AtomicInteger();

    private Integer compute() {
        return computed.incrementAndGet();
    }

    @Test
    void theSameMarkGivesTheKeptAnswer() {
        assertEquals(1, cache.get("RS", "m1", this::compute));
        assertEquals(1, cache.get("RS", "m1", this::compute));
        assertEquals(1, computed.get());
    }

    @Test
    void anotherMarkComputesAnew() {
        cache.get("RS", "m1", this::compute);
        assertEquals(2, cache.get("RS", "m2", this::compute));
        assertEquals(2, cache.get("RS", "m2", this::compute));
    }

    @Test
    void findGivesOnlyAFreshAnswerOfTheSameMarkAndNeverComputes() {
        assertTrue(cache.find("RS", "m1").isEmpty());
        cache.get("RS", "m1", this::compute);
        assertEquals(java.util.Optional.of(1), cache.find("RS", "m1"));
        assertTrue(cache.find("RS", "m2").isEmpty(), "another mark");
        assertTrue(cache.find("IT", "m1").isEmpty(), "another key");
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertTrue(cache.find("RS", "m1").isEmpty(), "too old: to be computed again");
        assertEquals(1, computed.get());
    }

    @Test
    void keysAreKeptApart() {
        cache.get("RS", "m1", this::compute);
        assertEquals(2, cache.get("IT", "m1", this::compute));
        assertEquals(1, cache.get("RS", "m1", this::compute));
    }

    @Test
    void anAnswerOlderThanTheMaximumAgeIsComputedAgainUnderTheSameMark() {
        cache.get("RS", "m1", this::compute);
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertEquals(2, cache.get("RS", "m1", this::compute));
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertEquals(2, cache.get("RS", "m1", this::compute));
    }

    @Test
    void aFailedComputationKeepsNothing() {
        assertThrows(IllegalStateException.class, () -> cache.get("RS", "m1", () -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals(0, cache.size());
        assertEquals(1, cache.get("RS", "m1", this::compute));
    }

    @Test
    void atMostMaxEntriesTheOldestOutFirst() {
        for (String k : List.of("A", "B", "C", "D")) {
            cache.get(k, "m1", this::compute);
            clock.now = clock.now.plusSeconds(1);
        }
        assertEquals(3, cache.size());
        assertEquals(5, cache.get("A", "m1", this::compute), "A was the oldest: gone");
        assertEquals(3, cache.size(), "A back in, B (now the oldest) out");
        assertEquals(3, cache.get("C", "m1", this::compute), "C kept");
        assertEquals(6, cache.get("B", "m1", this::compute), "B computed again");
    }

    @Test
    void sixteenAskingAtOnceForAMissingAnswerComputeItOnce() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get("ALL", "m1", () -> {
                inside.countDown();
                await(release);
                return compute();
            })));
            assertTrue(inside.await(5, TimeUnit.SECONDS));
            for (int i = 0; i < 15; i++) {
                answers.add(pool.submit(() -> cache.get("ALL", "m1", this::compute)));
            }
            Thread.sleep(100); // the fifteen are waiting on the first's computation
            release.countDown();
            for (Future<Integer> a : answers) {
                assertEquals(1, a.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whileAnOldAnswerIsRefreshedTheOthersAreGivenItWithoutWaiting() throws Exception {
        cache.get("ALL", "m1", this::compute);
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> refresher = pool.submit(() -> cache.get("ALL", "m1", () -> {
                inside.countDown();
                await(release);
                return compute();
            }));
            assertTrue(inside.await(5, TimeUnit.SECONDS));
            assertEquals(1, pool.submit(() -> cache.get("ALL", "m1", this::compute)).get(5, TimeUnit.SECONDS),
                    "the previous answer, at once");
            release.countDown();
            assertEquals(2, refresher.get(5, TimeUnit.SECONDS));
            assertEquals(2, cache.get("ALL", "m1", this::compute));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
