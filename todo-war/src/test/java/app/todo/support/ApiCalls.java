package app.todo.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON API as a signed-in person's script calls it (the session cookie), for tests that set a scene up. */
public final class ApiCalls {

    /** HTTP/1.1, as browsers reach the service: each request or stream its own connection. */
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ApiCalls() {}

    /** A request with a JSON body (a merge patch for PATCH), or none when {@code body} is null. */
    public static HttpResponse<String> call(URI base, String session, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Cookie", TestAccounts.COOKIE + "=" + session)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header(
                    "Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The id of what a 201 answer made. */
    public static long id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertTrue(id.find(), created.body());
        return Long.parseLong(id.group(1));
    }
}
