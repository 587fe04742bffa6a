package app.todo.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.Browser;
import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The headers on every kind of answer of the to-do service (page, API, error page, problem document, static
 * file), no word of the server's name, and the page working under its own Content-Security-Policy: Ajax adds,
 * ticks and deletes without a reload, and the browser reports no violation.
 */
class SecurityHeadersIT {

    private static PayaraServer server;
    private static String session;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        server = PayaraServer.sharedTodo(); // migrates the schema first
        TestDatabase.deleteAllTasks();
        session = TestAccounts.create(server.uri("/"), TestAccounts.uniqueName("headers"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The headers of an answer to a signed-in request. */
    private HttpHeaders headersOf(String method, String path, String contentType, String body) throws Exception {
        return headersOf(method, path, contentType, body, true);
    }

    private HttpHeaders headersOf(String method, String path, String contentType, String body, boolean signedIn)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        if (signedIn) {
            request.header("Cookie", TestAccounts.COOKIE + "=" + session);
        }
        request = body == null
                ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .headers();
    }

    @Test
    void everyAnswerCarriesTheHeadersAndNoneNamesTheServer() throws Exception {
        Map<String, HttpHeaders> answers = Map.of(
                "the page", headersOf("GET", "/", null, null),
                "the about page", headersOf("GET", "/about.xhtml", null, null),
                "the API", headersOf("GET", "/api/tasks", null, null),
                "a refused add", headersOf("POST", "/api/tasks", "application/json", "{\"title\":\"\"}"),
                "an unknown id", headersOf("GET", "/api/tasks/abc", null, null),
                "the 404 page", headersOf("GET", "/nothing-here", null, null),
                "the sign-in page", headersOf("GET", "/signin.xhtml", null, null, false),
                "the way to the sign-in page", headersOf("GET", "/", null, null, false),
                "the API without credentials", headersOf("GET", "/api/tasks", null, null, false),
                "a stylesheet", headersOf("GET", "/jakarta.faces.resource/todo.css.xhtml", null, null));
        List<String> missing = new ArrayList<>();
        answers.forEach((what, headers) -> {
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            for (String directive : new String[] {
                "default-src 'self'",
                "script-src 'self'",
                "frame-ancestors 'none'",
                "object-src 'none'",
                "base-uri 'none'",
                "form-action 'self'"
            }) {
                if (!policy.contains(directive)) {
                    missing.add(what + ": CSP without " + directive);
                }
            }
            if (policy.contains("unsafe-inline") || policy.contains("unsafe-eval")) {
                missing.add(what + ": CSP allows inline or eval'd script");
            }
            expect(missing, what, headers, "X-Content-Type-Options", "nosniff");
            expect(missing, what, headers, "Referrer-Policy", "same-origin");
            expect(missing, what, headers, "X-Frame-Options", "DENY");
            if (headers.firstValue("Permissions-Policy").isEmpty()) {
                missing.add(what + ": no Permissions-Policy");
            }
            if (headers.firstValue("Server").isPresent()
                    || headers.firstValue("X-Powered-By").isPresent()) {
                missing.add(what + ": names the server " + headers.map());
            }
            boolean personal = !what.equals("a stylesheet");
            if (personal && !headers.allValues("Cache-Control").contains("no-store")) {
                missing.add(what + ": may be stored by a cache");
            }
        });
        assertEquals(List.of(), missing);
    }

    private static void expect(List<String> missing, String what, HttpHeaders headers, String name, String value) {
        if (!headers.allValues(name).contains(value)) {
            missing.add(what + ": " + name + " is " + headers.allValues(name) + ", not " + value);
        }
    }

    @Test
    void thePageWorksUnderItsPolicyWithAjax() {
        ChromeDriver browser = Browser.start();
        try {
            TestAccounts.useIn(browser, server.uri("/"), session);
            browser.get(server.baseUrl() + "/");
            JavascriptExecutor page = browser;
            // A mark that a reload would wipe, and a record of every violation the browser reports from now on.
            page.executeScript("window.sameDocument = true; window.violations = [];"
                    + "document.addEventListener('securitypolicyviolation',"
                    + " function (e) { window.violations.push(e.violatedDirective + ' ' + e.blockedURI); });");
            WebElement field = browser.findElement(By.cssSelector(".add-form input[type=text]"));
            field.sendKeys("Under the policy", Keys.ENTER);
            WebDriverWait wait = Browser.waiting(browser, Duration.ofSeconds(10));
            wait.until(d -> d.findElements(By.cssSelector("ul.tasks .title")).stream()
                    .anyMatch(title -> title.getText().equals("Under the policy")));
            browser.findElements(By.cssSelector("[role=checkbox]")).get(0).click();
            wait.until(d ->
                    d.findElement(By.cssSelector("ul.tasks .state")).getText().equals("Done"));
            browser.findElement(By.cssSelector("ul.tasks button[aria-label=\"Delete Under the policy\"]"))
                    .click();
            wait.until(d -> d.findElements(By.cssSelector("ul.tasks .title")).isEmpty());

            assertEquals(
                    Boolean.TRUE,
                    page.executeScript("return window.sameDocument === true"),
                    "the page reloaded: its Ajax did not run under the policy");
            assertEquals(List.of(), page.executeScript("return window.violations"));
            assertTrue(TestDatabase.titles().isEmpty(), "the task was not deleted");
            assertFalse(browser.getPageSource().contains("onclick="), "an inline handler is on the page");
        } finally {
            browser.quit();
        }
    }
}
