package app.todo.storage.control;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The database's URL and role when none is configured: an embedded H2 file under ./data, so that {@code ./run.sh}
 * needs no database. These two defaults live here, not in microprofile-config.properties, because Payara reads
 * {@code @DataSourceDefinition} ({@link TodoDatabase}) before the application's configuration exists: the annotation
 * takes them as its defaults then, and this source gives the same values to every later read. An environment variable
 * ({@code TODO_DB_URL}, {@code TODO_DB_USER}) or a system property wins over both.
 */
public class DatabaseDefaults implements ConfigSource {

    public static final String URL = "jdbc:h2:file:./data/todo";
    public static final String USER = "todo";
    private static final Map<String, String> DEFAULTS = Map.of("todo.db.url", URL, "todo.db.user", USER);

    /** The configured URL, read where MicroProfile Config finds it first; for what runs before Config exists. */
    static String configuredUrl() {
        String url = System.getProperty("todo.db.url", System.getenv("TODO_DB_URL"));
        return url == null || url.isBlank() ? URL : url.strip();
    }

    @Override
    public Set<String> getPropertyNames() {
        return DEFAULTS.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return DEFAULTS.get(propertyName);
    }

    /** Below every other source: the WAR's microprofile-config.properties (100), the environment, system properties. */
    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "todo-database-defaults";
    }
}
