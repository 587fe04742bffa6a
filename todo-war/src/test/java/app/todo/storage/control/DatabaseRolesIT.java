package app.todo.storage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Least privilege in PostgreSQL: the service connects as a role that reads and writes the application's rows and
 * cannot change the schema; Flyway migrated as the owner. Neither is a superuser.
 */
class DatabaseRolesIT {

    private static PayaraServer server;

    @BeforeAll
    static void start() {
        assertNotEquals(
                TestDatabase.user(),
                TestDatabase.appUser(),
                "the tests need two roles: set TEST_DB_APP_USER and TEST_DB_APP_PASSWORD, or let ./test.sh make them");
        server = PayaraServer.sharedTodo(); // migrates as the owner, grants
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Connection asService() throws SQLException {
        return DriverManager.getConnection(TestDatabase.url(), TestDatabase.appUser(), TestDatabase.appPassword());
    }

    @Test
    void theServiceWorksAsItsOwnRole() throws Exception {
        String session = TestAccounts.create(server.uri("/"), TestAccounts.uniqueName("roles"));
        HttpResponse<String> added = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.uri("/api/tasks"))
                                .header("Cookie", TestAccounts.COOKIE + "=" + session)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"As the service's role\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, added.statusCode(), added.body());
        assertTrue(
                java.nio.file.Files.readString(server.log()).contains("may read and write its rows only"),
                "the server did not migrate as the owner");
    }

    @Test
    void theServicesRoleCannotChangeTheSchema() throws SQLException {
        try (Connection connection = asService();
                Statement statement = connection.createStatement()) {
            for (String change : List.of(
                    "DROP TABLE task",
                    "ALTER TABLE task ADD COLUMN extra TEXT",
                    "TRUNCATE account",
                    "CREATE TABLE intruder (id INT)",
                    "DELETE FROM flyway_schema_history",
                    "CREATE ROLE intruder")) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(change), change);
                assertTrue(
                        refused.getSQLState().equals("42501")
                                || refused.getSQLState().equals("42P01"),
                        change + ": " + refused.getSQLState() + " " + refused.getMessage());
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM task")) {
                assertTrue(rows.next(), "the service's role cannot read its rows");
            }
        }
    }

    @Test
    void noRoleTheApplicationUsesIsASuperuser() throws SQLException {
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT rolname, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles" + " WHERE rolname IN ('"
                                + TestDatabase.user() + "', '" + TestDatabase.appUser() + "')")) {
            int seen = 0;
            while (rows.next()) {
                seen++;
                assertFalse(rows.getBoolean("rolsuper"), rows.getString("rolname") + " is a superuser");
                assertFalse(rows.getBoolean("rolcreaterole"), rows.getString("rolname") + " may create roles");
            }
            assertEquals(2, seen);
        }
    }
}
