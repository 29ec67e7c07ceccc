package org.ddmsportal.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.ddmsportal.infrastructure.persistence.DatabaseSetup;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and every migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DatabaseSetup.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    DatabaseSetup setup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean reachable = connection.isValid(2);
            int pending = setup.pendingMigrations();
            return response.status(reachable && pending == 0)
                    .withData("reachable", reachable)
                    .withData("pendingMigrations", pending)
                    .build();
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
