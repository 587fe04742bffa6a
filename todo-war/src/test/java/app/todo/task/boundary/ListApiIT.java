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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * /api/lists and the tasks' fields (lists, dates, notes, priority), merge patch, ETags, and search across the lists,
 * on PostgreSQL.
 */
class ListApiIT {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static PayaraServer server;

    @BeforeAll
    static void start() {
        server = PayaraServer.sharedTodo();
    }

    private Client client;
    private WebTarget lists;
    private WebTarget tasks;

    @BeforeEach
    void connect() {
        URI base = server.uri("/");
        client = ClientBuilder.newClient()
                .register(TestAccounts.cookie(TestAccounts.create(base, TestAccounts.uniqueName("lists"))));
        lists = client.target(base).path("api/lists");
        tasks = client.target(base).path("api/tasks");
    }

    @AfterEach
    void close() {
        client.close();
    }

    @DisplayName("L1, L4: an account starts with its Inbox; lists are created last, renamed, moved and deleted")
    @Test
    void listsAreCreatedRenamedMovedAndDeleted() {
        JsonArray start = lists.request().get(JsonArray.class);
        assertEquals(1, start.size());
        JsonObject inbox = start.getJsonObject(0);
        assertEquals("Inbox", inbox.getString("name"));
        assertTrue(inbox.getBoolean("inbox"));

        JsonObject work;
        try (Response created = lists.request().post(Entity.json("{\"name\": \"  Work  \"}"))) {
            assertEquals(201, created.getStatus());
            assertNotNull(created.getLocation());
            assertEquals("\"0\"", created.getHeaderString("ETag"));
            work = created.readEntity(JsonObject.class);
        }
        assertEquals("Work", work.getString("name"), "trimmed");
        assertEquals(1, work.getInt("position"));
        assertEquals(0, work.getInt("openCount"));
        WebTarget one = lists.path(String.valueOf(work.getJsonNumber("id").longValue()));

        task("{\"title\": \"In Work\", \"listId\": " + work.getJsonNumber("id") + "}");
        task("{\"title\": \"In the Inbox\"}");
        assertEquals(1, one.request().get(JsonObject.class).getInt("openCount"));

        try (Response renamed = one.request()
                .header("If-Match", "\"0\"")
                .method("PATCH", Entity.entity("{\"name\": \"Office\"}", MERGE_PATCH))) {
            assertEquals(200, renamed.getStatus());
            assertEquals("\"1\"", renamed.getHeaderString("ETag"));
            assertEquals(1, renamed.readEntity(JsonObject.class).getInt("position"), "what the patch left out stays");
        }
        patch(lists.path(inbox.getJsonNumber("id").toString()), "{\"position\": 5}", null, 200);
        assertEquals(
                List.of("Office", "Inbox"),
                lists.request().get(JsonArray.class).getValuesAs(JsonObject.class).stream()
                        .map(list -> list.getString("name"))
                        .toList(),
                "lists come in their positions' order");

        try (Response deleted = one.request().delete()) {
            assertEquals(204, deleted.getStatus());
        }
        assertEquals(
                List.of("In the Inbox"),
                TestDatabase.strings(
                        "SELECT title FROM task WHERE owner_id = (SELECT owner_id FROM task_list WHERE id = ?)",
                        inbox.getJsonNumber("id").longValue()));
        try (Response gone = one.request().get()) {
            problem(gone, 404);
        }
        try (Response kept =
                lists.path(inbox.getJsonNumber("id").toString()).request().delete()) {
            assertTrue(problem(kept, 409).getString("detail").contains("Inbox cannot be deleted"));
        }
    }

