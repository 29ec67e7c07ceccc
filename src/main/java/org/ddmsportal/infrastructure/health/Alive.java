package org.ddmsportal.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application answers and has memory to spare. A portal that is alive but not
 * ready (database down) should be left running, not restarted.
 */
@Liveness
@ApplicationScoped
public class Alive implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        boolean ok = used < rt.maxMemory() * 0.95;
        return HealthCheckResponse.named("application").status(ok)
                .withData("heapUsedMb", used / (1024 * 1024))
                .withData("heapMaxMb", rt.maxMemory() / (1024 * 1024)).build();
    }
}
