package app.todo.storage.control;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The databases the to-do service keeps its tasks in, told apart by their JDBC URL. */
public enum DatabaseVendor {
    /** As deployed: shared by the replicas. */
    POSTGRESQL("org.hibernate.dialect.PostgreSQLDialect", "postgresql"),
    /** The embedded default of one process, without a database to set up (H2 as Payara Micro ships it). */
    H2("org.hibernate.dialect.H2Dialect", "h2");

    private final String dialect;
    private final String migrations;

    DatabaseVendor(String dialect, String migrations) {
        this.dialect = dialect;
        this.migrations = migrations;
    }

    /** PostgreSQL for a {@code jdbc:postgresql:} URL, H2 for any other. */
    public static DatabaseVendor of(String url) {
        return url.strip().startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    /** Hibernate's dialect for it. */
    String dialect() {
        return dialect;
    }

    /** Flyway's location of its own migrations, run after the common ones. */
    String migrations() {
        return "classpath:db/migration/" + migrations;
    }

    /** Its driver's data source, unpooled. */
    DataSource dataSource(String url, String user, String password, int loginTimeoutSeconds) {
        return switch (this) {
            case POSTGRESQL -> {
                var postgresql = new PGSimpleDataSource();
                postgresql.setUrl(url);
                postgresql.setUser(user);
                postgresql.setPassword(password);
                postgresql.setLoginTimeout(loginTimeoutSeconds);
                yield postgresql;
            }
            case H2 -> {
                var h2 = new JdbcDataSource();
                h2.setURL(url);
                h2.setUser(user);
                h2.setPassword(password);
                yield h2;
            }
        };
    }
}
