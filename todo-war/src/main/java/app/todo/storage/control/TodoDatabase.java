package app.todo.storage.control;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The to-do database, pooled by Payara. URL and credentials come from MicroProfile Config
 * ({@code TODO_DB_URL}, {@code TODO_DB_USER}, {@code TODO_DB_PASSWORD}); {@link UrlDataSource} gives the driver
 * the URL names. Payara resolves this definition first before the application's configuration exists: the
 * environment and system properties are read then, and the defaults are {@link DatabaseDefaults}'s, so that the
 * value it keeps is the configured one. Validation and short waits make a database outage answer fast and the
 * pool heal by itself once the database is back.
 *
 * <p>Flyway brings the schema up to date when the application starts, before any request is served.
 * When the database is unreachable at start, the application still deploys; readiness stays down and
 * retries the migration until it succeeds.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = TodoDatabase.JNDI_NAME,
        className = "app.todo.storage.control.UrlDataSource",
        url = "${MPCONFIG=todo.db.url:" + DatabaseDefaults.URL + "}",
        user = "${MPCONFIG=todo.db.user:" + DatabaseDefaults.USER + "}",
        // ":" then nothing: an empty password (H2's) is a value, not a missing one that Payara warns of at each read.
        password = "${MPCONFIG=todo.db.password:}",
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

    @Inject
    @ConfigProperty(name = "todo.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "todo.db.user")
    String serviceUser;

    /** The owner of the schema, whom Flyway migrates as; empty: the service's own role (H2, a single role). */
    @Inject
    @ConfigProperty(name = "todo.db.migration-user")
    Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "todo.db.migration-password")
    Optional<String> migrationPassword;

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
                    var flyway = Flyway.configure(TodoDatabase.class.getClassLoader());
                    // A schema owner of its own on PostgreSQL; H2 is one process's file, its one role migrates.
                    DatabaseVendor vendor = DatabaseVendor.of(url);
                    Optional<String> owner = migrationUser.filter(user ->
                            !user.isBlank() && !user.equals(serviceUser) && vendor == DatabaseVendor.POSTGRESQL);
                    if (owner.isPresent()) {
                        flyway.dataSource(url, owner.get(), migrationPassword.orElse(""));
                    } else {
                        flyway.dataSource(dataSource);
                    }
                    // Each database's own migrations after the common ones (PostgreSQL: search's trigram index).
                    var result = flyway.locations("classpath:db/migration/common", vendor.migrations())
                            .javaMigrations(new V7__Fill_search_text())
                            .failOnMissingLocations(false)
                            .load()
                            .migrate();
                    // Flyway names no target version when there was nothing to apply.
                    String version = result.targetSchemaVersion != null
                            ? result.targetSchemaVersion
                            : result.initialSchemaVersion;
                    LOG.info(() -> "Schema is at version " + version + " (" + result.migrationsExecuted
                            + " migrations applied now)");
                    if (owner.isPresent()) {
                        grantRowAccess(owner.get());
                    }
                    migrated = true;
                } catch (FlywayException | IllegalStateException | SQLException e) {
                    LOG.warning(() -> "Schema migration failed, will retry on the next readiness check: "
                            + DatabaseFailures.describe(e));
                }
            }
        }
        return migrated;
    }

    /**
     * The owner gives the service's role what it needs on the tables it migrated, and no more: reading and
     * writing rows. It cannot create, alter or drop anything (PostgreSQL).
     */
    private void grantRowAccess(String owner) throws SQLException {
        String role = '"' + serviceUser.replace("\"", "\"\"") + '"';
        try (Connection connection = DriverManager.getConnection(url, owner, migrationPassword.orElse(""));
                Statement statement = connection.createStatement()) {
            statement.execute("GRANT USAGE ON SCHEMA public TO " + role);
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
            statement.execute("REVOKE ALL ON flyway_schema_history FROM " + role);
            statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + role);
        }
        LOG.info(() -> "Schema owned by " + owner + "; " + serviceUser + " may read and write its rows only");
    }

    /** @throws SQLException with the reason when the database cannot be reached */
    public boolean isReachable() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        }
    }
}
