package app.todo.task.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.account.control.Accounts;
import app.todo.storage.control.TodoDatabase;
import app.todo.support.Deployments;
import app.todo.task.entity.Task;
import app.todo.task.entity.TaskFilter;
import app.todo.task.entity.TaskListing;
import app.todo.task.entity.TaskNotFoundException;
import app.todo.task.entity.TaskScope;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside Payara Micro: JPA with Hibernate on PostgreSQL, and the schema Flyway made. */
@ExtendWith(ArquillianExtension.class)
class TaskPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.todoWarRunning(TaskPersistenceIT.class);
    }

    @Inject
    Tasks tasks;

    @Inject
    Accounts accounts;

    @Inject
    Lists lists;

    /** The account whose tasks these are (made once: a password hash takes a while on purpose). */
    private static long owner;

    @Resource(lookup = TodoDatabase.JNDI_NAME)
    DataSource dataSource;

    @BeforeEach
    void emptyTable() throws SQLException {
        update("DELETE FROM task");
        update("UPDATE task_list SET open_count = 0");
        update("UPDATE account SET task_count = 0");
        if (owner == 0) {
            owner = accounts.create(
                            "persistence-" + System.nanoTime() % 1_000_000,
                            "A long enough passphrase",
                            "A long enough passphrase",
                            "127.0.0.1")
                    .getId();
        }
    }

    private TaskScope inbox() {
        return new TaskScope.InList(lists.inbox(owner).getId());
    }

    private Task add(String title) {
        return tasks.add(owner, new Task(title));
    }

    private Task rename(long id, String title, Long version) {
        Task wanted = Tasks.copyOf(tasks.find(owner, id));
        wanted.setTitle(title);
        return tasks.change(owner, id, wanted, version);
    }

    private int update(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Test
    void flywayMigratedThePostgresSchemaWithItsIndexes() throws SQLException {
        assertTrue(query("SELECT version() ").startsWith("PostgreSQL"));
        // The history is the schema owner's: the service's role cannot even read it.
        try (Connection owner = DriverManager.getConnection(
                        System.getenv("TEST_DB_URL"),
                        System.getenv("TEST_DB_USER"),
                        System.getenv("TEST_DB_PASSWORD"));
                Statement statement = owner.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*), count(*) FILTER (WHERE NOT success) FROM flyway_schema_history")) {
            assertTrue(rows.next());
            assertTrue(rows.getInt(1) > 0, "Flyway ran");
            assertEquals(0, rows.getInt(2), "no migration failed");
        }
        // Every table the code reads and writes exists, and the service's role may use it.
        for (String table : List.of(
                "task",
                "task_list",
                "account",
                "account_session",
                "sign_in_failure",
                "rate_bucket",
                "rate_bucket_by_name")) {
            assertTrue(Long.parseLong(query("SELECT count(*) FROM " + table)) >= 0, table);
        }
        assertThrows(SQLException.class, () -> query("SELECT count(*) FROM flyway_schema_history"));
        // One index per way tasks are read: a list in its order, whole or by state; Today and Upcoming by due date;
        // search by trigrams.
        assertEquals(
                "5",
                query("SELECT count(*) FROM pg_indexes WHERE tablename = 'task' AND indexname IN"
                        + " ('task_list_position_idx', 'task_list_done_position_idx', 'task_owner_due_idx',"
                        + " 'task_owner_done_due_idx', 'task_search_idx')"));
    }

    @DisplayName("T1, T6: a stored task is trimmed, each change counts a version, a stale change is refused")
    @Test
    void aStoredTaskHasAnIdACreationTimeAndAVersionThatCountsChanges() {
        Task task = add("  Plant the tulips ");
        assertNotNull(task.getId());
        assertNotNull(task.getCreatedAt());
        assertEquals("Plant the tulips", task.getTitle());

        Task done = tasks.setDone(owner, task.getId(), true, 0L);
        assertTrue(done.isDone());
        assertEquals(1, done.getVersion());
        assertThrows(OptimisticLockException.class, () -> rename(task.getId(), "Stale", 0L));
        assertEquals("Plant the tulips", tasks.find(owner, task.getId()).getTitle());
    }

    @DisplayName("T2, T3: a blank or overlong title never reaches the table, which refuses one too")
    @Test
    void invalidTitlesNeverReachTheTable() throws SQLException {
        assertThrows(ConstraintViolationException.class, () -> add(" "));
        assertThrows(ConstraintViolationException.class, () -> add(null));
        assertThrows(ConstraintViolationException.class, () -> add("x".repeat(201)));
        assertEquals("0", query("SELECT count(*) FROM task"));
        // The table guards itself too, for whoever writes to it without the application.
        assertThrows(
                SQLException.class,
                () -> update("INSERT INTO task (title, done, created_at, version) VALUES ('  ', false, now(), 0)"));
        assertThrows(
                SQLException.class,
                () -> update(
                        "INSERT INTO task (title, done, created_at, version) VALUES (repeat('x', 201), false, now(), 0)"));
    }

    @DisplayName("T7: lists count by state and page oldest first; Clear done removes the done tasks")
    @Test
    void listingsCountByStateAndPageOldestFirst() {
        for (int i = 1; i <= 5; i++) {
            Task task = add("Task " + i);
            if (i % 2 == 0) {
                tasks.setDone(owner, task.getId(), true, null);
            }
        }
        TaskListing pending = tasks.list(inbox(), TaskFilter.PENDING, 2, 2);
        assertEquals(3, pending.matching());
        assertEquals(3, pending.pending());
        assertEquals(2, pending.done());
        assertEquals(2, pending.pageCount());
        assertEquals("Task 5", pending.tasks().get(0).getTitle());
        assertEquals(2, tasks.clearDone(owner, inbox()));
        assertEquals(3, tasks.list(inbox(), TaskFilter.ALL, 1, 100).tasks().size());
    }

    @DisplayName("T8: counts stop at the limit given and are exact below it")
    @Test
    void countsStopAtTheLimitTheyAreGivenAndAreExactBelowIt() throws SQLException {
        update("INSERT INTO task (title, done, created_at, version, owner_id, list_id) SELECT 'Task ' || n, n > 1200, "
                + "now() + n * interval '1 millisecond', 0, " + owner + ", "
                + lists.inbox(owner).getId()
                + " FROM generate_series(1, 1203) AS n");

        TaskListing capped = tasks.list(inbox(), TaskFilter.PENDING, 3, 100, 1000);
        assertTrue(capped.countsCapped());
        assertEquals(1000, capped.pending(), "pending counted up to the limit");
        assertEquals(3, capped.done(), "below the limit a count is exact");
        assertEquals(3, capped.page());
        assertEquals("Task 201", capped.tasks().get(0).getTitle());
        assertTrue(capped.hasNextPage());

        TaskListing doneOnly = tasks.list(inbox(), TaskFilter.DONE, 5, 100, 1000);
        assertFalse(doneOnly.countsCapped(), "the done tasks were counted to the end: their pages are known");
        assertEquals(1, doneOnly.page(), "a page past the last shows the last");

        TaskListing exact = tasks.list(inbox(), TaskFilter.PENDING, 13, 100);
        assertFalse(exact.countsCapped());
        assertEquals(1200, exact.pending());
        assertEquals(12, exact.page(), "a page past the last shows the last");
        assertFalse(exact.hasNextPage());
    }

    @DisplayName("T5: a task that does not exist is not found, to read or to delete")
    @Test
    void missingTasksAreReportedAsSuch() {
        assertThrows(TaskNotFoundException.class, () -> tasks.find(owner, Long.MAX_VALUE));
        assertThrows(TaskNotFoundException.class, () -> tasks.delete(owner, Long.MAX_VALUE));
    }
}
