package app.todo.account.boundary;

import static app.todo.support.Browser.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.platform.control.Secrets;
import app.todo.support.Browser;
import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** Personal API tokens (A14, A15): made on the page "API tokens" in a browser, used by a script. */
class TokensPageIT {

    private static PayaraServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = PayaraServer.sharedTodo();
    }

    @DisplayName("A14, A15: a read-only token made on the page reads the API, changes nothing (403 insufficient_scope),"
            + " is shown once, and Revoke ends it")
    @Test
    void aReadOnlyTokenReadsChangesNothingAndRevokeEndsIt() throws Exception {
        URI base = server.uri("/");
        String name = TestAccounts.uniqueName("tokens");
        String session = TestAccounts.create(base, name);
        ChromeDriver browser = Browser.start();
        try {
            TestAccounts.useIn(browser, base, session);
            browser.get(base.resolve("settings.xhtml").toString());
            named(browser, By.tagName("a"), "API tokens").click();
            assertTrue(browser.getTitle().startsWith("API tokens"), browser.getTitle());
            assertTrue(browser.findElement(By.tagName("body")).getText().contains("No tokens yet."));

            named(browser, By.cssSelector("input"), "Token name").sendKeys("Backup script");
            named(browser, By.cssSelector("input[type=radio]"), "Read only").click();
            new Select(named(browser, By.tagName("select"), "Expires")).selectByVisibleText("30 days");
            named(browser, By.cssSelector("button, input[type=submit]"), "Create token")
                    .click();

            String token =
                    named(browser, By.cssSelector("input"), "Your new token").getAttribute("value");
            assertTrue(token.matches("tdo_[A-Za-z0-9_-]{43}"), token);
            assertTrue(browser.findElement(By.tagName("body")).getText().contains("Copy it now"));
            List<String> row = cells(browser, "Backup script");
            assertEquals("Read only", row.get(0));
            assertEquals("Not yet", row.get(2));
            assertTrue(
                    row.get(3)
                            .contains(String.valueOf(
                                    LocalDate.now(ZoneOffset.UTC).plusDays(30).getYear())),
                    row.toString());
            assertEquals(
                    List.of(Secrets.hash(token)),
                    TestDatabase.strings(
                            "SELECT token_hash FROM api_token WHERE name = 'Backup script'"
                                    + " AND account_id = (SELECT id FROM account WHERE name = ?)",
                            name),
                    "the table keeps the token's SHA-256, not the token");

            assertEquals(200, api("GET", "api/tasks", token).statusCode());
            HttpResponse<String> refused = api("POST", "api/tasks", token);
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(
                    refused.headers().firstValue("WWW-Authenticate").orElse("").contains("insufficient_scope"));
            assertTrue(refused.body().contains("read only"), refused.body());
            assertEquals(
                    0,
                    TestDatabase.strings(
                                    "SELECT title FROM task WHERE owner_id ="
                                            + " (SELECT id FROM account WHERE name = ?)",
                                    name)
                            .size(),
                    "a read-only token added a task");

            browser.navigate().refresh();
            browser.get(base.resolve("tokens.xhtml").toString());
            assertTrue(browser.findElements(By.id("new-token")).isEmpty(), "the token is shown more than once");
            assertNotEquals("Not yet", cells(browser, "Backup script").get(2), "the last use is not shown");
            assertFalse(browser.getPageSource().contains(token), "the token is still in the page");

            WebElement revoke = named(browser, By.cssSelector("button"), "Revoke");
            assertEquals(
                    "Backup script",
                    browser.findElement(By.id(revoke.getAttribute("aria-describedby")))
                            .getText());
            revoke.click();
            Browser.waiting(browser, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains("Token “Backup script” revoked"));
            HttpResponse<String> revoked = api("GET", "api/tasks", token);
            assertEquals(401, revoked.statusCode());
            assertTrue(
                    revoked.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
            assertTrue(browser.findElement(By.tagName("body")).getText().contains("No tokens yet."));
        } finally {
            browser.quit();
        }
    }

    @DisplayName("A14: a read-and-write token adds a task; an expired one is refused; in French the page says it")
    @Test
    void aReadAndWriteTokenChangesAndAnExpiredOneIsRefused() throws Exception {
        URI base = server.uri("/");
        String name = TestAccounts.uniqueName("writer");
        String session = TestAccounts.create(base, name);
        ChromeDriver browser = Browser.start("fr", true);
        try {
            TestAccounts.useIn(browser, base, session);
            browser.get(base.resolve("tokens.xhtml").toString());
            assertTrue(browser.getTitle().startsWith("Jetons d’API"), browser.getTitle());
            named(browser, By.cssSelector("input"), "Nom du jeton").sendKeys("Synchronisation");
            named(browser, By.cssSelector("input[type=radio]"), "Lecture et écriture")
                    .click();
            new Select(named(browser, By.tagName("select"), "Expire")).selectByVisibleText("Jamais");
            named(browser, By.cssSelector("button, input[type=submit]"), "Créer le jeton")
                    .click();
            String token = named(browser, By.cssSelector("input"), "Votre nouveau jeton")
                    .getAttribute("value");
            assertEquals("Jamais", cells(browser, "Synchronisation").get(3));

            HttpResponse<String> added = http.send(
                    HttpRequest.newBuilder(base.resolve("api/tasks"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Added by a script\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, added.statusCode(), added.body());
            assertEquals(
                    List.of("Added by a script"),
                    TestDatabase.strings(
                            "SELECT title FROM task WHERE owner_id =" + " (SELECT id FROM account WHERE name = ?)",
                            name));

            TestDatabase.execute("UPDATE api_token SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' SECOND"
                    + " WHERE name = 'Synchronisation'");
            assertEquals(401, api("GET", "api/tasks", token).statusCode(), "an expired token still works");
        } finally {
            browser.quit();
        }
    }

    private HttpResponse<String> api(String method, String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.uri("/").resolve(path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                method.equals("GET")
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString("{\"title\": \"Not allowed\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The cells after the row's header: access, created, last used, expires. */
    private static List<String> cells(WebDriver browser, String tokenName) {
        WebElement header = browser.findElements(By.cssSelector("table th[scope=row]")).stream()
                .filter(th -> th.getText().equals(tokenName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + tokenName));
        return header.findElements(By.xpath("following-sibling::td")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
