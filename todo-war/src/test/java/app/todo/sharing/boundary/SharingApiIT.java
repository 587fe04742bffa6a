package app.todo.sharing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sharing a list through the API (H1–H5): invitations by name, accepting, roles, removing, leaving. */
class SharingApiIT {

    private static PayaraServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = PayaraServer.sharedTodo();
    }

    @DisplayName("H1, H2, H4, H5: the owner invites a name (an unknown one answers the same), the invited accepts,"
            + " the owner changes the role, a member cannot manage and leaves; strangers see nothing")
    @Test
    void theOwnerInvitesTheInvitedAcceptsAndLeaves() throws Exception {
        String alice = account("alice");
        String bob = account("bob");
        String carol = account("carol");
        long list = id(send(alice, "POST", "api/lists", "{\"name\": \"Groceries\"}"));

        HttpResponse<String> known = send(
                alice,
                "POST",
                "api/lists/" + list + "/people",
                "{\"name\": \"" + name(bob).toUpperCase() + "\", \"role\": \"view\"}");
        HttpResponse<String> unknown = send(
                alice,
                "POST",
                "api/lists/" + list + "/people",
                "{\"name\": \"nobody-" + System.nanoTime() % 100000 + "\", \"role\": \"edit\"}");
        assertEquals(204, known.statusCode(), known.body());
        assertEquals(known.statusCode(), unknown.statusCode(), "an unknown name answers differently");
        assertEquals(known.body(), unknown.body());

        JsonObject people = json(send(alice, "GET", "api/lists/" + list + "/people", null)
                        .body())
                .asJsonObject();
        assertEquals(name(alice), people.getString("owner"));
        assertEquals(0, people.getJsonArray("members").size());
        assertEquals(2, people.getJsonArray("invited").size());

        JsonArray waiting =
                json(send(bob, "GET", "api/invitations", null).body()).asJsonArray();
        assertEquals(1, waiting.size());
        assertEquals("Groceries", waiting.getJsonObject(0).getString("list"));
        assertEquals(name(alice), waiting.getJsonObject(0).getString("owner"));
        assertEquals("view", waiting.getJsonObject(0).getString("role"));
        assertEquals(
                0,
                json(send(carol, "GET", "api/invitations", null).body())
                        .asJsonArray()
                        .size());
        assertEquals(
                404,
                send(carol, "POST", "api/invitations/" + list + "/accept", null).statusCode(),
                "accepting another's invitation");
        assertEquals(
                404, send(carol, "GET", "api/lists/" + list + "/people", null).statusCode());

        assertEquals(
                204,
                send(bob, "POST", "api/invitations/" + list + "/accept", null).statusCode());
        assertEquals(
                0,
                json(send(bob, "GET", "api/invitations", null).body())
                        .asJsonArray()
                        .size());
        people = json(send(bob, "GET", "api/lists/" + list + "/people", null).body())
                .asJsonObject();
        assertEquals(name(bob), people.getJsonArray("members").getJsonObject(0).getString("name"));
        assertEquals("view", people.getJsonArray("members").getJsonObject(0).getString("role"));

        assertEquals(
                403,
                send(
                                bob,
                                "POST",
                                "api/lists/" + list + "/people",
                                "{\"name\": \"" + name(carol) + "\", \"role\": \"edit\"}")
                        .statusCode(),
                "a member invites");
        assertEquals(
                403,
                send(bob, "PATCH", "api/lists/" + list + "/people/" + name(bob), "{\"role\": \"edit\"}")
                        .statusCode(),
                "a member raises their own role");
        assertEquals(
                204,
                send(alice, "PATCH", "api/lists/" + list + "/people/" + name(bob), "{\"role\": \"edit\"}")
                        .statusCode());
        assertEquals(
                "edit",
                json(send(alice, "GET", "api/lists/" + list + "/people", null).body())
                        .asJsonObject()
                        .getJsonArray("members")
                        .getJsonObject(0)
                        .getString("role"));
        assertEquals(
                403,
                send(bob, "DELETE", "api/lists/" + list + "/people/" + name(alice), null)
                        .statusCode());

        assertEquals(
                204,
                send(bob, "DELETE", "api/lists/" + list + "/people/" + name(bob), null)
                        .statusCode(),
                "a member leaves");
        assertEquals(
                404, send(bob, "GET", "api/lists/" + list + "/people", null).statusCode());
        assertEquals(
                0,
                json(send(alice, "GET", "api/lists/" + list + "/people", null).body())
                        .asJsonObject()
                        .getJsonArray("members")
                        .size());
    }

    @DisplayName("H4: the Inbox and oneself cannot be invited to; a bad name or role is 400; at most 50 people a list")
    @Test
    void refusals() throws Exception {
        String dave = account("dave");
        long inbox = json(send(dave, "GET", "api/lists", null).body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                409,
                send(dave, "POST", "api/lists/" + inbox + "/people", "{\"name\": \"someone\", \"role\": \"view\"}")
                        .statusCode());
        long list = id(send(dave, "POST", "api/lists", "{\"name\": \"Team\"}"));
        assertEquals(
                409,
                send(
                                dave,
                                "POST",
                                "api/lists/" + list + "/people",
                                "{\"name\": \"" + name(dave) + "\", \"role\": \"view\"}")
                        .statusCode());
        for (String bad : new String[] {
            "{\"name\": \"a\", \"role\": \"view\"}",
            "{\"name\": \"bob smith\", \"role\": \"view\"}",
            "{\"name\": \"bob\", \"role\": \"admin\"}",
            "{\"name\": \"bob\"}",
            "{\"name\": 5, \"role\": \"view\"}",
            "{\"name\": \"<script>\", \"role\": \"view\"}",
            "{}",
            "[]"
        }) {
            HttpResponse<String> refused = send(dave, "POST", "api/lists/" + list + "/people", bad);
            assertEquals(400, refused.statusCode(), bad + " " + refused.body());
        }
        for (int i = 0; i < 50; i++) {
            assertEquals(
                    204,
                    send(
                                    dave,
                                    "POST",
                                    "api/lists/" + list + "/people",
                                    "{\"name\": \"guest-" + i + "\", \"role\": \"view\"}")
                            .statusCode());
        }
        HttpResponse<String> full =
                send(dave, "POST", "api/lists/" + list + "/people", "{\"name\": \"guest-50\", \"role\": \"view\"}");
        assertEquals(409, full.statusCode());
        assertTrue(full.body().contains("at most 50"), full.body());
        assertEquals(
                204,
                send(dave, "POST", "api/lists/" + list + "/people", "{\"name\": \"guest-7\", \"role\": \"edit\"}")
                        .statusCode(),
                "changing an invitation's role");
    }

    /** "name session" of a new account. */
    private static String account(String prefix) {
        String name = TestAccounts.uniqueName(prefix);
        return name + " " + TestAccounts.create(server.uri("/"), name);
    }

    private static String name(String who) {
        return who.substring(0, who.indexOf(' '));
    }

    private HttpResponse<String> send(String who, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/").resolve(path))
                .header("Cookie", TestAccounts.COOKIE + "=" + who.substring(who.indexOf(' ') + 1))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }
}
