package app.todo.task.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.Browser;
import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Adds per account, limited (here to 10 a minute) across two replicas sharing the database: the add beyond them
 * answers 429 with Retry-After and a problem, whichever replica it reaches; another account is unaffected;
 * the page says when to try again. The limit is a token bucket, as the configuration says: N at once, then one
 * each 60/N seconds, not a fresh N at the turn of each minute.
 */
class AddRateIT {

    /** High enough that a refill (60/N s) is a short wait for the test. */
    private static final int PER_MINUTE = 10;

    /** Above a burst and its refill (the tests of the rate add up to N + 1), below two bursts. */
    private static final int MAX_TASKS = PER_MINUTE + 2;

    private static PayaraServer first;
    private static PayaraServer second;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        Map<String, String> environment = new java.util.HashMap<>(PayaraServer.testDatabaseEnvironment());
        environment.put("TODO_ADDS_PER_MINUTE", String.valueOf(PER_MINUTE));
        environment.put("TODO_MAX_TASKS_PER_ACCOUNT", String.valueOf(MAX_TASKS));
        List<PayaraServer> replicas = PayaraServer.together(
                () -> PayaraServer.startTodo(environment), () -> PayaraServer.startTodo(environment));
        first = replicas.get(0);
        second = replicas.get(1);
    }

    @BeforeEach
    void empty() {
        TestDatabase.deleteAllTasks();
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    private HttpResponse<String> add(PayaraServer server, String session, String title) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.uri("/api/tasks"))
                        .header("Cookie", TestAccounts.COOKIE + "=" + session)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @DisplayName("T10: the add beyond the limit gets 429 with Retry-After on every replica; other accounts add on")
    @Test
    void theAddBeyondTheLimitWaitsOnEveryReplica() throws Exception {
        String alice = TestAccounts.create(first.uri("/"), TestAccounts.uniqueName("rate-alice"));
        String bob = TestAccounts.create(first.uri("/"), TestAccounts.uniqueName("rate-bob"));
        List<String> added = new java.util.ArrayList<>();
        for (int i = 1; i <= PER_MINUTE; i++) {
            String title = "Alice " + (char) ('a' + i);
            assertEquals(201, add(i % 2 == 0 ? first : second, alice, title).statusCode(), title);
            added.add(title);
        }

        HttpResponse<String> refused = add(second, alice, "one too many");
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60 / PER_MINUTE, "Retry-After " + retryAfter);
        assertTrue(refused.body().contains("try again in " + retryAfter + " seconds"), refused.body());
        assertEquals(429, add(first, alice, "two too many").statusCode(), "the other replica let it through");

        assertEquals(201, add(second, bob, "Bob's own").statusCode(), "another account was limited too");
        added.add("Bob's own");
        assertEquals(
                added.stream().sorted().toList(),
                TestDatabase.titles().stream().sorted().toList());
    }

    @DisplayName("T10: after a burst, one more add comes back a refill later, and only one")
    @Test
    void afterABurstOfNTheNextAddComesOneRefillLaterAndOnlyOne() throws Exception {
        String dave = TestAccounts.create(first.uri("/"), TestAccounts.uniqueName("rate-dave"));
        for (int i = 1; i <= PER_MINUTE; i++) {
            assertEquals(
                    201, add(i % 2 == 0 ? first : second, dave, "burst " + i).statusCode(), "a burst of N is taken");
        }
        HttpResponse<String> refused = add(first, dave, "too soon");
        assertEquals(429, refused.statusCode());
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(
                retryAfter > 60 / PER_MINUTE / 2 && retryAfter <= 60 / PER_MINUTE,
                "one add comes back after 60/N seconds, not at the next minute: Retry-After " + retryAfter);

        Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(300));
        assertEquals(201, add(second, dave, "refilled").statusCode(), "one add came back after Retry-After");
        assertEquals(429, add(first, dave, "and no more").statusCode(), "only one came back");
        assertEquals(PER_MINUTE + 1, TestDatabase.titles().size());
    }

    @DisplayName("T9: adds racing on two replicas stop exactly at the account's limit, counted without counting rows")
    @Test
    void addsRacingOnTwoReplicasStopExactlyAtTheLimit() throws Exception {
        String name = TestAccounts.uniqueName("quota");
        String erin = TestAccounts.create(first.uri("/"), name);
        int room = 4;
        TestDatabase.execute("INSERT INTO task (title, done, created_at, version, owner_id, list_id)"
                + " SELECT 'Held ' || n, FALSE, NOW(), 0, (SELECT id FROM account WHERE name_key = '" + name + "'), "
                + TestDatabase.inboxOf(name) + " FROM generate_series(1, " + (MAX_TASKS - room) + ") n");
        int racing = 2 * room;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(racing);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < racing; i++) {
                PayaraServer replica = i % 2 == 0 ? first : second;
                String title = "Racing " + i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return add(replica, erin, title).statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(room, java.util.Collections.frequency(statuses, 201), statuses.toString());
            assertEquals(racing - room, java.util.Collections.frequency(statuses, 409), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                List.of(String.valueOf(MAX_TASKS)),
                TestDatabase.strings(
                        "SELECT COUNT(*) FROM task t JOIN account a ON a.id = t.owner_id WHERE a.name_key = ?", name));
    }

    /** What the page says when an add comes too soon (task.throttled). */
    private static final String REFUSED = "Too many tasks added in a minute: try again in";

    /** The texts of what the selector finds, or why they could not be read (an update replacing them). */
    private static String texts(ChromeDriver browser, String selector) {
        try {
            return browser.findElements(By.cssSelector(selector)).stream()
                    .map(WebElement::getText)
                    .toList()
                    .toString();
        } catch (StaleElementReferenceException replaced) {
            return "(replaced while read)";
        }
    }

    @DisplayName("T10: the page says when to try adding again, and nothing is stored")
    @Test
    void thePageSaysWhenToTryAgain() {
        String carol = TestAccounts.create(first.uri("/"), TestAccounts.uniqueName("rate-carol"));
        ChromeDriver browser = Browser.start();
        try {
            TestAccounts.useIn(browser, first.uri("/"), carol);
            browser.get(first.baseUrl() + "/");
            WebDriverWait wait = Browser.waiting(browser, Duration.ofSeconds(10));
            wait.ignoring(StaleElementReferenceException.class);
            // A browser adds slower than the bucket refills (one every 60/N s): add until the page refuses.
            String refused = null;
            for (int i = 1; i <= 2 * PER_MINUTE && refused == null; i++) {
                String title = "Carol " + i;
                browser.findElement(By.cssSelector(".add-form input[type=text]"))
                        .sendKeys(title, Keys.ENTER);
                // What the page showed instead, should neither come: its alerts and its titles.
                wait.withMessage(() -> "after adding " + title + ", the page shows alerts " + texts(browser, ".alert")
                                + " and titles " + texts(browser, "ul.tasks .title"))
                        .until(d -> d.getPageSource().contains(REFUSED)
                                || d.findElements(By.cssSelector("ul.tasks .title")).stream()
                                        .anyMatch(shown -> shown.getText().equals(title)));
                if (browser.getPageSource().contains(REFUSED)) {
                    refused = title;
                }
            }
            assertTrue(refused != null, "no add was refused");
            String message = browser.findElement(By.xpath("//*[contains(text(), 'Too many tasks added in a minute')]"))
                    .getText();
            assertTrue(message.matches(".*try again in \\d+ seconds.*"), message);
            String notStored = refused;
            assertTrue(
                    TestDatabase.titles().stream().noneMatch(title -> title.equals(notStored)),
                    "the add beyond the limit was stored");
            assertTrue(TestDatabase.titles().size() >= PER_MINUTE, "fewer than a burst were taken");
        } finally {
            browser.quit();
        }
    }
}