    @DisplayName("T14: a merge patch changes what it names and clears what it sets to null; absent members stay")
    @Test
    void mergePatchClearsADueDateAndLeavesTheRestAlone() {
        JsonObject task = task("{\"title\": \"Dentist\", \"dueDate\": \"2027-03-01\", \"dueTime\": \"09:30\","
                + " \"notes\": \"Bring the card\", \"priority\": \"high\"}");
        assertEquals("2027-03-01", task.getString("dueDate"));
        assertEquals("high", task.getString("priority"));
        WebTarget one = tasks.path(task.getJsonNumber("id").toString());

        JsonObject cleared = patch(one, "{\"dueDate\": null, \"dueTime\": null}", null, 200);
        assertFalse(cleared.containsKey("dueDate"), cleared.toString());
        assertFalse(cleared.containsKey("dueTime"));
        assertEquals("Dentist", cleared.getString("title"));
        assertEquals("Bring the card", cleared.getString("notes"));
        assertEquals("high", cleared.getString("priority"));
        assertEquals(
                List.of(""),
                TestDatabase.strings(
                        "SELECT COALESCE(due_date::text, '') FROM task WHERE id = ?",
                        task.getJsonNumber("id").longValue()));

        JsonObject plain = patch(one, "{\"priority\": null, \"notes\": null}", null, 200);
        assertEquals("none", plain.getString("priority"), "a cleared priority is none");
        assertFalse(plain.containsKey("notes"));
    }

    @DisplayName("T15: a change with an If-Match that no longer matches is 412, nothing stored; the ETag follows")
    @Test
    void aStaleIfMatchIsAPreconditionFailure() {
        JsonObject task = task("{\"title\": \"Shared\"}");
        WebTarget one = tasks.path(task.getJsonNumber("id").toString());
        String etag;
        try (Response read = one.request().get()) {
            etag = read.getHeaderString("ETag");
        }
        assertEquals("\"0\"", etag);
        patch(one, "{\"title\": \"First writer\"}", etag, 200);
        try (Response stale = one.request()
                .header("If-Match", etag)
                .method("PATCH", Entity.entity("{\"title\": \"Second writer\"}", MERGE_PATCH))) {
            assertEquals("Precondition Failed", problem(stale, 412).getString("title"));
        }
        try (Response stale = one.request().header("If-Match", etag).delete()) {
            problem(stale, 412);
        }
        assertEquals(
                List.of("First writer"),
                TestDatabase.strings(
                        "SELECT title FROM task WHERE id = ?",
                        task.getJsonNumber("id").longValue()));
    }

    @DisplayName("L2, T5: another account's list is 404 to read, change, delete or add to (400 naming listId)")
    @Test
    void anotherAccountsListIsNotFound() {
        long mine = lists.request()
                .get(JsonArray.class)
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        try (Client other = ClientBuilder.newClient()
                .register(TestAccounts.cookie(
                        TestAccounts.create(server.uri("/"), TestAccounts.uniqueName("intruder"))))) {
            WebTarget theirs = other.target(server.uri("/")).path("api");
            try (Response read = theirs.path("lists/" + mine).request().get()) {
                assertEquals("There is no list " + mine, problem(read, 404).getString("detail"));
            }
            try (Response rename = theirs.path("lists/" + mine)
                    .request()
                    .method("PATCH", Entity.entity("{\"name\": \"Taken\"}", MERGE_PATCH))) {
                problem(rename, 404);
            }
            try (Response delete = theirs.path("lists/" + mine).request().delete()) {
                problem(delete, 404);
            }
            try (Response listed =
                    theirs.path("tasks").queryParam("list", mine).request().get()) {
                problem(listed, 404);
            }
            try (Response add = theirs.path("tasks")
                    .request()
                    .post(Entity.json("{\"title\": \"Planted\", \"listId\": " + mine + "}"))) {
                assertEquals("listId", problem(add, 400).getString("field"));
            }
        }
        assertEquals(List.of("Inbox"), TestDatabase.strings("SELECT name FROM task_list WHERE id = ?", mine));
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM task WHERE title = 'Planted'"));
    }

