package org.ddmsportal.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.ddmsportal.application.shared.HealthRules;
import org.ddmsportal.application.shared.RuntimeSignals;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The verdict of {@link HealthRules} on what the portal observed ({@link RuntimeSignals}), with
 * the limits from configuration ({@code app.health.*}). Used by {@link Alive} and
 * {@link ServingReadiness}.
 */
@ApplicationScoped
public class ServingHealth {

    @Inject
    RuntimeSignals signals;

    @jakarta.annotation.Resource(lookup = org.ddmsportal.infrastructure.persistence.DatabaseSetup.DATA_SOURCE)
    javax.sql.DataSource dataSource;

    private volatile HealthRules rules;

    HealthCheckResponse check(String name, HealthRules.Probe probe) {
        HealthRules.Snapshot snapshot = signals.snapshot().withDatabase(databaseReachable());
        List<String> failing = rules().failing(probe, snapshot);
        var response = HealthCheckResponse.named(name).status(failing.isEmpty())
                .withData("heapAfterGcPercent", Math.round(snapshot.heapAfterGc() * 100))
                .withData("recentOutOfMemory", failing.contains("outOfMemory"));
        if (!failing.isEmpty()) {
            response.withData("failing", String.join(",", failing));
        }
        return response.build();
    }

    private boolean databaseReachable() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (java.sql.SQLException | RuntimeException e) {
            return false;
        }
    }

    private HealthRules rules() {
        if (rules == null) {
            var config = ConfigProvider.getConfig();
            HealthRules.Limits d = HealthRules.Limits.DEFAULTS;
            rules = new HealthRules(new HealthRules.Limits(
                    config.getOptionalValue("app.health.heap-after-gc-ready", Double.class).orElse(d.heapAfterGcReady()),
                    config.getOptionalValue("app.health.heap-after-gc-live", Double.class).orElse(d.heapAfterGcLive()),
                    Duration.ofSeconds(config.getOptionalValue("app.health.out-of-memory-window-seconds", Long.class)
                            .orElse(d.outOfMemoryWindow().toSeconds())),
                    config.getOptionalValue("app.health.min-requests", Integer.class).orElse(d.minRequests()),
                    config.getOptionalValue("app.health.server-error-share-live", Double.class)
                            .orElse(d.serverErrorShareLive())));
        }
        return rules;
    }
}
