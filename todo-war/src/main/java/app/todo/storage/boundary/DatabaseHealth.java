package app.todo.storage.boundary;

import app.todo.storage.control.DatabaseFailures;
import app.todo.storage.control.TodoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/** Ready when the database answers and its schema is migrated; started once a migration has succeeded. */
@ApplicationScoped
public class DatabaseHealth {

    @Inject
    TodoDatabase database;

    @Produces
    @Readiness
    HealthCheck ready() {
        return () -> {
            var response = HealthCheckResponse.named("database");
            try {
                boolean reachable = database.isReachable();
                boolean migrated = reachable && database.ensureMigrated();
                return response.status(reachable && migrated)
                        .withData("reachable", reachable).withData("migrated", migrated).build();
            } catch (SQLException | RuntimeException e) {
                return response.down().withData("reachable", false)
                        .withData("error", DatabaseFailures.describe(e)).build();
            }
        };
    }

    @Produces
    @Startup
    HealthCheck started() {
        return () -> HealthCheckResponse.named("schema-migrated").status(database.ensureMigrated()).build();
    }
}