    @DisplayName("T11, D1: bad dates, times, priorities, lists and notes are 400 naming the field, nothing stored")
    @Test
    void badInputIsRefusedNamingTheField() {
        String[][] cases = {
            {"{\"title\": \"x\", \"dueDate\": \"2026-02-30\"}", "dueDate"},
            {"{\"title\": \"x\", \"dueDate\": \"tomorrow\"}", "dueDate"},
            {"{\"title\": \"x\", \"dueDate\": \"+12026-01-01\"}", "dueDate"},
            {"{\"title\": \"x\", \"dueDate\": 20261224}", "dueDate"},
            {"{\"title\": \"x\", \"dueTime\": \"09:30\"}", "dueTime"},
            {"{\"title\": \"x\", \"dueDate\": \"2026-12-24\", \"dueTime\": \"25:00\"}", "dueTime"},
            {"{\"title\": \"x\", \"priority\": \"urgent\"}", "priority"},
            {"{\"title\": \"x\", \"priority\": 3}", "priority"},
            {"{\"title\": \"x\", \"listId\": 999999999}", "listId"},
            {"{\"title\": \"x\", \"listId\": \"1\"}", "listId"},
            {"{\"title\": \"x\", \"notes\": \"" + "n".repeat(10_001) + "\"}", "notes"},
            {"{\"title\": \"x\", \"notes\": \"bell \\u0007\"}", "notes"},
            {"{\"title\": \"x\", \"done\": null}", "done"},
        };
        for (String[] refused : cases) {
            try (Response response = tasks.request().post(Entity.json(refused[0]))) {
                assertEquals(refused[1], problem(response, 400).getString("field"), refused[0]);
            }
        }
        String[][] badLists = {
            {"{}", "name"},
            {"{\"name\": \" \"}", "name"},
            {"{\"name\": \"" + "l".repeat(61) + "\"}", "name"},
            {"{\"name\": 7}", "name"},
            {"{\"name\": \"two\\nlines\"}", "name"},
        };
        for (String[] refused : badLists) {
            try (Response response = lists.request().post(Entity.json(refused[0]))) {
                assertEquals(refused[1], problem(response, 400).getString("field"), refused[0]);
            }
        }
        for (String query : new String[] {"list=abc", "view=week", "list=1&view=today"}) {
            String[] pair = query.split("[=&]");
            WebTarget target = tasks.queryParam(pair[0], pair[1]);
            if (pair.length > 2) {
                target = target.queryParam(pair[2], pair[3]);
            }
            try (Response response = target.request().get()) {
                problem(response, 400);
            }
        }
        assertEquals(1, lists.request().get(JsonArray.class).size(), "no list was made");
        assertEquals(0, tasks.request().get(JsonObject.class).getInt("matching"), "no task was stored");
    }

