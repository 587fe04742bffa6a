package app.todo.storage.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.ThrowawayPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under a running to-do service and comes back, while a steady stream of adds goes on:
 * the page and the API answer 503 fast with a plain message, readiness goes down, everything works again
 * without a restart; every add answered 201 is in the table and none answered otherwise is. And a service started
 * before its database (a pod beside its PostgreSQL) deploys, waits, and becomes ready once the database is up.
 */
class DatabaseOutageIT {

    private static final Duration ANSWER_BOUND = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /**
     * One server through a pod's life, since each start is the dear part of this test: started before its database,
     * then ready, then through an outage and back.
     */
    @Test
    void startedBeforeItsDatabaseItBecomesReadyThenAnOutageAnswers503FastAndItRecoversByItself() throws Exception {
        try (ThrowawayPostgres database = ThrowawayPostgres.create()) {
            database.stop();
            // As a pod started beside its PostgreSQL: the application deploys (live), not started nor ready.
            try (PayaraServer server =
                    PayaraServer.start(System.getProperty("todo.war"), "/health/live", environmentOf(database))) {
                startedBeforeItsDatabaseItWaitsAndBecomesReady(server, database);
                anOutageAnswers503FastAndTheServiceRecoversByItself(server, database);
            }
        }
    }

    private void startedBeforeItsDatabaseItWaitsAndBecomesReady(PayaraServer server, ThrowawayPostgres database)
            throws Exception {
        assertEquals(
                503,
                http.send(request(server, "/health/started").build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        assertEquals(
                503,
                http.send(request(server, "/health/ready").build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode());

        database.start();
        waitForStatus(server, "/health/started", 200, Duration.ofSeconds(30));
        waitForStatus(server, "/health/ready", 200, Duration.ofSeconds(30));
        session = TestAccounts.create(server.uri("/"), "late-database");
        assertEquals(201, addTask(server, "Once the database is up").statusCode());
    }

    private void anOutageAnswers503FastAndTheServiceRecoversByItself(PayaraServer server, ThrowawayPostgres database)
            throws Exception {
        assertEquals(201, addTask(server, "Before the outage").statusCode());
        AddStream stream = new AddStream(server);
        stream.start();
        Thread.sleep(1_000);

        database.stop();
        HttpResponse<String> page =
                timed(() -> http.send(request(server, "/").build(), HttpResponse.BodyHandlers.ofString()));
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("Temporarily unavailable"), page.body());
        assertTrue(!page.body().contains("Exception") && !page.body().contains("at app."), "a stack trace leaked");

        HttpResponse<String> api = timed(() -> addTask(server, "During the outage"));
        assertEquals(503, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(api.body().contains("database is unavailable"), api.body());

        HttpResponse<String> ready =
                timed(() -> http.send(request(server, "/health/ready").build(), HttpResponse.BodyHandlers.ofString()));
        assertEquals(503, ready.statusCode());
        assertTrue(
                ready.body().contains("\"status\":\"DOWN\"")
                        && !ready.body().contains("error")
                        && !ready.body().contains("Connection")
                        && !ready.body().contains("127.0.0.1")
                        && !ready.body().contains("PSQL"),
                "the health answer tells more than down: " + ready.body());

        Thread.sleep(2_000); // the stream goes on against the stopped database
        database.start();
        HttpResponse<String> recovered = waitForStatus(server, "/", 200, Duration.ofSeconds(30));
        Thread.sleep(1_000);
        List<Attempt> attempts = stream.stop();
        assertTrue(recovered.body().contains("Before the outage"));
        assertTrue(!recovered.body().contains("During the outage"), "a refused task was stored");
        assertEquals(201, addTask(server, "After the outage").statusCode());
        assertEquals(
                200,
                waitForStatus(server, "/health/ready", 200, Duration.ofSeconds(10))
                        .statusCode());

        long created =
                attempts.stream().filter(attempt -> attempt.status() == 201).count();
        long refused =
                attempts.stream().filter(attempt -> attempt.status() == 503).count();
        System.out.printf(
                "Database outage drill: %d adds, %d answered 201, %d answered 503, slowest %d ms%n",
                attempts.size(),
                created,
                refused,
                attempts.stream()
                        .mapToLong(attempt -> attempt.took().toMillis())
                        .max()
                        .orElse(0));
        assertTrue(created > 0 && refused > 0, "the stream did not cross the outage: " + attempts);
        for (Attempt attempt : attempts) {
            assertTrue(attempt.status() == 201 || attempt.status() == 503, "unexpected answer: " + attempt);
            assertTrue(attempt.took().compareTo(ANSWER_BOUND) <= 0, "too slow: " + attempt);
        }
        Set<String> stored = titlesIn(database);
        for (Attempt attempt : attempts) {
            assertEquals(
                    attempt.status() == 201,
                    stored.contains(attempt.title()),
                    "stored must be exactly the adds answered 201: " + attempt);
        }
    }

    /** Signed in before the outage: the outage must not look like being signed out. */
    private volatile String session;

    private record Attempt(String title, int status, Duration took) {}

    private static Map<String, String> environmentOf(ThrowawayPostgres database) {
        return Map.of(
                "TODO_DB_URL",
                database.jdbcUrl(),
                "TODO_DB_USER",
                ThrowawayPostgres.USER,
                "TODO_DB_PASSWORD",
                "trust-auth-ignores-it");
    }

    /** Adds tasks one after another through the API, recording each answer, until stopped. */
    private final class AddStream {
        private final PayaraServer server;
        private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        AddStream(PayaraServer server) {
            this.server = server;
            this.thread = new Thread(this::run, "add-stream");
        }

        void start() {
            thread.start();
        }

        private void run() {
            for (int i = 0; running.get(); i++) {
                String title = "Stream " + i;
                Instant start = Instant.now();
                int status;
                try {
                    status = addTask(server, title).statusCode();
                } catch (Exception e) {
                    status = -1;
                }
                attempts.add(new Attempt(title, status, Duration.between(start, Instant.now())));
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        List<Attempt> stop() throws InterruptedException {
            running.set(false);
            thread.join(10_000);
            return new ArrayList<>(attempts);
        }
    }

    private static Set<String> titlesIn(ThrowawayPostgres database) throws Exception {
        Set<String> titles = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), ThrowawayPostgres.USER, "");
                ResultSet rows = connection.createStatement().executeQuery("SELECT title FROM task")) {
            while (rows.next()) {
                titles.add(rows.getString(1));
            }
        }
        return titles;
    }

    private HttpRequest.Builder request(PayaraServer server, String path) {
        return HttpRequest.newBuilder(server.uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", TestAccounts.COOKIE + "=" + session);
    }

    private HttpResponse<String> addTask(PayaraServer server, String title) throws Exception {
        return http.send(
                request(server, "/api/tasks")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\"}"))
                        .build(),
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
        throw new AssertionError(
                path + " still answers " + last.statusCode() + " after " + timeout + ": " + last.body());
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
