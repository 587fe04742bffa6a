package app.todo.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The PostgreSQL database the servers under test use, reached directly to prepare and check rows. */
public final class TestDatabase {

    private TestDatabase() {}

    public static String url() {
        return required("TEST_DB_URL");
    }

    public static String user() {
        return required("TEST_DB_USER");
    }

    public static String password() {
        return required("TEST_DB_PASSWORD");
    }

    /** The role the services connect as: row access only (the owner, {@link #user()}, migrates). */
    public static String appUser() {
        return required("TEST_DB_APP_USER");
    }

    public static String appPassword() {
        return required("TEST_DB_APP_PASSWORD");
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(
                    name + " is not set: run the tests with ./test.sh, which provides a database");
        }
        return value;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** Every test starts from an empty task table (the schema stays, as Flyway made it). */
    public static void deleteAllTasks() {
        execute("DELETE FROM task");
    }

    /**
     * Runs a statement as the schema's owner. The counts the application keeps where tasks change (each account's
     * tasks, each list's pending ones) are counted again after a statement that names tasks, as a repair would.
     */
    public static void execute(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
            if (sql.toLowerCase(java.util.Locale.ROOT).contains("task")) {
                statement.execute(RECOUNT);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }

    private static final String RECOUNT = "UPDATE task_list SET open_count = (SELECT COUNT(*) FROM task t"
            + " WHERE t.list_id = task_list.id AND NOT t.done);"
            + " UPDATE account SET task_count = (SELECT COUNT(*) FROM task t WHERE t.owner_id = account.id)";

    /** The Inbox of the account of this name, as SQL: for rows a test inserts directly. */
    public static String inboxOf(String name) {
        return "(SELECT l.id FROM task_list l JOIN account a ON a.id = l.owner_id WHERE a.name_key = '" + name
                + "' AND l.inbox)";
    }

    public static List<String> titles() {
        return strings("SELECT title FROM task ORDER BY created_at, id");
    }

    public static List<String> strings(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    public static boolean isDone(String title) {
        List<String> done = strings("SELECT done FROM task WHERE title = ?", title);
        if (done.size() != 1) {
            throw new AssertionError("expected one task titled '" + title + "', found " + done.size());
        }
        return Boolean.parseBoolean(done.get(0)) || "t".equals(done.get(0));
    }
}
