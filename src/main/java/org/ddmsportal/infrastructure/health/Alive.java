package org.ddmsportal.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ddmsportal.application.shared.HealthRules;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the portal can no longer serve and should be restarted: the live heap (after
 * garbage collection) nearly exhausted, an OutOfMemoryError seen recently, or almost every
 * recent request answered with a server error ({@link HealthRules}). A portal that is alive but
 * not ready (database down) should be left running, not restarted.
 */
@Liveness
@ApplicationScoped
public class Alive implements HealthCheck {

    @Inject
    ServingHealth health;

    @Override
    public HealthCheckResponse call() {
        return health.check("application", HealthRules.Probe.LIVE);
    }
}
