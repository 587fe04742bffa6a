package app.todo.storage.boundary;

import app.todo.storage.control.DatabaseFailures;
import app.todo.storage.control.TodoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Ready when the database answers and its schema is migrated; started once a migration has succeeded. The
 * answer says up or down and no more: the reason of an outage is for the log, not for whoever asks.
 */
@ApplicationScoped
public class DatabaseHealth {

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());

    @Inject
    TodoDatabase database;

    private volatile String lastFailure;

    /**
     * Payara serves /health while the WAR still deploys, on a thread that is not the application's: the data
     * source cannot be looked up from there yet. Until the application has started, the answer is "down".
     */
    private volatile boolean started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        started = true;
    }

    @Produces
    @Readiness
    HealthCheck ready() {
        return () -> {
            var response = HealthCheckResponse.named("database");
            if (!started) {
                return response.down().withData("starting", true).build();
            }
            try {
                boolean reachable = database.isReachable();
                lastFailure = null;
                boolean migrated = reachable && database.ensureMigrated();
                return response.status(reachable && migrated)
                        .withData("reachable", reachable)
                        .withData("migrated", migrated)
                        .build();
            } catch (SQLException | RuntimeException e) {
                // The reason goes to the log, once per outage; /health tells anyone who asks only that it is down.
                String reason = DatabaseFailures.describe(e);
                if (!reason.equals(lastFailure)) {
                    lastFailure = reason;
                    LOG.warning(() -> "Not ready, the database cannot be reached: " + reason);
                }
                return response.down().withData("reachable", false).build();
            }
        };
    }

    @Produces
    @Startup
    HealthCheck started() {
        return () -> HealthCheckResponse.named("schema-migrated")
                .status(started && database.ensureMigrated())
                .build();
    }
}
