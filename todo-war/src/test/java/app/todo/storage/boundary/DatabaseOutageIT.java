package app.todo.storage.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.PayaraServer;
import app.todo.support.ThrowawayPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under a running to-do service and comes back: the page and the API answer 503 fast
 * with a plain message, readiness goes down, and everything works again without a restart.
 */
class DatabaseOutageIT {

    private static final Duration ANSWER_BOUND = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void anOutageAnswers503FastAndTheServiceRecoversByItself() throws Exception {
        try (ThrowawayPostgres database = ThrowawayPostgres.create();
             PayaraServer server = PayaraServer.startTodo(Map.of(
                     "TODO_DB_URL", database.jdbcUrl(),
                     "TODO_DB_USER", ThrowawayPostgres.USER,
                     "TODO_DB_PASSWORD", "trust-auth-ignores-it"))) {

            assertEquals(201, addTask(server, "Before the outage").statusCode());

            database.stop();
            HttpResponse<String> page = timed(() -> http.send(request(server, "/").build(), HttpResponse.BodyHandlers.ofString()));
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("Temporarily unavailable"), page.body());
            assertTrue(!page.body().contains("Exception") && !page.body().contains("at app."), "a stack trace leaked");

            HttpResponse<String> api = timed(() -> addTask(server, "During the outage"));
            assertEquals(503, api.statusCode());
            assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(api.body().contains("database is unavailable"), api.body());

            HttpResponse<String> ready = timed(() -> http.send(request(server, "/health/ready").build(),
                    HttpResponse.BodyHandlers.ofString()));
            assertEquals(503, ready.statusCode());

            database.start();
            HttpResponse<String> recovered = waitForStatus(server, "/", 200, Duration.ofSeconds(30));
            assertTrue(recovered.body().contains("Before the outage"));
            assertTrue(!recovered.body().contains("During the outage"), "a refused task was stored");
            assertEquals(201, addTask(server, "After the outage").statusCode());
            assertEquals(200, waitForStatus(server, "/health/ready", 200, Duration.ofSeconds(10)).statusCode());
        }
    }

    private HttpRequest.Builder request(PayaraServer server, String path) {
        return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> addTask(PayaraServer server, String title) throws Exception {
        return http.send(request(server, "/api/tasks").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> waitForStatus(PayaraServer server, String path, int status, Duration timeout)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> last;
        do {
            last = http.send(request(server, path).build(), HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == status) {
                return last;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(path + " still answers " + last.statusCode() + " after " + timeout + ": " + last.body());
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    private static <T> T timed(Call<T> call) throws Exception {
        Instant start = Instant.now();
        T result = call.run();
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(ANSWER_BOUND) <= 0, "the answer took " + took.toMillis() + " ms");
        return result;
    }
}
