package org.ddmsportal.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ddmsportal.application.shared.HealthRules;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready for more traffic while the live heap is high or shortly after an OutOfMemoryError
 * ({@link HealthRules}): a load balancer then sends visitors elsewhere before this portal fails
 * them. Beside {@link DatabaseReadiness}.
 */
@Readiness
@ApplicationScoped
public class ServingReadiness implements HealthCheck {

    @Inject
    ServingHealth health;

    @Override
    public HealthCheckResponse call() {
        return health.check("memory", HealthRules.Probe.READY);
    }
}
