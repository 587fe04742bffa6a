package app.todo.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What one request, or a handful of clients, can make the to-do service spend, on a server as shipped: the heap
 * run.sh and the images give it (the root pom's todo.heap, not a roomier test heap) and the limits of
 * microprofile-config.properties. Each test is an attack that took the service down, or could have, before.
 */
class AbuseBoundsIT {

    private static final Duration QUICK = Duration.ofSeconds(2);
    private static PayaraServer server;
    private static String name;
    private static String session;
    private static String changer;
    private static String changerSession;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(QUICK)
            .build();

    @BeforeAll
    static void start() {
        server = PayaraServer.startTodoWithShippedLimits(PayaraServer.testDatabaseEnvironment());
        // The sign-up buckets of 127.0.0.1 as other tests' servers (limits lifted) left them: gone, so that the
        // shipped limit counts from here (a bucket keeps the limit it was made with).
        TestDatabase.execute("DELETE FROM rate_bucket_by_name");
        name = TestAccounts.uniqueName("abuse");
        session = TestAccounts.create(server.uri("/"), name);
        changer = TestAccounts.uniqueName("changer");
        changerSession = TestAccounts.create(server.uri("/"), changer);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(QUICK);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String logSince(long offset) throws IOException {
        byte[] log = Files.readAllBytes(server.log());
        return new String(log, (int) offset, log.length - (int) offset, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("GET /openapi is answered within 5 s in the shipped heap, and the service is alive after")
    void theOpenApiDocumentFitsTheHeap() throws Exception {
        HttpResponse<String> yaml = http.send(
                HttpRequest.newBuilder(server.uri("/openapi"))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.body().contains("/api/tasks") && yaml.body().contains("openapi: 3."), yaml.body());
        HttpResponse<String> json = get("/openapi", "Accept", "application/json");
        assertTrue(json.body().startsWith("{") && json.body().contains("\"/api/tasks\""), json.body());
        assertEquals(200, get("/health/live").statusCode(), "the service did not survive its OpenAPI document");
    }

    @Test
    @DisplayName(
            "100 uploads sending a byte a second: the health probe and the page answer within 2 s; at most 8 are read (408 after 5 s), the rest refused at once (503); nothing stored, no stack trace")
    void slowUploadsHoldNoWorker() throws Exception {
        TestDatabase.deleteAllTasks();
        long logOffset = Files.size(server.log());
        String head = "POST /api/tasks HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nCookie: "
                + TestAccounts.COOKIE + "=" + session
                + "\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{\"title\":\"";
        List<Socket> uploads = new ArrayList<>();
        AtomicBoolean dripping = new AtomicBoolean(true);
        try {
            for (int i = 0; i < 100; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
                uploads.add(socket);
            }
            CompletableFuture<Void> drip = CompletableFuture.runAsync(() -> {
                while (dripping.get()) {
                    for (Socket socket : uploads) {
                        try {
                            socket.getOutputStream().write('x');
                        } catch (IOException answeredAndClosed) {
                            // the server has answered it
                        }
                    }
                    sleep(1_000);
                }
            });
            for (int round = 0; round < 3; round++) {
                assertEquals(200, get("/health/live").statusCode(), "health probe, round " + round);
                assertEquals(
                        200,
                        get("/", "Cookie", TestAccounts.COOKIE + "=" + session).statusCode(),
                        "page, round " + round);
                sleep(1_000);
            }
            int timedOut = 0;
            for (Socket socket : uploads) {
                socket.setSoTimeout(10_000);
                String answer = firstLine(socket.getInputStream());
                if (answer.equals("HTTP/1.1 408 Request Timeout")) {
                    timedOut++;
                } else {
                    assertEquals("HTTP/1.1 503 Service Unavailable", answer);
                }
            }
            assertTrue(timedOut >= 1 && timedOut <= 8, "slow bodies read at once: " + timedOut);
            dripping.set(false);
            drip.join();
        } finally {
            dripping.set(false);
            for (Socket socket : uploads) {
                socket.close();
            }
        }
        assertEquals(List.of(), TestDatabase.titles());
        sleep(500);
        String log = logSince(logOffset);
        assertFalse(log.contains("\tat "), "a stack trace in the log:\n" + log);
    }

    @Test
    @DisplayName(
            "A6: 20 sign-ins at once from one address: at most 2 passwords hashed at a time, the excess refused at once with 503 and Retry-After")
    void passwordHashingIsBounded() throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString((name + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        AtomicInteger mostRunning = new AtomicInteger();
        AtomicBoolean watching = new AtomicBoolean(true);
        CompletableFuture<Void> watch = CompletableFuture.runAsync(() -> {
            while (watching.get()) {
                try {
                    mostRunning.accumulateAndGet((int) metric("ft_bulkhead_executionsRunning"), Math::max);
                    sleep(20);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        List<CompletableFuture<HttpResponse<String>>> signIns = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            signIns.add(http.sendAsync(
                    HttpRequest.newBuilder(server.uri("/api/tasks"))
                            .header("Authorization", "Basic " + credentials)
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        int accepted = 0;
        int refused = 0;
        for (CompletableFuture<HttpResponse<String>> signIn : signIns) {
            HttpResponse<String> answer = signIn.join();
            if (answer.statusCode() == 200) {
                accepted++;
            } else {
                assertEquals(503, answer.statusCode(), answer.body());
                assertTrue(answer.headers().firstValue("Retry-After").isPresent());
                assertTrue(answer.body().contains("Too many passwords are being checked"), answer.body());
                refused++;
            }
        }
        watching.set(false);
        watch.join();
        assertTrue(accepted >= 2, "accepted " + accepted);
        assertTrue(refused >= 1, "none refused of 20 at once");
        assertTrue(mostRunning.get() <= 2, "hashes at once: " + mostRunning.get());
    }

    @Test
    @DisplayName(
            "A7: Account creation from one address: 5 an hour as shipped, then 429 and the page says when to try again")
    void signUpsAreBoundedPerAddress() throws Exception {
        // Two accounts of this address exist already (start()): three more may be made.
        for (int i = 0; i < 3; i++) {
            TestAccounts.create(server.uri("/"), TestAccounts.uniqueName("signup"));
        }
        String refusedName = TestAccounts.uniqueName("signup");
        HttpResponse<String> refused = post(
                "/signup.xhtml",
                null,
                "account=account&account%3Aname=" + refusedName
                        + "&account%3Apassword=" + encode(TestAccounts.PASSWORD) + "&account%3Arepeat="
                        + encode(TestAccounts.PASSWORD)
                        + "&account%3Asubmit=Create&jakarta.faces.ViewState=stateless");
        assertEquals(429, refused.statusCode());
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
        assertTrue(
                refused.body()
                        .matches("(?s).*Too many accounts were created from here lately; try again in \\d+ minutes.*"),
                refused.body());
        assertEquals(List.of(), TestDatabase.strings("SELECT name FROM account WHERE name = ?", refusedName));
    }

    @Test
    @DisplayName(
            "A5: Wrong current passwords on the change-password page count as failed sign-ins: the sixth is throttled, and so is signing in")
    void changingThePasswordIsThrottledLikeSigningIn() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = changePassword("not the password " + attempt);
            assertEquals(200, wrong.statusCode());
            assertTrue(wrong.body().contains("The current password is wrong"), "attempt " + attempt);
        }
        HttpResponse<String> throttled = changePassword("not the password 6");
        assertEquals(429, throttled.statusCode());
        assertTrue(
                throttled.body().matches("(?s).*Too many failed sign-ins; try again in \\d+ seconds.*"),
                throttled.body());
        String credentials = Base64.getEncoder()
                .encodeToString((changer + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> signIn = get("/api/tasks", "Authorization", "Basic " + credentials);
        assertEquals(429, signIn.statusCode(), "signing in with the right password went on as if nothing happened");
    }

    @Test
    @DisplayName("GET /%zz%%% writes one line to the log, no stack trace, and the service goes on")
    void aMalformedAddressIsOneLogLine() throws Exception {
        long logOffset = Files.size(server.log());
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream()
                    .write(("GET /%zz%%% HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            firstLine(socket.getInputStream());
        }
        sleep(500);
        String log = logSince(logOffset);
        assertFalse(log.contains("\tat "), "a stack trace in the log:\n" + log);
        assertEquals(
                1,
                log.lines()
                        .filter(line -> line.contains("not valid percent-encoding"))
                        .count(),
                log);
        assertEquals(200, get("/health/live").statusCode());
    }

    private HttpResponse<String> changePassword(String current) throws Exception {
        HttpResponse<String> page = get("/password.xhtml", "Cookie", TestAccounts.COOKIE + "=" + changerSession);
        Matcher token =
                Pattern.compile("name=\"form-token\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(token.find(), page.body());
        return post(
                "/password.xhtml",
                changerSession,
                "account=account&form-token=" + encode(token.group(1))
                        + "&account%3Acurrent=" + encode(current) + "&account%3Apassword="
                        + encode("A new long passphrase")
                        + "&account%3Arepeat=" + encode("A new long passphrase") + "&account%3Asubmit=Change"
                        + "&jakarta.faces.ViewState=stateless");
    }

    private HttpResponse<String> post(String path, String cookie, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", server.baseUrl())
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", TestAccounts.COOKIE + "=" + cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private double metric(String name) throws Exception {
        HttpResponse<String> metrics = get("/metrics");
        return metrics.body()
                .lines()
                .filter(line -> line.startsWith(name + "{") && line.contains("HashingBulkhead"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in /metrics"));
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\r'; ) {
            line.append((char) c);
        }
        return line.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("X1, X3: three 5 MB imports at once in the shipped heap: one is read and stores the account's 10,000"
            + " tasks, the others are refused at once (503); four exports of them at once: two written whole, the"
            + " rest 503; the probe answers throughout and no memory runs out")
    void fiveMegabyteImportsAndExportsAtOnceStayWithinTheHeap() throws Exception {
        TestDatabase.deleteAllTasks();
        long logOffset = Files.size(server.log());
        StringBuilder csv = new StringBuilder("title,notes,list\n");
        String notes = "n".repeat(440);
        for (int i = 0; i < 10_000; i++) {
            csv.append("Task number ")
                    .append(i)
                    .append(" of the big import,")
                    .append(notes)
                    .append(",Big\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(file.length > 4_500_000 && file.length <= 5 * 1024 * 1024, file.length + " bytes");
        HttpRequest post = HttpRequest.newBuilder(server.uri("/api/import"))
                .header("Cookie", TestAccounts.COOKIE + "=" + session)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build();
        List<CompletableFuture<HttpResponse<String>>> imports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            imports.add(http.sendAsync(post, HttpResponse.BodyHandlers.ofString()));
        }
        while (!imports.stream().allMatch(CompletableFuture::isDone)) {
            assertEquals(200, get("/health/live").statusCode(), "the probe during the imports");
            sleep(500);
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : imports) {
            statuses.add(answer.join().statusCode());
        }
        statuses.sort(null);
        assertEquals(201, statuses.get(0), statuses.toString());
        assertTrue(
                statuses.subList(1, 3).stream().allMatch(status -> status == 503 || status == 400),
                statuses.toString());
        assertEquals(
                List.of("10000"),
                TestDatabase.strings(
                        "SELECT CAST(COUNT(*) AS VARCHAR) FROM task t JOIN account a ON a.id = t.owner_id"
                                + " WHERE a.name = ?",
                        name));

        HttpRequest export = HttpRequest.newBuilder(server.uri("/api/export"))
                .header("Cookie", TestAccounts.COOKIE + "=" + session)
                .timeout(Duration.ofSeconds(120))
                .build();
        List<CompletableFuture<HttpResponse<String>>> exports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            exports.add(http.sendAsync(export, HttpResponse.BodyHandlers.ofString()));
        }
        int whole = 0;
        for (CompletableFuture<HttpResponse<String>> answer : exports) {
            HttpResponse<String> exported = answer.join();
            if (exported.statusCode() == 200) {
                assertTrue(exported.body().strip().endsWith("}"), "an export broken off");
                assertEquals(10_000, exported.body().split("\"title\"", -1).length - 1);
                whole++;
            } else {
                assertEquals(503, exported.statusCode(), exported.body());
            }
        }
        assertTrue(whole >= 2, whole + " exports written");
        assertEquals(200, get("/health/live").statusCode());
        String log = logSince(logOffset);
        assertFalse(log.contains("OutOfMemoryError"), "memory ran out:\n" + log);
        assertFalse(log.contains("\tat "), "a stack trace in the log:\n" + log);
        TestDatabase.deleteAllTasks();
    }
}
