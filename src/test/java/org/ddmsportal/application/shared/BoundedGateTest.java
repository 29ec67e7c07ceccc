package org.ddmsportal.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BoundedGateTest {

    /** Holds {@code n} places with work that waits for {@code release}; returns when all n run. */
    private static List<Future<String>> occupy(BoundedGate gate, int n, CountDownLatch release, ExecutorService pool)
            throws InterruptedException {
        CountDownLatch running = new CountDownLatch(n);
        List<Future<String>> held = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            held.add(pool.submit(() -> gate.run(() -> {
                running.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "done";
            })));
        }
        assertTrue(running.await(10, TimeUnit.SECONDS), "the first n are let in at once");
        return held;
    }

    @Test
    void nAtOnceTheNextWaitsThenIsRefusedWith503AndRetryAfter() throws Exception {
        BoundedGate gate = new BoundedGate(2, Duration.ofMillis(200), "report.busy", 7);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch release = new CountDownLatch(1);
        try {
            List<Future<String>> held = occupy(gate, 2, release, pool);
            assertEquals(0, gate.available());
            long start = System.nanoTime();
            BusyException busy = assertThrows(BusyException.class, () -> gate.run(() -> "third"));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(waited >= 150, "it waited for a place before it was refused: " + waited + " ms");
            assertEquals(503, busy.httpStatus());
            assertEquals(7, busy.retryAfterSeconds());
            assertEquals("report.busy", busy.messageKey());
            release.countDown();
            for (Future<String> f : held) {
                assertEquals("done", f.get(10, TimeUnit.SECONDS));
            }
            assertEquals(2, gate.available(), "every place given back");
            assertEquals("fourth", gate.run(() -> "fourth"));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aWaiterGetsAPlaceFreedWithinItsWait() throws Exception {
        BoundedGate gate = new BoundedGate(1, Duration.ofSeconds(30), "report.busy", 5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch release = new CountDownLatch(1);
        try {
            occupy(gate, 1, release, pool);
            Future<String> waiter = pool.submit(() -> gate.run(() -> "second"));
            Thread.sleep(100);
            release.countDown();
            assertEquals("second", waiter.get(10, TimeUnit.SECONDS));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aPlaceIsGivenBackWhenTheWorkFails() {
        BoundedGate gate = new BoundedGate(1, Duration.ZERO, "report.busy", 5);
        assertThrows(IllegalStateException.class, () -> gate.run(() -> {
            throw new IllegalStateException("the PDF failed");
        }));
        assertThrows(NotFoundException.class, () -> gate.run(() -> {
            throw new NotFoundException();
        }));
        assertEquals(1, gate.available());
        assertEquals("next", gate.run(() -> "next"), "the failed work's place serves the next caller");
    }

    @Test
    void anInterruptedWaiterIsRefusedNotLetIn() throws Exception {
        BoundedGate gate = new BoundedGate(1, Duration.ofSeconds(30), "report.busy", 5);
        ExecutorService pool = Executors.newFixedThreadPool(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            occupy(gate, 1, release, pool);
            Thread.currentThread().interrupt();
            assertThrows(BusyException.class, () -> gate.run(() -> "never"));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void nonsenseLimitsAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedGate(0, Duration.ZERO, "k", 5));
        assertThrows(IllegalArgumentException.class, () -> new BoundedGate(1, Duration.ofMillis(-1), "k", 5));
        assertThrows(IllegalArgumentException.class, () -> new BoundedGate(1, Duration.ZERO, "k", 0));
    }
}
