package app.todo.task.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.PayaraServer;
import app.todo.support.TestDatabase;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas behind a load balancer without sticky sessions: a page rendered by one instance is
 * submitted to the other, on the same database, and works.
 */
class StatelessReplicasIT {

    private static PayaraServer first;
    private static PayaraServer second;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstances() {
        first = PayaraServer.startTodo(PayaraServer.testDatabaseEnvironment());
        second = PayaraServer.startTodo(PayaraServer.testDatabaseEnvironment());
    }

    @AfterAll
    static void stop() {
        for (PayaraServer server : new PayaraServer[] {first, second}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @BeforeEach
    void emptyList() {
        TestDatabase.deleteAllTasks();
    }

    @Test
    void aFormRenderedByOneInstanceIsAcceptedByTheOther() throws Exception {
        HttpResponse<String> page = get(first, "/");
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "the page opened a server-side session");

        Map<String, String> add = form(page.body(), "add");
        add.put("add:title", "Added through the second instance");
        add.put("add:add", "Add");
        HttpResponse<String> added = post(second, add);
        assertEquals(302, added.statusCode(), "the second instance did not accept the first one's form");
        assertEquals(List.of("Added through the second instance"), TestDatabase.titles());

        HttpResponse<String> pageWithTask = get(second, "/");
        Map<String, String> row = form(pageWithTask.body(), "row-");
        row.put("op", "done");
        HttpResponse<String> toggled = post(first, row);
        assertEquals(302, toggled.statusCode());
        assertTrue(TestDatabase.isDone("Added through the second instance"));
        assertTrue(get(first, "/").body().contains("Done"));
    }

    private HttpResponse<String> get(PayaraServer server, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response;
    }

    private HttpResponse<String> post(PayaraServer server, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(server.uri("/index.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The hidden fields of the first form whose id starts so, as a browser would submit them. */
    private static Map<String, String> form(String html, String id) {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(id) + "[^\"]*\".*?</form>", Pattern.DOTALL).matcher(html);
        assertTrue(form.find(), "no form " + id);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"(?: id=\"[^\"]*\")? value=\"([^\"]*)\"")
                .matcher(form.group());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        return fields;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
