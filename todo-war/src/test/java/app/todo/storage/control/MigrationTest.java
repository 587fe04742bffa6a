package app.todo.storage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Migrations that move existing data, on the H2 that Payara ships, from a database as an older version left it: to
 * lists (V5), existing tasks land in their account's Inbox in their order, and the counts the application keeps start
 * right; to search (V6, V7), existing tasks are found. The same migrations run on PostgreSQL in every test that starts
 * a server.
 */
class MigrationTest {

    private static final String URL = "jdbc:h2:mem:migration;DB_CLOSE_DELAY=-1";

    private static Flyway flyway(String target) {
        return flyway(URL, target);
    }

    /** As the application migrates (TodoDatabase), up to the target version. */
    private static Flyway flyway(String url, String target) {
        return Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration/common")
                .javaMigrations(new V7__Fill_search_text())
                .target(target)
                .load();
    }

    @DisplayName("L1: tasks stored before lists land in each account's Inbox, in their order, counted")
    @Test
    void existingTasksLandInTheirAccountsInboxInTheirOrder() throws SQLException {
        flyway("4").migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO account (id, name, name_key, password_hash, created_at) VALUES"
                    + " (1, 'Alice', 'alice', 'x', CURRENT_TIMESTAMP), (2, 'Bob', 'bob', 'x', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO task (title, done, created_at, version, owner_id) VALUES"
                    + " ('Alice second', FALSE, TIMESTAMP '2026-01-02 10:00:00', 0, 1),"
                    + " ('Alice first', TRUE, TIMESTAMP '2026-01-01 10:00:00', 0, 1),"
                    + " ('Alice third', FALSE, TIMESTAMP '2026-01-03 10:00:00', 0, 1),"
                    + " ('Bob only', FALSE, TIMESTAMP '2026-01-01 10:00:00', 0, 2),"
                    + " ('Nobody''s yet', FALSE, TIMESTAMP '2026-01-01 10:00:00', 0, NULL)");

            flyway("latest").migrate();

            assertEquals(
                    List.of("1|Inbox|true|2", "2|Inbox|true|1"),
                    rows(sql, "SELECT owner_id, name, inbox, open_count FROM task_list ORDER BY owner_id"));
            assertEquals(
                    List.of("Alice first|1", "Alice second|1", "Alice third|1"),
                    rows(
                            sql,
                            "SELECT t.title, l.owner_id FROM task t JOIN task_list l ON l.id = t.list_id"
                                    + " WHERE t.owner_id = 1 ORDER BY t.created_at, t.id"));
            assertEquals(List.of("1|3", "2|1"), rows(sql, "SELECT id, task_count FROM account ORDER BY id"));
            assertEquals(
                    List.of("Nobody's yet|null"),
                    rows(sql, "SELECT title, list_id FROM task WHERE owner_id IS NULL"),
                    "a task of nobody's waits for the first account (Lists.created)");
            assertEquals(List.of("UTC", "UTC"), rows(sql, "SELECT time_zone FROM account"));
        }
    }

    @DisplayName("S1: tasks stored before search are found by it, folded as the application folds (V7)")
    @Test
    void existingTasksAreFoundBySearch() throws SQLException {
        String url = "jdbc:h2:mem:search-migration;DB_CLOSE_DELAY=-1";
        flyway(url, "5").migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO account (id, name, name_key, password_hash, created_at) VALUES"
                    + " (1, 'Alice', 'alice', 'x', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO task_list (id, owner_id, name, inbox, created_at) VALUES"
                    + " (1, 1, 'Inbox', TRUE, CURRENT_TIMESTAMP)");
            // More than two of the migration's batches.
            sql.execute("INSERT INTO task (title, done, created_at, version, owner_id, list_id)"
                    + " SELECT 'Task ' || X, FALSE, CURRENT_TIMESTAMP, 0, 1, 1 FROM SYSTEM_RANGE(1, 1201)");
            sql.execute("INSERT INTO task (title, notes, done, created_at, version, owner_id, list_id) VALUES"
                    + " ('Crème BRÛLÉE', 'Ask the Café', FALSE, CURRENT_TIMESTAMP, 0, 1, 1)");

            flyway(url, "latest").migrate();

            assertEquals(
                    List.of("Crème BRÛLÉE"),
                    rows(sql, "SELECT title FROM task WHERE search_text LIKE '%creme brulee%ask the cafe%'"));
            assertEquals(List.of("0"), rows(sql, "SELECT COUNT(*) FROM task WHERE search_text IS NULL"));
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(result.getString(i));
                }
                rows.add(row.toString().replace("TRUE", "true"));
            }
        }
        return rows;
    }
}
