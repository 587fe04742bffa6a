package app.todo.task.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The /api/tasks resource through a JAX-RS client, against the WAR on Payara Micro and PostgreSQL. */
class TaskApiIT {

    private static PayaraServer server;

    @BeforeAll
    static void start() {
        server = PayaraServer.sharedTodo();
    }

    private Client client;
    private WebTarget tasks;
    private String name;
    private String session;

    @BeforeEach
    void connect() {
        TestDatabase.deleteAllTasks();
        URI base = server.uri("/");
        name = TestAccounts.uniqueName("api");
        session = TestAccounts.create(base, name);
        client = ClientBuilder.newClient().register(TestAccounts.cookie(session));
        tasks = client.target(base).path("api/tasks");
    }

    @DisplayName("A4, A8: without an account the API answers 401 with a Basic challenge; wrong credentials are told so")
    @Test
    void withoutCredentialsTheApiAnswers401WithAChallenge() {
        try (Client anonymous = ClientBuilder.newClient();
                Response response = anonymous
                        .target(server.uri("/"))
                        .path("api/tasks")
                        .request()
                        .get()) {
            assertTrue(response.getHeaderString("WWW-Authenticate").startsWith("Basic realm="));
            assertTrue(problem(response, 401).getString("detail").contains("Basic"));
        }
        try (Client wrong = ClientBuilder.newClient().register(TestAccounts.basic(name, "not the password at all"));
                Response response = wrong.target(server.uri("/"))
                        .path("api/tasks")
                        .request()
                        .get()) {
            assertEquals(
                    "The user name or password is wrong", problem(response, 401).getString("detail"));
        } finally {
            TestDatabase.execute("DELETE FROM sign_in_failure");
        }
    }

    @DisplayName("A5: after five wrong passwords even the right one gets 429 with Retry-After")
    @Test
    void afterFiveWrongPasswordsBasicAnswers429WithRetryAfter() {
        try (Client wrong = ClientBuilder.newClient().register(TestAccounts.basic(name, "a wrong guess, again"));
                Client right = ClientBuilder.newClient().register(TestAccounts.basic(name, TestAccounts.PASSWORD))) {
            WebTarget guessed = wrong.target(server.uri("/")).path("api/tasks");
            for (int i = 0; i < 5; i++) {
                try (Response response = guessed.request().get()) {
                    problem(response, 401);
                }
            }
            try (Response response =
                    right.target(server.uri("/")).path("api/tasks").request().get()) {
                JsonObject problem = problem(response, 429);
                long retryAfter = Long.parseLong(response.getHeaderString("Retry-After"));
                assertTrue(retryAfter > 800 && retryAfter <= 900, "Retry-After " + retryAfter);
                assertTrue(
                        problem.getString("detail").contains("try again in " + retryAfter + " seconds"),
                        problem.toString());
            }
        } finally {
            TestDatabase.execute("DELETE FROM sign_in_failure"); // the tests all come from 127.0.0.1
        }
    }

    @DisplayName("A8: HTTP Basic reads and writes the same list as the page, and no owner shows")
    @Test
    void basicCredentialsReadAndWriteTheAccountsOwnList() {
        created("Through the cookie");
        try (Client basic = ClientBuilder.newClient().register(TestAccounts.basic(name, TestAccounts.PASSWORD))) {
            WebTarget own = basic.target(server.uri("/")).path("api/tasks");
            try (Response response = own.request().post(Entity.json("{\"title\": \"Through Basic\"}"))) {
                assertEquals(201, response.getStatus());
            }
            JsonObject listing = own.request().get(JsonObject.class);
            assertEquals(
                    List.of("Through the cookie", "Through Basic"),
                    listing.getJsonArray("tasks").stream()
                            .map(task -> task.asJsonObject().getString("title"))
                            .toList());
            assertFalse(listing.toString().contains("owner"), "the owner leaked into the answer");
        }
    }

    @DisplayName("T5: another account's task is 404 to read, change or delete, and stays as it was")
    @Test
    void anotherAccountsTaskIsNotFoundForGetPatchAndDelete() {
        long id = created("Only mine").getJsonNumber("id").longValue();
        URI base = server.uri("/");
        try (Client other = ClientBuilder.newClient()
                .register(TestAccounts.cookie(TestAccounts.create(base, TestAccounts.uniqueName("other"))))) {
            WebTarget theirs = other.target(base).path("api/tasks");
            try (Response response = theirs.path(String.valueOf(id)).request().get()) {
                assertEquals("There is no task " + id, problem(response, 404).getString("detail"));
            }
            try (Response response = theirs.path(String.valueOf(id))
                    .request()
                    .method("PATCH", Entity.json("{\"done\": true, \"title\": \"Taken\"}"))) {
                problem(response, 404);
            }
            try (Response response = theirs.path(String.valueOf(id)).request().delete()) {
                problem(response, 404);
            }
            assertEquals(
                    0,
                    theirs.request().get(JsonObject.class).getJsonArray("tasks").size());
        }
        assertEquals(List.of("Only mine"), TestDatabase.titles());
        assertFalse(TestDatabase.isDone("Only mine"));
    }

