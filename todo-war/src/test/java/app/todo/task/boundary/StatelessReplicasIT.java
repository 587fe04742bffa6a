package app.todo.task.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.ApiCalls;
import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two replicas behind a load balancer without sticky sessions: a person signed in on one instance acts on the
 * other, on the same database, and signing out ends the session on both. And a change comes from this site's own
 * pages only.
 */
class StatelessReplicasIT {

    private static PayaraServer first;
    private static PayaraServer second;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeAll
    static void startTwoInstances() {
        List<PayaraServer> both = PayaraServer.together(
                PayaraServer::sharedTodo, () -> PayaraServer.startTodo(PayaraServer.testDatabaseEnvironment()));
        first = both.get(0);
        second = both.get(1);
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

    @DisplayName("T12, A9, A10: signed in on one replica, a person acts on the other, and signing out ends it on both")
    @Test
    void signedInOnOneInstanceThePersonActsAndSignsOutOnTheOther() throws Exception {
        String session = TestAccounts.create(first.uri("/"), TestAccounts.uniqueName("replicas"));
        HttpResponse<String> page = get(first, "/", session);
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "the page opened a server-side session");

        Map<String, String> add = form(page.body(), "add");
        add.put("add:title", "Added through the second instance");
        add.put("add:add", "Add");
        HttpResponse<String> added = post(second, add, session, origin(second));
        assertEquals(302, added.statusCode(), "the second instance did not accept the first one's form");
        assertEquals(List.of("Added through the second instance"), TestDatabase.titles());

        HttpResponse<String> pageWithTask = get(second, "/", session);
        Map<String, String> row = form(pageWithTask.body(), "rows");
        row.put("done", buttonValue(pageWithTask.body(), "done"));
        HttpResponse<String> toggled = post(first, row, session, origin(first));
        assertEquals(302, toggled.statusCode());
        assertTrue(TestDatabase.isDone("Added through the second instance"));
        assertTrue(get(first, "/", session).body().contains("Done"));

        Map<String, String> signOut = form(get(second, "/", session).body(), "account");
        signOut.put("account:signOut", "Sign out");
        HttpResponse<String> signedOut = post(second, signOut, session, origin(second));
        assertEquals(302, signedOut.statusCode());
        assertTrue(signedOut.headers().firstValue("Location").orElse("").endsWith("/signin.xhtml"));
        for (PayaraServer server : new PayaraServer[] {first, second}) {
            HttpResponse<String> old = send(
                    server,
                    HttpRequest.newBuilder(server.uri("/"))
                            .header("Cookie", TestAccounts.COOKIE + "=" + session)
                            .build());
            assertEquals(302, old.statusCode(), "the old cookie still signs in on " + server.baseUrl());
            assertTrue(old.headers().firstValue("Location").orElse("").endsWith("/signin.xhtml"));
        }
    }

    @DisplayName(
            "T5, T7: a row's tick on a task changed meanwhile on the other replica is refused and says so; a forged"
                    + " button value changes nothing")
    @Test
    void aRowsButtonActsOnTheVersionThePersonSaw() throws Exception {
        String session = TestAccounts.create(first.uri("/"), TestAccounts.uniqueName("rowversion"));
        addThroughTheForm(session, "Seen at version 0");
        String seen = get(first, "/", session).body();
        Map<String, String> row = form(seen, "rows");
        String taskAndVersion = buttonValue(seen, "done");

        TestDatabase.execute("UPDATE task SET title = 'Changed meanwhile', version = version + 1");
        Map<String, String> tick = new LinkedHashMap<>(row);
        tick.put("done", taskAndVersion);
        HttpResponse<String> stale = post(second, tick, session, origin(second));
        assertEquals(200, stale.statusCode());
        assertTrue(stale.body().contains("Someone else changed this task meanwhile"), stale.body());
        assertTrue(stale.body().contains("Changed meanwhile"), "the list does not show what is stored");
        assertFalse(TestDatabase.isDone("Changed meanwhile"), "the tick was applied to a task the person did not see");

        for (String forged : new String[] {"", "abc", "1.", ".1", "-1.0", "1.2.3", "99999999999999999999.0", "1 .0"}) {
            Map<String, String> odd = new LinkedHashMap<>(row);
            odd.put("done", forged);
            odd.put("delete", forged);
            HttpResponse<String> ignored = post(first, odd, session, origin(first));
            assertEquals(200, ignored.statusCode(), forged);
            assertEquals(List.of("Changed meanwhile"), TestDatabase.titles(), forged);
        }
        Map<String, String> someoneElses = new LinkedHashMap<>(row);
        someoneElses.put("delete", "999999999.0");
        HttpResponse<String> gone = post(first, someoneElses, session, origin(first));
        assertTrue(gone.body().contains("This task no longer exists"), gone.body());
        assertEquals(List.of("Changed meanwhile"), TestDatabase.titles());
    }

