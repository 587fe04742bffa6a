package app.todo.storage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabaseDriverConfigSourceTest {

    private final DatabaseDriverConfigSource source = new DatabaseDriverConfigSource();

    @AfterEach
    void clear() {
        System.clearProperty("todo.db.url");
    }

    @Test
    void aPostgresUrlSelectsThePostgresDataSource() {
        System.setProperty("todo.db.url", "jdbc:postgresql://db:5432/todo");
        assertEquals("org.postgresql.ds.PGSimpleDataSource", source.getValue("todo.db.datasource-class"));
        assertEquals("org.hibernate.dialect.PostgreSQLDialect", DatabaseDriverConfigSource.dialect());
    }

    @Test
    void anH2UrlOrNoneSelectsH2() {
        System.setProperty("todo.db.url", "jdbc:h2:file:./data/todo");
        assertEquals("org.h2.jdbcx.JdbcDataSource", source.getValue("todo.db.datasource-class"));
        assertEquals("org.hibernate.dialect.H2Dialect", DatabaseDriverConfigSource.dialect());
    }

    @Test
    void itAnswersOnlyItsOwnProperty() {
        assertNull(source.getValue("todo.db.url"));
    }
}
