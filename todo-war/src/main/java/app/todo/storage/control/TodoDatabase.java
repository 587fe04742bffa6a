package app.todo.storage.control;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The to-do database, pooled by Payara. URL and credentials come from MicroProfile Config
 * ({@code TODO_DB_URL}, {@code TODO_DB_USER}, {@code TODO_DB_PASSWORD}); the driver class is
 * derived from the URL by {@link DatabaseDriverConfigSource}. Validation and short waits make a
 * database outage answer fast and the pool heal by itself once the database is back.
 *
 * <p>Flyway brings the schema up to date when the application starts, before any request is served.
 * When the database is unreachable at start, the application still deploys; readiness stays down and
 * retries the migration until it succeeds.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = TodoDatabase.JNDI_NAME,
        className = "${MPCONFIG=todo.db.datasource-class}",
        url = "${MPCONFIG=todo.db.url}",
        user = "${MPCONFIG=todo.db.user}",
        password = "${MPCONFIG=todo.db.password}",
        loginTimeout = 3,
        minPoolSize = 2,
        maxPoolSize = 16,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                // Validate a pooled connection at most every 2 s, not at every use (a round trip each time).
                "fish.payara.validate-atmost-once-period-in-seconds=2",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=3000",
                "fish.payara.connection-creation-retry-attempts=0",
                "fish.payara.statement-timeout-in-seconds=4"
        })
public class TodoDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/todo";
    private static final Logger LOG = Logger.getLogger(TodoDatabase.class.getName());
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    private volatile boolean migrated;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ensureMigrated();
    }

    /** @return whether the schema is current; tries to migrate if it is not yet known to be. */
    public boolean ensureMigrated() {
        if (migrated) {
            return true;
        }
        synchronized (this) {
            if (!migrated) {
                try {
                    var result = Flyway.configure(TodoDatabase.class.getClassLoader())
                            .dataSource(dataSource)
                            .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
                            .failOnMissingLocations(false)
                            .load()
                            .migrate();
                    // Flyway names no target version when there was nothing to apply.
                    String version = result.targetSchemaVersion != null
                            ? result.targetSchemaVersion : result.initialSchemaVersion;
                    LOG.info(() -> "Schema is at version " + version
                            + " (" + result.migrationsExecuted + " migrations applied now)");
                    migrated = true;
                } catch (FlywayException | IllegalStateException e) {
                    LOG.warning(() -> "Schema migration failed, will retry on the next readiness check: "
                            + DatabaseFailures.describe(e));
                }
            }
        }
        return migrated;
    }

    /** @throws SQLException with the reason when the database cannot be reached */
    public boolean isReachable() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        }
    }
}