    @DisplayName("D3, D4, A13: Today and Upcoming follow the account's time zone; overdue first, done past ones gone")
    @Test
    void todayAndUpcomingFollowTheAccountsTimeZone() {
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));
        TestDatabase.execute("UPDATE account SET time_zone = 'UTC' WHERE id IN (SELECT owner_id FROM task_list)");
        task("{\"title\": \"Overdue\", \"dueDate\": \"" + today.minusDays(2) + "\"}");
        task("{\"title\": \"Due today\", \"dueDate\": \"" + today + "\"}");
        task("{\"title\": \"Due in six days\", \"dueDate\": \"" + today.plusDays(6) + "\"}");
        task("{\"title\": \"Due in a week\", \"dueDate\": \"" + today.plusDays(7) + "\"}");
        task("{\"title\": \"Someday\"}");
        long doneLongAgo = task("{\"title\": \"Done long ago\", \"dueDate\": \"" + today.minusDays(5) + "\"}")
                .getJsonNumber("id")
                .longValue();
        patch(tasks.path(String.valueOf(doneLongAgo)), "{\"done\": true}", null, 200);

        assertEquals(List.of("Overdue", "Due today"), titles("today"));
        assertEquals(List.of("Due today", "Due in six days"), titles("upcoming"));
    }

    private List<String> titles(String view) {
        return tasks.queryParam("view", view).request().get(JsonObject.class).getJsonArray("tasks").stream()
                .map(task -> task.asJsonObject().getString("title"))
                .toList();
    }

    @DisplayName("S1: a search finds title and notes across the lists, case, accents and spaces ignored, pending first;"
            + " % and _ are plain characters; another account's tasks are never found; bad queries are 400")
    @Test
    void aSearchFindsAcrossTheListsIgnoringCaseAndAccents() {
        long work = lists.request()
                .post(Entity.json("{\"name\": \"Work\"}"), JsonObject.class)
                .getJsonNumber("id")
                .longValue();
        long done = task("{\"title\": \"Old cafe visit\"}").getJsonNumber("id").longValue();
        patch(tasks.path(String.valueOf(done)), "{\"done\": true}", null, 200);
        task("{\"title\": \"Buy CAFÉ beans\"}");
        task("{\"title\": \"Budget\", \"notes\": \"Line one\\nAsk about the Café menu\", \"listId\": " + work + "}");
        task("{\"title\": \"Coffee\"}");
        task("{\"title\": \"100% sure\"}");
        task("{\"title\": \"snake_case\"}");
        try (Client other = ClientBuilder.newClient()
                .register(
                        TestAccounts.cookie(TestAccounts.create(server.uri("/"), TestAccounts.uniqueName("other"))))) {
            other.target(server.uri("/"))
                    .path("api/tasks")
                    .request()
                    .post(Entity.json("{\"title\": \"Someone else's cafe\"}"))
                    .close();
        }

        JsonObject found = tasks.queryParam("q", "  cafe ").request().get(JsonObject.class);
        assertEquals(
                List.of("Buy CAFÉ beans", "Budget", "Old cafe visit"),
                found.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                        .map(task -> task.getString("title"))
                        .toList(),
                "pending first, then done; title or notes; never another account's");
        assertEquals(
                work,
                found.getJsonArray("tasks")
                        .getJsonObject(1)
                        .getJsonNumber("listId")
                        .longValue(),
                "a result says which list it is in");
        assertEquals(List.of("100% sure"), titlesFound("%"));
        assertEquals(List.of("snake_case"), titlesFound("_"));
        assertEquals(List.of("Buy CAFÉ beans"), titlesFound("café BEANS"));
        for (String nothing : new String[] {"' OR '1'='1", "<script>alert(1)</script>", "cafe%'--", "🙂"}) {
            assertEquals(List.of(), titlesFound(nothing), nothing);
        }
        assertEquals(
                6,
                tasks.queryParam("q", "   ").request().get(JsonObject.class).getInt("matching"),
                "a blank q is none");

        try (Response tooLong = tasks.queryParam("q", "a".repeat(201)).request().get()) {
            assertEquals("q", problem(tooLong, 400).getString("field"));
        }
        try (Response controlCharacter =
                tasks.queryParam("q", "caf\te").request().get()) {
            assertEquals("q", problem(controlCharacter, 400).getString("field"));
        }
        try (Response inAList =
                tasks.queryParam("q", "cafe").queryParam("list", work).request().get()) {
            assertEquals("q", problem(inAList, 400).getString("field"));
        }
    }

    @DisplayName("O1, O2: tasks move before and after others and to another list's end; the order stays; a list sorts"
            + " by position, due date, priority or creation; bad moves are refused and change nothing")
    @Test
    void tasksMoveAndListsSort() {
        long inbox = lists.request()
                .get(JsonArray.class)
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long work = lists.request()
                .post(Entity.json("{\"name\": \"Work\"}"), JsonObject.class)
                .getJsonNumber("id")
                .longValue();
        long a = id(task("{\"title\": \"A\", \"priority\": \"low\", \"dueDate\": \"2030-01-03\"}"));
        long b = id(task("{\"title\": \"B\"}"));
        long c = id(task("{\"title\": \"C\", \"priority\": \"high\", \"dueDate\": \"2030-01-01\"}"));
        long d = id(task("{\"title\": \"D\", \"dueDate\": \"2030-01-02\"}"));
        assertEquals(List.of("A", "B", "C", "D"), titlesIn(inbox, null));

        move(d, "{\"before\": " + a + "}", 200);
        assertEquals(List.of("D", "A", "B", "C"), titlesIn(inbox, null));
        move(d, "{\"after\": " + b + "}", 200);
        assertEquals(List.of("A", "B", "D", "C"), titlesIn(inbox, null));
        move(a, "{\"after\": " + c + "}", 200);
        assertEquals(List.of("B", "D", "C", "A"), titlesIn(inbox, null));
        move(b, "{\"listId\": " + work + "}", 200);
        assertEquals(List.of("D", "C", "A"), titlesIn(inbox, null));
        assertEquals(List.of("B"), titlesIn(work, null));
        assertEquals(
                1,
                lists.path(String.valueOf(work)).request().get(JsonObject.class).getInt("openCount"));
        move(c, "{\"before\": " + b + "}", 200);
        assertEquals(List.of("C", "B"), titlesIn(work, null), "before a task of another list: into that list");
        assertEquals(
                2,
                lists.path(String.valueOf(work)).request().get(JsonObject.class).getInt("openCount"));

        assertEquals(List.of("A", "D"), titlesIn(inbox, "priority"), "low before none");
        patch(lists.path(String.valueOf(inbox)), "{\"sort\": \"due\"}", null, 200);
        assertEquals(
                "due",
                lists.path(String.valueOf(inbox))
                        .request()
                        .get(JsonObject.class)
                        .getString("sort"));
        assertEquals(List.of("D", "A"), titlesIn(inbox, null), "the list's own sort: due date");
        assertEquals(List.of("A", "D"), titlesIn(inbox, "created"));

        String before = TestDatabase.strings("SELECT id || ':' || position FROM task ORDER BY id")
                .toString();
        for (String[] refused : new String[][] {
            {"{}", "oneTarget"},
            {"{\"before\": " + a + ", \"after\": " + d + "}", "oneTarget"},
            {"{\"before\": \"x\"}", "before"},
            {"{\"sideways\": 1}", "sideways"},
            {"{\"listId\": 999999999}", "listId"}
        }) {
            try (Response response = tasks.path(a + "/move").request().post(Entity.json(refused[0]))) {
                assertEquals(refused[1], problem(response, 400).getString("field"), refused[0]);
            }
        }
        try (Response unknown = tasks.path(a + "/move").request().post(Entity.json("{\"before\": 999999999}"))) {
            problem(unknown, 404);
        }
        try (Response stale = tasks.path(a + "/move")
                .request()
                .header("If-Match", "\"0\"")
                .post(Entity.json("{\"before\": " + d + "}"))) {
            problem(stale, 412);
        }
        try (Response badSort = tasks.queryParam("list", inbox)
                .queryParam("sort", "random")
                .request()
                .get()) {
            assertEquals("sort", problem(badSort, 400).getString("field"));
        }
        assertEquals(
                before,
                TestDatabase.strings("SELECT id || ':' || position FROM task ORDER BY id")
                        .toString());
    }

    @DisplayName(
            "O2: moving task after task into the same gap keeps every one in its place, also once the gap is used up")
    @Test
    void movesIntoOneGapKeepTheOrder() {
        long inbox = lists.request()
                .get(JsonArray.class)
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        id(task("{\"title\": \"First\"}"));
        long last = id(task("{\"title\": \"Last\"}"));
        List<String> expected = new java.util.ArrayList<>(List.of("First"));
        for (int i = 1; i <= 24; i++) { // past the 20 halvings a gap allows
            long added = id(task("{\"title\": \"Between " + i + "\"}"));
            move(added, "{\"before\": " + last + "}", 200);
            expected.add("Between " + i);
        }
        expected.add("Last");
        assertEquals(expected, titlesIn(inbox, null));
    }

    @DisplayName("B1: a bulk change is all or nothing: done, moved, deleted; one foreign id among ten or one bad value"
            + " changes nothing; 1,001 ids and odd bodies are refused")
    @Test
    void bulkChangesAreAllOrNothing() {
        long work = lists.request()
                .post(Entity.json("{\"name\": \"Work\"}"), JsonObject.class)
                .getJsonNumber("id")
                .longValue();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ids.add(id(task("{\"title\": \"Task " + i + "\"}")));
        }
        long foreign;
        try (Client other = ClientBuilder.newClient()
                .register(
                        TestAccounts.cookie(TestAccounts.create(server.uri("/"), TestAccounts.uniqueName("other"))))) {
            foreign = other.target(server.uri("/"))
                    .path("api/tasks")
                    .request()
                    .post(Entity.json("{\"title\": \"Not yours\"}"), JsonObject.class)
                    .getJsonNumber("id")
                    .longValue();
        }
        String stored = TestDatabase.strings("SELECT CONCAT_WS('|', id, done, list_id, title) FROM task ORDER BY id")
                .toString();
        String nine = ids.subList(0, 9).toString();
        try (Response notYours =
                bulk("{\"ids\": " + nine.replace("]", ", " + foreign + "]") + ", \"set\": {\"done\": true}}")) {
            problem(notYours, 404);
        }
        try (Response blank = bulk("{\"ids\": " + ids + ", \"set\": {\"title\": \" \"}}")) {
            assertEquals("title", problem(blank, 400).getString("field"));
        }
        String thousandAndOne = java.util.stream.LongStream.rangeClosed(1, 1001)
                .mapToObj(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        for (String[] refused : new String[][] {
            {"{\"ids\": " + thousandAndOne + ", \"delete\": true}", "ids"},
            {"{\"ids\": [], \"delete\": true}", "ids"},
            {"{\"ids\": \"1\", \"delete\": true}", "ids"},
            {"{\"ids\": [1.5], \"delete\": true}", "ids"},
            {"{\"ids\": " + ids + "}", "set"},
            {"{\"ids\": " + ids + ", \"set\": {\"done\": true}, \"delete\": true}", "set"},
            {"{\"ids\": " + ids + ", \"set\": 5}", "set"},
            {"{\"ids\": " + ids + ", \"delete\": \"yes\"}", "delete"},
            {"{\"ids\": " + ids + ", \"set\": {\"done\": \"yes\"}}", "done"},
            {"{\"ids\": " + ids + ", \"everything\": true}", "everything"}
        }) {
            try (Response response = bulk(refused[0])) {
                assertEquals(refused[1], problem(response, 400).getString("field"), refused[0]);
            }
        }
        assertEquals(
                stored,
                TestDatabase.strings("SELECT CONCAT_WS('|', id, done, list_id, title) FROM task ORDER BY id")
                        .toString(),
                "nothing changed");

        try (Response done = bulk("{\"ids\": " + ids.subList(0, 3) + ", \"set\": {\"done\": true}}")) {
            assertEquals(200, done.getStatus());
            assertEquals(3, done.readEntity(JsonArray.class).size());
        }
        try (Response moved = bulk("{\"ids\": " + ids.subList(3, 6) + ", \"set\": {\"listId\": " + work + "}}")) {
            assertEquals(200, moved.getStatus());
        }
        assertEquals(
                3,
                lists.path(String.valueOf(work)).request().get(JsonObject.class).getInt("openCount"));
        try (Response deleted = bulk("{\"ids\": " + ids.subList(6, 10) + ", \"delete\": true}")) {
            assertEquals(204, deleted.getStatus());
        }
        JsonObject all = tasks.request().get(JsonObject.class);
        assertEquals(6, all.getInt("matching"));
        assertEquals(3, all.getInt("done"));
    }

    private Response bulk(String json) {
        return tasks.path("bulk").request().post(Entity.json(json));
    }

    private static long id(JsonObject task) {
        return task.getJsonNumber("id").longValue();
    }

    private void move(long id, String json, int status) {
        try (Response response = tasks.path(id + "/move").request().post(Entity.json(json))) {
            assertEquals(status, response.getStatus(), json + ": " + response.readEntity(String.class));
        }
    }

    private List<String> titlesIn(long list, String sort) {
        WebTarget target = tasks.queryParam("list", list);
        if (sort != null) {
            target = target.queryParam("sort", sort);
        }
        return target.request().get(JsonObject.class).getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .map(task -> task.getString("title"))
                .toList();
    }

    private List<String> titlesFound(String query) {
        return tasks
                .queryParam("q", query)
                .request()
                .get(JsonObject.class)
                .getJsonArray("tasks")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(task -> task.getString("title"))
                .toList();
    }

    private JsonObject task(String json) {
        try (Response response = tasks.request(MediaType.APPLICATION_JSON).post(Entity.json(json))) {
            assertEquals(201, response.getStatus(), json);
            return response.readEntity(JsonObject.class);
        }
    }

    private static JsonObject patch(WebTarget target, String json, String ifMatch, int status) {
        var request = target.request();
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        try (Response response = request.method("PATCH", Entity.entity(json, MERGE_PATCH))) {
            assertEquals(status, response.getStatus(), json);
            return response.readEntity(JsonObject.class);
        }
    }

    private static JsonObject problem(Response response, int status) {
        assertEquals(status, response.getStatus());
        assertEquals(
                "application/problem+json", response.getMediaType().toString().split(";")[0]);
        JsonObject problem = response.readEntity(JsonObject.class);
        assertFalse(problem.toString().contains("Exception"), "an exception leaked: " + problem);
        return problem;
    }
}