    @DisplayName("T9: an account of 10,000 tasks refuses the next one with 409, nothing stored; a delete makes room")
    @Test
    void aFullListRefusesTheNextTaskAndStoresNothing() {
        TestDatabase.execute("INSERT INTO task (title, done, created_at, version, owner_id, list_id)"
                + " SELECT 'Task ' || n, FALSE, NOW(), 0, (SELECT id FROM account WHERE name_key = '" + name + "'), "
                + TestDatabase.inboxOf(name) + " FROM generate_series(1, 9999) n");
        long last = created("The ten thousandth").getJsonNumber("id").longValue();
        try (Response response = post("{\"title\": \"One too many\"}")) {
            JsonObject problem = problem(response, 409);
            assertTrue(problem.getString("detail").contains("10000 tasks"), problem.toString());
        }
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM task WHERE title = 'One too many'"));
        try (Response deleted = tasks.path(String.valueOf(last)).request().delete()) {
            assertEquals(204, deleted.getStatus());
        }
        created("Now there is room");
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @DisplayName(
            "T9, T10: adds at once, more than the database pool holds, are all taken: none waits on a second connection")
    @Test
    void manyAddsAtOnceAreAllTaken() throws Exception {
        int clients = 40; // more than the pool's 16 connections and the 24 HTTP workers
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < clients; i++) {
                java.net.http.HttpRequest add = java.net.http.HttpRequest.newBuilder(server.uri("/api/tasks"))
                        .header("Cookie", TestAccounts.COOKIE + "=" + session)
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\": \"At once " + i + "\"}"))
                        .build();
                answers.add(pool.submit(() -> {
                    go.await();
                    return http.send(add, java.net.http.HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertEquals(201, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(clients, TestDatabase.titles().size());
    }

    private Response post(String json) {
        return tasks.request(MediaType.APPLICATION_JSON).post(Entity.json(json));
    }

    private JsonObject created(String title) {
        try (Response response = post("{\"title\": \"" + title + "\"}")) {
            assertEquals(201, response.getStatus());
            return response.readEntity(JsonObject.class);
        }
    }

    private static JsonObject problem(Response response, int status) {
        assertEquals(status, response.getStatus());
        assertEquals(
                "application/problem+json",
                response.getMediaType().getType() + "/"
                        + response.getMediaType().getSubtype());
        JsonObject problem = response.readEntity(JsonObject.class);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.toString().contains("Exception"), "a stack trace or exception name leaked: " + problem);
        return problem;
    }

    @DisplayName("T1: adding stores a trimmed, pending task and answers 201 with its location")
    @Test
    void postCreatesATrimmedTaskWithItsLocation() {
        try (Response response = post("{\"title\": \"  Buy milk  \"}")) {
            assertEquals(201, response.getStatus());
            JsonObject task = response.readEntity(JsonObject.class);
            assertEquals("Buy milk", task.getString("title"));
            assertFalse(task.getBoolean("done"));
            assertEquals(0, task.getInt("version"));
            URI location = response.getLocation();
            assertNotNull(location);
            assertTrue(location.getPath()
                    .endsWith("/api/tasks/" + task.getJsonNumber("id").longValue()));
            try (Response read =
                    client.target(location).request(MediaType.APPLICATION_JSON).get()) {
                assertEquals(200, read.getStatus());
                assertEquals("Buy milk", read.readEntity(JsonObject.class).getString("title"));
            }
        }
        assertEquals(List.of("Buy milk"), TestDatabase.titles());
    }

    @DisplayName("T2, T3, T11: an invalid title is refused with 400 naming the field, nothing stored")
    @Test
    void invalidTitlesAreRefusedWithTheFieldNamedAndNothingStored() {
        String[][] cases = {
            {"{\"title\": \"   \"}", "Please enter a task"},
            {"{}", "Please enter a task"},
            {"{\"title\": null}", "Please enter a task"},
            {"{\"title\": 42}", "title must be a string"},
            {"{\"title\": [\"a\"]}", "title must be a string"},
            {"{\"title\": \"" + "x".repeat(201) + "\"}", "A task has at most 200 characters"},
        };
        for (String[] refused : cases) {
            try (Response response = post(refused[0])) {
                JsonObject problem = problem(response, 400);
                assertEquals("title", problem.getString("field"), refused[0]);
                assertEquals(refused[1], problem.getString("detail"), refused[0]);
            }
        }
        assertTrue(TestDatabase.titles().isEmpty());
    }

    @DisplayName("T11: malformed JSON or a body that is no object is 400, a form 415, nothing stored")
    @Test
    void malformedOrNonObjectBodiesAreBadRequests() {
        for (String body : new String[] {"{\"title\": ", "not json", "[1, 2]", "\"just a string\"", ""}) {
            try (Response response = post(body)) {
                problem(response, 400);
            }
        }
        try (Response response =
                tasks.request().post(Entity.entity("title=x", MediaType.APPLICATION_FORM_URLENCODED))) {
            problem(response, 415);
        }
        assertTrue(TestDatabase.titles().isEmpty());
    }

    @DisplayName("T7, T11: the API filters by state and pages; a bad query parameter is 400 naming it")
    @Test
    void listFiltersByStateAndPages() {
        created("First");
        long second = created("Second").getJsonNumber("id").longValue();
        created("Third");
        try (Response done =
                tasks.path(String.valueOf(second)).request().method("PATCH", Entity.json("{\"done\": true}"))) {
            assertEquals(200, done.getStatus());
            assertTrue(done.readEntity(JsonObject.class).getBoolean("done"));
        }

        JsonObject all = tasks.request(MediaType.APPLICATION_JSON).get(JsonObject.class);
        assertEquals(List.of("First", "Second", "Third"), titles(all.getJsonArray("tasks")));
        assertEquals(3, all.getInt("matching"));
        assertEquals(2, all.getInt("pending"));

        JsonObject onlyDone = tasks.queryParam("done", "true")
                .request(MediaType.APPLICATION_JSON)
                .get(JsonObject.class);
        assertEquals(List.of("Second"), titles(onlyDone.getJsonArray("tasks")));
        JsonObject pendingPage2 = tasks.queryParam("done", "false")
                .queryParam("size", "1")
                .queryParam("page", "2")
                .request(MediaType.APPLICATION_JSON)
                .get(JsonObject.class);
        assertEquals(List.of("Third"), titles(pendingPage2.getJsonArray("tasks")));

        for (String[] query : new String[][] {{"done", "maybe"}, {"page", "0"}, {"page", "abc"}, {"size", "101"}}) {
            try (Response response =
                    tasks.queryParam(query[0], query[1]).request().get()) {
                assertEquals(query[0], problem(response, 400).getString("field"));
            }
        }
    }

    private static List<String> titles(JsonArray tasks) {
        return tasks.getValuesAs(JsonObject.class).stream()
                .map(task -> task.getString("title"))
                .toList();
    }

    @DisplayName("T6, T11: a rename with the version seen is taken; a stale version is 409, a wrong type 400")
    @Test
    void patchRenamesAndALostUpdateIsAConflict() {
        JsonObject task = created("Draft");
        WebTarget one = tasks.path(task.getJsonNumber("id").toString());
        try (Response renamed = one.request().method("PATCH", Entity.json("{\"title\": \"Final\", \"version\": 0}"))) {
            assertEquals(200, renamed.getStatus());
            JsonObject body = renamed.readEntity(JsonObject.class);
            assertEquals("Final", body.getString("title"));
            assertEquals(1, body.getInt("version"));
        }
        try (Response stale = one.request().method("PATCH", Entity.json("{\"title\": \"Lost\", \"version\": 0}"))) {
            problem(stale, 409);
        }
        try (Response empty = one.request().method("PATCH", Entity.json("{\"title\": \"\"}"))) {
            assertEquals("title", problem(empty, 400).getString("field"));
        }
        try (Response wrongType = one.request().method("PATCH", Entity.json("{\"done\": \"yes\"}"))) {
            assertEquals("done", problem(wrongType, 400).getString("field"));
        }
        try (Response nothing = one.request().method("PATCH", Entity.json("{}"))) {
            assertEquals(200, nothing.getStatus(), "an empty merge patch changes nothing");
            assertEquals("Final", nothing.readEntity(JsonObject.class).getString("title"));
        }
        assertEquals(List.of("Final"), TestDatabase.titles());
    }

    @DisplayName("T5: a deleted task is gone, and a deleted or malformed id is 404")
    @Test
    void deleteRemovesTheTaskAndUnknownIdsAreNotFound() {
        JsonObject task = created("Temporary");
        WebTarget one = tasks.path(task.getJsonNumber("id").toString());
        try (Response deleted = one.request().delete()) {
            assertEquals(204, deleted.getStatus());
        }
        assertTrue(TestDatabase.titles().isEmpty());
        try (Response again = one.request().delete()) {
            problem(again, 404);
        }
        try (Response missing = one.request().get()) {
            problem(missing, 404);
        }
        try (Response patch = one.request().method("PATCH", Entity.json("{\"done\": true}"))) {
            problem(patch, 404);
        }
        for (String id : new String[] {"abc", "-1", "1.5", "99999999999999999999999", "%3Cscript%3E"}) {
            try (Response response = tasks.path(id).request().get()) {
                problem(response, 404);
            }
        }
    }

    /**
     * Many clients read a task, change it with the version they read, toggle it, and some delete it: every
     * answer is 200, 204, 404 or 409, never 500, and no update is lost: the stored version counts exactly the
     * changes that were answered 200.
     */
    @DisplayName("T6: many clients editing one task lose no update and never get an error")
    @Test
    void concurrentEditsLoseNoUpdateAndNeverFail() throws Exception {
        long id = created("Contended").getJsonNumber("id").longValue();
        long spare = created("Deleted under load").getJsonNumber("id").longValue();
        int clients = 8;
        int rounds = 15;
        java.util.concurrent.ConcurrentLinkedQueue<Integer> statuses =
                new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger applied = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.util.List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            work.add(pool.submit(() -> {
                Client own = ClientBuilder.newClient().register(TestAccounts.cookie(session));
                try {
                    WebTarget task = own.target(tasks.getUri()).path(String.valueOf(id));
                    for (int round = 0; round < rounds; round++) {
                        int version;
                        try (Response read = task.request().get()) {
                            statuses.add(read.getStatus());
                            version = read.readEntity(JsonObject.class).getInt("version");
                        }
                        // Every change carries a new title, so that each accepted one makes a new version.
                        String change = "{\"title\": \"client " + client + " round " + round + "\", \"done\": "
                                + (round % 2 == 0) + ", \"version\": " + version + "}";
                        try (Response patched = task.request().method("PATCH", Entity.json(change))) {
                            statuses.add(patched.getStatus());
                            if (patched.getStatus() == 200) {
                                applied.incrementAndGet();
                            }
                        }
                        if (round == rounds - 1) {
                            try (Response deleted = own.target(tasks.getUri())
                                    .path(String.valueOf(spare))
                                    .request()
                                    .delete()) {
                                statuses.add(deleted.getStatus());
                            }
                        }
                    }
                } finally {
                    own.close();
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> done : work) {
            done.get(2, java.util.concurrent.TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertTrue(
                statuses.stream()
                        .allMatch(status -> java.util.Set.of(200, 204, 404, 409).contains(status)),
                "unexpected statuses: " + statuses);
        assertEquals(1, statuses.stream().filter(status -> status == 204).count(), "exactly one delete succeeds");
        assertTrue(applied.get() > 0 && statuses.contains(409), "the race was not exercised: " + applied + " applied");
        JsonObject stored = tasks.path(String.valueOf(id))
                .request(MediaType.APPLICATION_JSON)
                .get(JsonObject.class);
        assertEquals(applied.get(), stored.getInt("version"), "an update was lost or counted twice");
        assertEquals(
                List.of(stored.getString("title")),
                TestDatabase.titles(),
                "only the contended task remains, stored as the API reads it");
    }

    @Test
    void theApiDescribesItselfOnlyThroughOpenApiNotWadl() {
        URI root = server.uri("/").resolve("/");
        try (Response wadl =
                client.target(root).path("api/application.wadl").request().get()) {
            assertEquals(404, wadl.getStatus());
        }
        try (Response options = tasks.request().options()) {
            assertFalse(options.readEntity(String.class).contains("wadl"), "OPTIONS answered a WADL");
        }
    }

    @Test
    void healthAndOpenApiAreServed() {
        URI root = server.uri("/").resolve("/");
        try (Response ready = client.target(root).path("health/ready").request().get()) {
            assertEquals(200, ready.getStatus());
            assertTrue(ready.readEntity(String.class).contains("\"database\""));
        }
        // The document is the application's own (OpenApiDocument), at its context root.
        try (Response openapi =
                client.target(server.uri("/")).path("openapi").request().get()) {
            assertEquals(200, openapi.getStatus());
            assertTrue(openapi.readEntity(String.class).contains("/api/tasks"));
        }
    }
}
