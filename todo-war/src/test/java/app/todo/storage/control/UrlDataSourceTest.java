package app.todo.storage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.sql.DataSourceDefinition;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The URL alone chooses the database: its driver, Hibernate's dialect, its migrations. */
class UrlDataSourceTest {

    @AfterEach
    void clear() {
        System.clearProperty("todo.db.url");
    }

    @Test
    void aPostgresqlUrlIsGivenToPostgresqlsDriverWithItsRoleAndLoginTimeout() throws Exception {
        UrlDataSource dataSource = configured("jdbc:postgresql://db:5432/todo", "todo_app", "secret");
        dataSource.setLoginTimeout(3);
        PGSimpleDataSource postgresql = dataSource.unwrap(PGSimpleDataSource.class);
        assertEquals("db", postgresql.getServerNames()[0]);
        assertEquals("todo", postgresql.getDatabaseName());
        assertEquals("todo_app", postgresql.getUser());
        assertEquals(3, postgresql.getLoginTimeout());
        assertEquals(
                "org.hibernate.dialect.PostgreSQLDialect",
                DatabaseVendor.of(postgresql.getUrl()).dialect());
        assertEquals("classpath:db/migration/postgresql", DatabaseVendor.POSTGRESQL.migrations());
    }

    @Test
    void anH2UrlConnectsToH2() throws Exception {
        UrlDataSource dataSource = configured("jdbc:h2:mem:url-data-source", "todo", null);
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("H2", connection.getMetaData().getDatabaseProductName());
        }
        assertEquals("org.hibernate.dialect.H2Dialect", DatabaseVendor.H2.dialect());
    }

    @Test
    void aUrlWithSpacesAroundIsTakenWithoutThem() throws Exception {
        UrlDataSource dataSource = configured(" jdbc:postgresql://db:5432/todo\n", "todo_app", "secret");
        assertEquals("db", dataSource.unwrap(PGSimpleDataSource.class).getServerNames()[0]);
    }

    @Test
    void aUrlTheDriverRefusesIsAnSqlExceptionThatSaysSo() {
        UrlDataSource dataSource = configured("jdbc:postgresql://db:notaport/todo", "todo_app", "secret");
        SQLException refused = assertThrows(SQLException.class, dataSource::getConnection);
        assertTrue(
                refused.getMessage().startsWith("the database URL is not one its driver takes"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("notaport"), "the URL is repeated: " + refused.getMessage());
    }

    @Test
    void aSettingChangedAfterAConnectionIsUsedByTheNext() throws Exception {
        UrlDataSource dataSource = configured("jdbc:postgresql://db:5432/todo", "todo_app", "secret");
        assertEquals(0, dataSource.unwrap(PGSimpleDataSource.class).getLoginTimeout());
        dataSource.setLoginTimeout(3);
        assertEquals(3, dataSource.unwrap(PGSimpleDataSource.class).getLoginTimeout());
    }

    @Test
    void withoutAConfiguredUrlTheEmbeddedH2FileIsTheDefault() {
        System.setProperty("todo.db.url", ""); // blank counts as none, and outranks a TODO_DB_URL of the shell
        assertEquals("jdbc:h2:file:./data/todo", DatabaseDefaults.configuredUrl());
        assertEquals(DatabaseVendor.H2, DatabaseVendor.of(DatabaseDefaults.configuredUrl()));
        DatabaseDefaults defaults = new DatabaseDefaults();
        assertEquals(DatabaseDefaults.URL, defaults.getValue("todo.db.url"));
        assertEquals("todo", defaults.getValue("todo.db.user"));
        assertNull(defaults.getValue("todo.db.password"), "only the two that Payara needs early");
        System.setProperty("todo.db.url", " jdbc:postgresql://db/todo ");
        assertEquals(DatabaseVendor.POSTGRESQL, DatabaseVendor.of(DatabaseDefaults.configuredUrl()));
    }

    @Test
    void theDataSourceDefinitionNamesThisClassWithTheDefaultsAsItsFallbacks() {
        DataSourceDefinition definition = TodoDatabase.class.getAnnotation(DataSourceDefinition.class);
        assertEquals(UrlDataSource.class.getName(), definition.className());
        assertTrue(definition.url().endsWith(":" + DatabaseDefaults.URL + "}"), definition.url());
        assertTrue(definition.user().endsWith(":" + DatabaseDefaults.USER + "}"), definition.user());
    }

    private static UrlDataSource configured(String url, String user, String password) {
        UrlDataSource dataSource = new UrlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }
}
