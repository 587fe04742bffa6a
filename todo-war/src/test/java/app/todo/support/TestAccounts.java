package app.todo.support;

import jakarta.ws.rs.client.ClientRequestFilter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Accounts for tests, made through the application's own create-account and sign-in forms (posted as a script
 * posts them: no Origin header), so that a test starts signed in without typing. The tests of those pages type, in a browser.
 */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String COOKIE = "todo_session";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestAccounts() {}

    /** A user name no other test uses. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36) + "-"
                + COUNTER.incrementAndGet();
    }

    /**
     * Creates an account.
     *
     * @param base the application's root, ending with "/"
     * @return its session token (the cookie's value)
     */
    public static String create(URI base, String name) {
        return post(
                base, "/signup.xhtml", name, Map.of("account:repeat", PASSWORD, "account:submit", "Create account"));
    }

    /** Signs an existing account in; @return the new session's token */
    public static String signIn(URI base, String name) {
        return post(base, "/signin.xhtml", name, Map.of("account:submit", "Sign in"));
    }

    /** The browser carries the session: it is signed in as the account. */
    public static void useIn(WebDriver browser, URI base, String token) {
        browser.get(base.resolve("icons/favicon.svg").toString());
        browser.manage().deleteCookieNamed(COOKIE);
        browser.manage()
                .addCookie(new Cookie.Builder(COOKIE, token)
                        .path(base.getPath())
                        .isHttpOnly(true)
                        .sameSite("Lax")
                        .build());
    }

    /** A JAX-RS client filter that sends the session cookie. */
    public static ClientRequestFilter cookie(String token) {
        return request -> request.getHeaders().add("Cookie", COOKIE + "=" + token);
    }

    /** A JAX-RS client filter that sends HTTP Basic credentials. */
    public static ClientRequestFilter basic(String name, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request -> request.getHeaders().add("Authorization", "Basic " + credentials);
    }

    private static String post(URI base, String page, String name, Map<String, String> more) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("account", "account");
        form.put("account:name", name);
        form.put("account:password", PASSWORD);
        form.putAll(more);
        form.put("jakarta.faces.ViewState", "stateless");
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        try {
            // Relative to the application's root: under Arquillian it is deployed at a context path.
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(base.resolve(page.substring(1)))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith(COOKIE + "="))
                    .map(cookie -> cookie.substring(COOKIE.length() + 1, cookie.indexOf(';')))
                    .filter(token -> !token.isEmpty())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(page + " gave no session for " + name + ": "
                            + response.statusCode() + " " + response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
