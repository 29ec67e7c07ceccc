package org.ddmsportal.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ddmsportal.application.shared.HealthRules.Limits;
import org.ddmsportal.application.shared.HealthRules.Probe;
import org.ddmsportal.application.shared.HealthRules.Snapshot;
import org.junit.jupiter.api.Test;

/** When /health/live and /health/ready say DOWN, decided on snapshots, without a container. */
class HealthRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
    private final HealthRules rules = new HealthRules(Limits.DEFAULTS);

    private static Snapshot snapshot(double heap, Instant oom, int requests, int errors) {
        return new Snapshot(NOW, heap, oom, requests, errors, true);
    }

    @Test
    void aQuietPortalIsUp() {
        assertEquals(List.of(), rules.failing(Probe.LIVE, snapshot(0.3, null, 0, 0)));
        assertEquals(List.of(), rules.failing(Probe.READY, snapshot(0.3, null, 0, 0)));
    }

    @Test
    void theLiveHeapStopsTrafficFirstAndAsksForARestartWhenNearlyFull() {
        assertEquals(List.of(), rules.failing(Probe.READY, snapshot(0.89, null, 0, 0)));
        assertEquals(List.of("heapAfterGc"), rules.failing(Probe.READY, snapshot(0.90, null, 0, 0)));
        assertEquals(List.of(), rules.failing(Probe.LIVE, snapshot(0.96, null, 0, 0)));
        assertEquals(List.of("heapAfterGc"), rules.failing(Probe.LIVE, snapshot(0.97, null, 0, 0)));
    }

    @Test
    void anOutOfMemoryErrorCountsForItsWindowEvenIfTheHeapRecovered() {
        assertEquals(List.of("outOfMemory"), rules.failing(Probe.LIVE, snapshot(0.2, NOW.minusSeconds(299), 0, 0)));
        assertEquals(List.of("outOfMemory"), rules.failing(Probe.READY, snapshot(0.2, NOW.minusSeconds(10), 0, 0)));
        assertEquals(List.of(), rules.failing(Probe.LIVE, snapshot(0.2, NOW.minusSeconds(301), 0, 0)));
    }

    @Test
    void almostEveryRequestFailingIsNotAliveButAFewFailuresAre() {
        assertEquals(List.of("serverErrors"), rules.failing(Probe.LIVE, snapshot(0.2, null, 40, 38)));
        assertEquals(List.of(), rules.failing(Probe.LIVE, snapshot(0.2, null, 40, 20)), "half failing: still alive");
        assertEquals(List.of(), rules.failing(Probe.LIVE, snapshot(0.2, null, 5, 5)), "too few requests to judge");
        assertEquals(List.of(), rules.failing(Probe.READY, snapshot(0.2, null, 40, 40)), "readiness does not flap on errors");
        assertEquals(List.of(), rules.failing(Probe.LIVE, snapshot(0.2, null, 40, 40).withDatabase(false)),
                "with the database down the failures are its own: not ready, but a restart would not help");
    }

    @Test
    void limitsThatContradictEachOtherAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Limits(0.98, 0.9, Duration.ofMinutes(1), 20, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new Limits(0.9, 1.2, Duration.ofMinutes(1), 20, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new Limits(0.9, 0.95, Duration.ofMinutes(1), 0, 0.9));
    }

    @Test
    void signalsCountTheLastMinuteAndTreatShedLoadAsNoFailure() {
        MutableClock clock = new MutableClock(NOW);
        RuntimeSignals signals = new RuntimeSignals(clock);
        for (int i = 0; i < 30; i++) {
            signals.served(500);
        }
        signals.served(503);
        signals.served(200);
        Snapshot now = signals.snapshot();
        assertEquals(32, now.recentRequests());
        assertEquals(30, now.recentServerErrors());
        clock.now = NOW.plusSeconds(75);
        signals.served(200);
        Snapshot later = signals.snapshot();
        assertEquals(1, later.recentRequests(), "the failures of more than a minute ago are forgotten");
        assertEquals(0, later.recentServerErrors());

        signals.outOfMemory();
        assertEquals(List.of("outOfMemory"), rules.failing(Probe.LIVE, signals.snapshot()).stream()
                .filter("outOfMemory"::equals).toList());
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
