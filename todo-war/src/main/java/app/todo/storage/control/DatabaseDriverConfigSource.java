package app.todo.storage.control;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * What the JDBC URL implies, so that {@code TODO_DB_URL} alone switches between the embedded H2 default and
 * PostgreSQL: supplies {@code todo.db.datasource-class} (the data source, {@code TodoDatabase}; an explicit value
 * still wins, such as the {@code TODO_DB_DATASOURCE_CLASS} environment variable), and names Hibernate's dialect
 * ({@link ImpliedDialect}).
 */
public class DatabaseDriverConfigSource implements ConfigSource {

    static final String DATASOURCE_CLASS = "todo.db.datasource-class";

    /** What a kind of database needs: its data source class and Hibernate's dialect for it. */
    private record Kind(String datasourceClass, String dialect) {}

    private static final Kind H2 = new Kind("org.h2.jdbcx.JdbcDataSource", "org.hibernate.dialect.H2Dialect");
    private static final Map<String, Kind> KIND_BY_URL_PREFIX = Map.of(
            "jdbc:postgresql:",
            new Kind("org.postgresql.ds.PGSimpleDataSource", "org.hibernate.dialect.PostgreSQLDialect"),
            "jdbc:h2:",
            H2);

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DATASOURCE_CLASS);
    }

    @Override
    public String getValue(String propertyName) {
        return DATASOURCE_CLASS.equals(propertyName) ? configuredKind().datasourceClass() : null;
    }

    /** Hibernate's dialect for the configured database. */
    static String dialect() {
        return configuredKind().dialect();
    }

    private static Kind configuredKind() {
        String url = configuredUrl();
        return KIND_BY_URL_PREFIX.entrySet().stream()
                .filter(entry -> url.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(H2);
    }

    /** Read where MicroProfile Config would find it first; reading Config here would recurse. */
    private static String configuredUrl() {
        String url = System.getProperty("todo.db.url", System.getenv("TODO_DB_URL"));
        return url == null || url.isBlank() ? "jdbc:h2:" : url.strip();
    }

    @Override
    public int getOrdinal() {
        return 90;
    }

    @Override
    public String getName() {
        return "todo-database-driver";
    }
}
