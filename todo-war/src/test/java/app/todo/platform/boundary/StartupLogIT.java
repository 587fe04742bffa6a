package app.todo.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What an operator reads when a server starts, serves and stops, started by the project's launcher as
 * {@code ./run.sh} and the images start it: no warning and no error, on PostgreSQL and on the embedded H2 default.
 * A warning that comes back (Payara's first pass over the data source definition finding no value, Jersey taking the
 * REST client interface for a resource, the JDBC driver "leaked" at deploy or at stop, Hazelcast, a deprecation)
 * fails here.
 */
class StartupLogIT {

    private static final Pattern PROBLEM = Pattern.compile("(^|\\s)(WARNING|WARN|SEVERE|ERROR)[: ]");
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static PayaraServer onPostgresql;
    private static PayaraServer onEmbeddedDefault;
    private static PayaraServer weather;

    /** The three started at once; each test uses its own, stops it and reads its log. */
    @BeforeAll
    static void start() {
        List<PayaraServer> servers = PayaraServer.together(
                () -> PayaraServer.startTodo(PayaraServer.testDatabaseEnvironment()),
                () -> PayaraServer.startTodo(Map.of()), // no TODO_DB_*: an H2 file in the server's directory
                () -> PayaraServer.start(System.getProperty("weather.war"), "/health/ready", Map.of()));
        onPostgresql = servers.get(0);
        onEmbeddedDefault = servers.get(1);
        weather = servers.get(2);
    }

    @AfterAll
    static void stop() {
        for (PayaraServer server : new PayaraServer[] {onPostgresql, onEmbeddedDefault, weather}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void theToDoServiceOnPostgresqlLogsNoWarning() throws Exception {
        PayaraServer server = onPostgresql;
        try {
            useEveryPath(server, "log");
        } finally {
            server.close();
        }
        assertEquals(List.of(), problems(server), "warnings in " + server.log());
        assertTrue(
                Files.readString(server.log(), StandardCharsets.UTF_8).contains("ready in"),
                "the log is not the server's");
    }

    @Test
    @DisplayName("The embedded default (./run.sh with no database named: H2) logs no warning")
    void theToDoServiceOnItsEmbeddedDefaultLogsNoWarning() throws Exception {
        PayaraServer server = onEmbeddedDefault;
        try {
            useEveryPath(server, "h2");
        } finally {
            server.close();
        }
        assertEquals(List.of(), problems(server), "warnings in " + server.log());
    }

    @Test
    void theWeatherServiceLogsNoWarning() throws Exception {
        PayaraServer server = weather;
        try {
            assertEquals(200, get(server, "/").statusCode());
            assertEquals(400, get(server, "/weather/?city=").statusCode());
        } finally {
            server.close();
        }
        assertEquals(List.of(), problems(server), "warnings in " + server.log());
    }

    /** A sign-up, a page, the API and a refused add: the paths whose first use loads what start-up did not. */
    private void useEveryPath(PayaraServer server, String name) throws IOException, InterruptedException {
        String session = TestAccounts.create(server.uri("/"), TestAccounts.uniqueName(name));
        assertEquals(200, get(server, "/signin.xhtml").statusCode());
        assertEquals(401, get(server, "/api/tasks").statusCode());
        String cookie = TestAccounts.COOKIE + "=" + session;
        assertEquals(
                200,
                http.send(
                                HttpRequest.newBuilder(server.uri("/"))
                                        .header("Cookie", cookie)
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode());
        assertEquals(
                400,
                http.send(
                                HttpRequest.newBuilder(server.uri("/api/tasks"))
                                        .header("Cookie", cookie)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"\"}"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode());
    }

    private HttpResponse<String> get(PayaraServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The log's warning and error lines. */
    private static List<String> problems(PayaraServer server) throws IOException {
        return Files.readAllLines(server.log(), StandardCharsets.UTF_8).stream()
                .filter(line -> PROBLEM.matcher(line).find())
                .toList();
    }
}
