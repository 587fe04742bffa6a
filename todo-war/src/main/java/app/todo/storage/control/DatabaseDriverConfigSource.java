package app.todo.storage.control;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code todo.db.datasource-class} from the JDBC URL, so that {@code TODO_DB_URL} alone
 * switches between the embedded H2 default and PostgreSQL. An explicit value still wins (higher ordinal
 * sources, such as the {@code TODO_DB_DATASOURCE_CLASS} environment variable).
 */
public class DatabaseDriverConfigSource implements ConfigSource {

    static final String PROPERTY = "todo.db.datasource-class";
    private static final Map<String, String> DATASOURCE_BY_URL_PREFIX = Map.of(
            "jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource",
            "jdbc:h2:", "org.h2.jdbcx.JdbcDataSource");

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        if (!PROPERTY.equals(propertyName)) {
            return null;
        }
        String url = configuredUrl();
        return DATASOURCE_BY_URL_PREFIX.entrySet().stream()
                .filter(entry -> url.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(DATASOURCE_BY_URL_PREFIX.get("jdbc:h2:"));
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
