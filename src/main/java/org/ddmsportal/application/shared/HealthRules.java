package org.ddmsportal.application.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * When the portal must say it cannot serve: the rules behind {@code /health/live} and
 * {@code /health/ready}, as data, decided on a {@link Snapshot} of what the JVM and the request
 * filter saw — so each decision is tested without a container.
 *
 * <p>Decision (issue 12): under a search for a common word at 16 connections the heap ran out
 * (65 {@code OutOfMemoryError}s), the portal answered nothing for a minute and then every API
 * call failed until a restart — while {@code /health/live} said UP, because it compared the heap
 * in use, garbage included, with a fixed share. A health check that says UP while every call
 * fails is worse than none. So:
 * <ul>
 * <li>memory is judged by what is left <em>after</em> the last collection (the live data), not by
 *     the heap in use at the moment of the probe, which is mostly garbage on a busy JVM;</li>
 * <li>an {@code OutOfMemoryError} anywhere — it may have killed any thread half-way — makes the
 *     portal unfit for a while even if the heap has recovered since;</li>
 * <li>a portal that answers almost every request with a server error while its database answers
 *     is not alive, whatever its parts report (a dead component shows itself there first); with
 *     the database down the failures are the database's, readiness says so, and a restart would
 *     not help.</li>
 * </ul>
 * Readiness (stop routing traffic) trips earlier than liveness (restart).
 */
public final class HealthRules {

    /** Which probe a rule belongs to. */
    public enum Probe { LIVE, READY }

    /**
     * What the portal saw: heap after the last collection, the last OutOfMemoryError, recent
     * outcomes, and whether the database answers.
     */
    public record Snapshot(Instant now, double heapAfterGc, Instant lastOutOfMemory, int recentRequests,
            int recentServerErrors, boolean databaseReachable) {

        /** The same, with the database's answer. */
        public Snapshot withDatabase(boolean reachable) {
            return new Snapshot(now, heapAfterGc, lastOutOfMemory, recentRequests, recentServerErrors, reachable);
        }

        boolean outOfMemoryWithin(Duration window) {
            return lastOutOfMemory != null && !lastOutOfMemory.isBefore(now.minus(window));
        }

        double serverErrorShare() {
            return recentRequests == 0 ? 0 : (double) recentServerErrors / recentRequests;
        }
    }

    /** The thresholds, from configuration ({@code app.health.*}, docs/operations.md). */
    public record Limits(double heapAfterGcReady, double heapAfterGcLive, Duration outOfMemoryWindow,
            int minRequests, double serverErrorShareLive) {

        public static final Limits DEFAULTS = new Limits(0.90, 0.97, Duration.ofMinutes(5), 20, 0.9);

        public Limits {
            if (!(heapAfterGcReady > 0 && heapAfterGcReady <= heapAfterGcLive && heapAfterGcLive <= 1)) {
                throw new IllegalArgumentException("heap limits must satisfy 0 < ready <= live <= 1");
            }
            if (outOfMemoryWindow.isNegative() || minRequests < 1 || serverErrorShareLive <= 0 || serverErrorShareLive > 1) {
                throw new IllegalArgumentException("out-of-memory window >= 0, min requests >= 1, 0 < error share <= 1");
            }
        }
    }

    /** One reason to report DOWN: its name (shown in the probe's data), its probe and when it holds. */
    public record Rule(String name, Probe probe, Predicate<Snapshot> down) {
    }

    private final List<Rule> rules;

    public HealthRules(Limits limits) {
        this.rules = List.of(
                new Rule("heapAfterGc", Probe.READY, s -> s.heapAfterGc() >= limits.heapAfterGcReady()),
                new Rule("heapAfterGc", Probe.LIVE, s -> s.heapAfterGc() >= limits.heapAfterGcLive()),
                new Rule("outOfMemory", Probe.READY, s -> s.outOfMemoryWithin(limits.outOfMemoryWindow())),
                new Rule("outOfMemory", Probe.LIVE, s -> s.outOfMemoryWithin(limits.outOfMemoryWindow())),
                new Rule("serverErrors", Probe.LIVE, s -> s.databaseReachable() && s.recentRequests() >= limits.minRequests()
                        && s.serverErrorShare() >= limits.serverErrorShareLive()));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The names of the rules of {@code probe} that hold: empty means UP. */
    public List<String> failing(Probe probe, Snapshot snapshot) {
        return rules.stream().filter(r -> r.probe() == probe && r.down().test(snapshot)).map(Rule::name).toList();
    }
}