    @DisplayName("O2: an order set on one replica is the order on the other")
    @Test
    void anOrderSetOnOneReplicaIsTheOrderOnTheOther() throws Exception {
        String session = TestAccounts.create(first.uri("/"), TestAccounts.uniqueName("order"));
        addThroughTheForm(session, "First");
        addThroughTheForm(session, "Second");
        String page = get(second, "/", session).body();
        Map<String, String> row = form(page, "rows");
        Matcher up =
                Pattern.compile("<button [^>]*name=\"up\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(up.find() && up.find(), "no Move up on the second row");
        row.put("up", up.group(1));
        assertEquals(302, post(second, row, session, origin(second)).statusCode());
        assertEquals(
                List.of("Second", "First"), titlesShown(get(first, "/", session).body()));
    }

    /** The titles of the page's rows, in order. */
    private static List<String> titlesShown(String html) {
        Matcher title = Pattern.compile("<span class=\"title\" id=\"title-\\d+\"[^>]*>([^<]*)</span>")
                .matcher(html);
        List<String> titles = new java.util.ArrayList<>();
        while (title.find()) {
            titles.add(title.group(1));
        }
        return titles;
    }

    @DisplayName("A11: a post from another site or without the form token, or a link carrying a form, changes nothing")
    @Test
    void onlyThisSitesOwnPostsChangeAnything() throws Exception {
        String session = TestAccounts.create(first.uri("/"), TestAccounts.uniqueName("forgery"));
        Map<String, String> add = addThroughTheForm(session, "Mine");
        String pageWithTask = get(first, "/", session).body();
        Map<String, String> row = form(pageWithTask, "rows");
        String taskAndVersion = buttonValue(pageWithTask, "delete");
        String version = taskAndVersion.substring(taskAndVersion.indexOf('.') + 1);

        // A foreign page's form, posted with the person's cookie: refused, whichever header tells.
        Map<String, String> foreignAdd = new LinkedHashMap<>(add);
        foreignAdd.put("add:title", "Forged");
        HttpResponse<String> foreign = post(first, foreignAdd, session, "https://evil.example");
        assertEquals(403, foreign.statusCode());
        HttpResponse<String> crossSite = send(
                first,
                formPost(first, foreignAdd, session)
                        .header("Sec-Fetch-Site", "cross-site")
                        .build());
        assertEquals(403, crossSite.statusCode());
        // The right origin, but not a form this site gave (no form token): refused too.
        Map<String, String> tokenless = new LinkedHashMap<>(foreignAdd);
        tokenless.remove("form-token");
        assertEquals(403, post(first, tokenless, session, origin(first)).statusCode());
        // A link or an image carrying the row's fields: refused, nothing deleted.
        row.put("delete", taskAndVersion);
        String query = row.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> link = send(
                first,
                HttpRequest.newBuilder(first.uri("/index.xhtml?" + query))
                        .header("Cookie", TestAccounts.COOKIE + "=" + session)
                        .build());
        assertEquals(400, link.statusCode());
        assertEquals(List.of("Mine"), TestDatabase.titles());
        assertEquals(List.of(version), TestDatabase.strings("SELECT version FROM task"));

        // The same row post from the page itself: it does change (so that the refusals above prove something).
        HttpResponse<String> own = send(
                first,
                formPost(first, row, session)
                        .header("Origin", origin(first))
                        .header("Sec-Fetch-Site", "same-origin")
                        .build());
        assertEquals(302, own.statusCode());
        assertEquals(List.of(), TestDatabase.titles());
    }

    @DisplayName("A14: a token made on one replica works on the other, is shown once there, and revoked on the first it"
            + " is refused on the other at once")
    @Test
    void aTokenRevokedOnOneReplicaIsRefusedOnTheOther() throws Exception {
        String session = TestAccounts.create(first.uri("/"), TestAccounts.uniqueName("revoke"));
        Map<String, String> create = form(get(first, "/tokens.xhtml", session).body(), "create");
        create.put("create:name", "Nightly export");
        create.put("create:access", "false");
        create.put("create:expires", "DAYS_30");
        create.put("create:submit", "Create token");
        HttpResponse<String> made = send(
                first,
                formPost(first, "/tokens.xhtml", create, session)
                        .header("Origin", origin(first))
                        .build());
        assertEquals(302, made.statusCode(), "a creation is not answered by a redirect: a reload would make another");
        String shownOnce = made.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("todo_new_token="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
        String token = shownOnce.substring("todo_new_token=".length());

        HttpResponse<String> shown = send(
                second,
                HttpRequest.newBuilder(second.uri("/tokens.xhtml"))
                        .header("Cookie", TestAccounts.COOKIE + "=" + session + "; " + shownOnce)
                        .build());
        assertTrue(shown.body().contains("value=\"" + token + "\""), "the other replica does not show the new token");
        assertFalse(get(second, "/tokens.xhtml", session).body().contains(token), "shown twice");
        assertEquals(200, withToken(second, token));

        Map<String, String> revoke = form(shown.body(), "tokens");
        revoke.put("revoke", buttonValue(shown.body(), "revoke"));
        HttpResponse<String> revoked = send(
                first,
                formPost(first, "/tokens.xhtml", revoke, session)
                        .header("Origin", origin(first))
                        .build());
        assertTrue(revoked.body().contains("Token “Nightly export” revoked"), revoked.body());
        assertEquals(401, withToken(second, token), "the other replica still takes the revoked token");
        assertEquals(401, withToken(first, token));
    }

    private int withToken(PayaraServer server, String token) throws IOException, InterruptedException {
        return send(
                        server,
                        HttpRequest.newBuilder(server.uri("/api/tasks"))
                                .header("Authorization", "Bearer " + token)
                                .build())
                .statusCode();
    }

    @DisplayName(
            "A11, A14, C1, X2, H1, H2: the forms of API tokens, the calendar feed, import, sharing and invitations,"
                    + " posted from another origin or without the form token, change nothing")
    @Test
    void theNewFormsRefuseForeignPosts() throws Exception {
        String name = TestAccounts.uniqueName("forgery2");
        String session = TestAccounts.create(first.uri("/"), name);
        Map<String, String> token = form(get(first, "/tokens.xhtml", session).body(), "create");
        token.put("create:name", "Forged");
        token.put("create:access", "true");
        token.put("create:expires", "NEVER");
        token.put("create:submit", "Create token");
        Map<String, String> feed = form(get(first, "/calendar.xhtml", session).body(), "calendar");
        feed.put("calendar:create", "Create feed address");
        Map<String, String> upload = form(get(first, "/transfer.xhtml", session).body(), "import");
        upload.put("import:submit", "Import");
        long list = ApiCalls.id(ApiCalls.call(first.uri("/"), session, "POST", "api/lists", "{\"name\": \"Team\"}"));
        Map<String, String> share =
                form(get(first, "/share.xhtml?list=" + list, session).body(), "invite");
        share.put("invite:name", "someone");
        share.put("invite:role", "EDIT");
        share.put("invite:submit", "Invite");
        // An invitation waiting for this person, whose "Accept" is forged.
        String owner = TestAccounts.create(first.uri("/"), TestAccounts.uniqueName("forgery3"));
        long offered =
                ApiCalls.id(ApiCalls.call(first.uri("/"), owner, "POST", "api/lists", "{\"name\": \"Offered\"}"));
        assertEquals(
                204,
                ApiCalls.call(
                                first.uri("/"),
                                owner,
                                "POST",
                                "api/lists/" + offered + "/people",
                                "{\"name\": \"" + name + "\", \"role\": \"edit\"}")
                        .statusCode());
        Map<String, String> accept =
                form(get(first, "/invitations.xhtml", session).body(), "invitations");
        accept.put("accept", String.valueOf(offered));
        for (Map.Entry<String, Map<String, String>> page : Map.of(
                        "/tokens.xhtml",
                        token,
                        "/calendar.xhtml",
                        feed,
                        "/transfer.xhtml",
                        upload,
                        "/share.xhtml",
                        share,
                        "/invitations.xhtml",
                        accept)
                .entrySet()) {
            HttpResponse<String> foreign = send(
                    first,
                    formPost(first, page.getKey(), page.getValue(), session)
                            .header("Origin", "https://evil.example")
                            .build());
            assertEquals(403, foreign.statusCode(), page.getKey());
            Map<String, String> tokenless = new LinkedHashMap<>(page.getValue());
            tokenless.remove("form-token");
            HttpResponse<String> withoutToken = send(
                    first,
                    formPost(first, page.getKey(), tokenless, session)
                            .header("Origin", origin(first))
                            .build());
            assertEquals(403, withoutToken.statusCode(), page.getKey());
        }
        assertEquals(
                List.of("0", "0"),
                TestDatabase.strings("SELECT CAST(COUNT(*) AS VARCHAR) FROM api_token WHERE name = 'Forged' UNION ALL"
                        + " SELECT CAST(COUNT(*) AS VARCHAR) FROM calendar_feed f JOIN account a ON a.id = f.account_id"
                        + " WHERE a.name LIKE 'forgery2-%'"));
        assertEquals(List.of(), TestDatabase.strings("SELECT name FROM list_invitation WHERE name = 'someone'"));
        assertEquals(
                List.of("0"),
                TestDatabase.strings("SELECT CAST(COUNT(*) AS VARCHAR) FROM list_member WHERE list_id = ?", offered),
                "a forged Accept made a member");
    }

    @DisplayName("A11, A14, H5: a link (GET) naming a token to revoke or a person to remove changes nothing")
    @Test
    void aLinkChangesNothingOnTheNewPages() throws Exception {
        String session = TestAccounts.create(first.uri("/"), TestAccounts.uniqueName("links"));
        Map<String, String> create = form(get(first, "/tokens.xhtml", session).body(), "create");
        create.put("create:name", "Kept");
        create.put("create:access", "false");
        create.put("create:expires", "NEVER");
        create.put("create:submit", "Create token");
        send(
                first,
                formPost(first, "/tokens.xhtml", create, session)
                        .header("Origin", origin(first))
                        .build());
        String id = TestDatabase.strings("SELECT CAST(t.id AS VARCHAR) FROM api_token t JOIN account a"
                        + " ON a.id = t.account_id WHERE a.name LIKE 'links-%' ORDER BY t.id DESC LIMIT 1")
                .get(0);
        assertEquals(200, get(first, "/tokens.xhtml?revoke=" + id, session).statusCode());
        assertEquals(List.of("Kept"), TestDatabase.strings("SELECT name FROM api_token WHERE id = " + id));
    }

    /** Adds a task through the first replica's add form; answers the form's fields as posted. */
    private Map<String, String> addThroughTheForm(String session, String title) throws Exception {
        Map<String, String> add = form(get(first, "/", session).body(), "add");
        add.put("add:title", title);
        add.put("add:add", "Add");
        assertEquals(302, post(first, add, session, origin(first)).statusCode());
        return add;
    }

    private static String origin(PayaraServer server) {
        return "http://127.0.0.1:" + server.uri("/").getPort();
    }

    private HttpResponse<String> get(PayaraServer server, String path, String session)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(
                server,
                HttpRequest.newBuilder(server.uri(path))
                        .header("Cookie", TestAccounts.COOKIE + "=" + session)
                        .build());
        assertEquals(200, response.statusCode());
        return response;
    }

    private HttpResponse<String> post(PayaraServer server, Map<String, String> fields, String session, String origin)
            throws IOException, InterruptedException {
        return send(
                server,
                formPost(server, fields, session).header("Origin", origin).build());
    }

    private static HttpRequest.Builder formPost(PayaraServer server, Map<String, String> fields, String session) {
        return formPost(server, "/index.xhtml", fields, session);
    }

    private static HttpRequest.Builder formPost(
            PayaraServer server, String page, Map<String, String> fields, String session) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(server.uri(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", TestAccounts.COOKIE + "=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(PayaraServer server, HttpRequest request)
            throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The hidden fields of the first form whose id starts so, as a browser would submit them. */
    private static Map<String, String> form(String html, String id) {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(id) + "[^\"]*\".*?</form>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(form.find(), "no form " + id);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile(
                        "<input type=\"hidden\" name=\"([^\"]+)\"(?: id=\"[^\"]*\")? value=\"([^\"]*)\"")
                .matcher(form.group());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        return fields;
    }

    /** What the first button of that name posts (a row's task and version, {@code 12.3}). */
    private static String buttonValue(String html, String name) {
        Matcher button = Pattern.compile("<button [^>]*name=\"" + name + "\" value=\"([^\"]+)\"")
                .matcher(html);
        assertTrue(button.find(), "no button " + name);
        return button.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
