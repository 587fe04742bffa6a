package app.todo.transfer.boundary;

import static app.todo.support.Browser.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.Browser;
import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** Export and import (X1–X3): round trips through the API, refusals that name the line, the page's upload. */
class TransferIT {

    private static PayaraServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = PayaraServer.sharedTodo();
    }

    @DisplayName("X1, X2: an export imported into another account gives the same lists and tasks, in the same order")
    @Test
    void anExportImportedElsewhereIsTheSame() throws Exception {
        String alice = account("alice");
        long work = list(alice, "Work");
        long groceries = list(alice, "Groceries, \"weekly\"");
        add(
                alice,
                "{\"title\": \"Call the bank\", \"dueDate\": \"2027-01-04\", \"dueTime\": \"09:30\","
                        + " \"priority\": \"high\", \"notes\": \"Ask about the fee\\nand the card\"}");
        long second = add(alice, "{\"title\": \"Plan the <b>week</b> — ½ day\", \"listId\": " + work + "}");
        long first =
                add(alice, "{\"title\": \"Draft, then send\", \"listId\": " + work + ", \"dueDate\": \"2027-02-01\"}");
        add(alice, "{\"title\": \"Café au lait ☕\", \"listId\": " + groceries + ", \"priority\": \"low\"}");
        send(alice, "POST", "api/tasks/" + first + "/move", "application/json", "{\"before\": " + second + "}");
        long done = add(alice, "{\"title\": \"Done already\", \"listId\": " + groceries + "}");
        send(alice, "PATCH", "api/tasks/" + done, "application/merge-patch+json", "{\"done\": true}");

        HttpResponse<String> exported = send(alice, "GET", "api/export", null, null);
        assertEquals(200, exported.statusCode());
        assertTrue(
                exported.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        JsonObject file = json(exported.body()).asJsonObject();
        assertEquals("todo-export", file.getString("format"));
        assertEquals(1, file.getInt("version"));

        String bob = account("bob");
        HttpResponse<String> imported = send(bob, "POST", "api/import", "application/json", exported.body());
        assertEquals(201, imported.statusCode(), imported.body());
        assertEquals(3, json(imported.body()).asJsonObject().getInt("lists"));
        assertEquals(5, json(imported.body()).asJsonObject().getInt("tasks"));

        JsonArray before = file.getJsonArray("lists");
        JsonArray after = json(send(bob, "GET", "api/export", null, null).body())
                .asJsonObject()
                .getJsonArray("lists");
        assertEquals(4, after.size(), "Bob's own Inbox and the three imported");
        assertEquals("Inbox (2)", after.getJsonObject(1).getString("name"), "a name Bob has already is told apart");
        for (int i = 0; i < 3; i++) {
            JsonObject was = before.getJsonObject(i);
            JsonObject is = after.getJsonObject(i + 1);
            if (i > 0) {
                assertEquals(was.getString("name"), is.getString("name"));
            }
            assertEquals(was.getJsonArray("tasks"), is.getJsonArray("tasks"), "the tasks of " + was.getString("name"));
        }
        assertEquals(
                List.of("Draft, then send", "Plan the <b>week</b> — ½ day"),
                titles(after.getJsonObject(2)),
                "the list's own order (a task moved before another) survives");

        // CSV: the same tasks, by list, into a third account.
        HttpResponse<String> csv = send(alice, "GET", "api/export.csv", null, null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("title,notes,due date,list,done\r\n"), csv.body());
        String carol = account("carol");
        HttpResponse<String> fromCsv = send(carol, "POST", "api/import", "text/csv", csv.body());
        assertEquals(201, fromCsv.statusCode(), fromCsv.body());
        JsonArray carols = json(send(carol, "GET", "api/export", null, null).body())
                .asJsonObject()
                .getJsonArray("lists");
        assertEquals(List.of("Call the bank"), titles(carols.getJsonObject(1)));
        JsonObject bank = carols.getJsonObject(1).getJsonArray("tasks").getJsonObject(0);
        assertEquals("2027-01-04", bank.getString("dueDate"));
        assertEquals("09:30", bank.getString("dueTime"));
        assertEquals("Ask about the fee\nand the card", bank.getString("notes"));
        assertEquals("Groceries, \"weekly\"", carols.getJsonObject(3).getString("name"));
        assertTrue(
                carols.getJsonObject(3).getJsonArray("tasks").getJsonObject(1).getBoolean("done"));
    }

    @DisplayName("X2, X3: a file with one bad line is refused naming the line and the reason; nothing of it is stored")
    @Test
    void aBadLineIsNamedAndNothingIsStored() throws Exception {
        String dave = account("dave");
        String badCsv = "title,due date,list\n"
                + "Buy milk,2027-01-02,Errands\n"
                + "\"Quoted, with a comma\",,Errands\n"
                + "Dentist,tomorrow,Health\n";
        assertRefused(dave, "text/csv", badCsv, "Line 4: the due date \"tomorrow\" is not a date");
        assertRefused(dave, "text/csv", "title,priority\nx,high\n", "Line 1: the column \"priority\" is not one");
        assertRefused(dave, "text/csv", "title,notes\nok,\"first\nsecond\"\n\n,x\n", "Line 5: Please enter a task");
        assertRefused(dave, "text/csv", "title,Title\nx,y\n", "Line 1: the header line names a column twice");
        assertRefused(
                dave,
                "application/json",
                "{\"format\": \"todo-export\", \"version\": 1, \"lists\":"
                        + " [{\"name\": \"A\"}, 5, {\"name\": \"B\"}]}",
                "\"lists\" must be a list of lists");
        assertRefused(dave, "text/csv", "notes\nsomething\n", "no column \"title\"");
        assertRefused(dave, "text/csv", "title,list\nok,A\n,B\n", "Line 3: Please enter a task");
        assertRefused(dave, "text/csv", "title,done\nok,maybe\n", "Line 2: done is true or false");
        assertRefused(dave, "text/csv", "title,list\n" + "x".repeat(201) + ",A\n", "Line 2: A task has at most 200");
        assertRefused(
                dave,
                "application/json",
                "{\"format\": \"todo-export\", \"version\": 1,\n \"lists\": [\n"
                        + "  {\"name\": \"A\", \"tasks\": [\n    {\"title\": \"fine\"},\n    {\"title\": \"late\", \"dueDate\":"
                        + " \"2027-13-45\"}\n  ]}\n]}",
                "Line 5: the member \"dueDate\" has a value");
        assertRefused(
                dave,
                "application/json",
                "{\"format\": \"todo-export\",\n\"version\": 1,\n\"lists\": [}",
                "Line 3: this is not well-formed JSON");
        assertRefused(dave, "application/json", "{\"lists\": []}", "not a to-do export");
        assertRefused(
                dave, "application/json", "{\"format\": \"todo-export\", \"version\": 2, \"lists\": []}", "version 2");
        StringBuilder many = new StringBuilder("{\"format\": \"todo-export\", \"version\": 1, \"lists\": [");
        for (int i = 0; i < 200; i++) {
            many.append(i == 0 ? "" : ",").append("{\"name\": \"L").append(i).append("\"}");
        }
        assertRefused(dave, "application/json", many.append("]}").toString(), "more than the 200");
        assertEquals(
                List.of("0", "1"),
                TestDatabase.strings(
                        "SELECT CAST(COUNT(*) AS VARCHAR) FROM task t JOIN account a ON a.id = t.owner_id"
                                + " WHERE a.name = ? UNION ALL SELECT CAST(COUNT(*) AS VARCHAR) FROM task_list l"
                                + " JOIN account a ON a.id = l.owner_id WHERE a.name = ?",
                        name(dave),
                        name(dave)),
                "no task and no list but the Inbox were stored");

        // A file of more than 5 MB is refused on its declared length, before a byte of it is read: the headers
        // alone get the answer.
        URI uri = server.uri("/api/import");
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream()
                    .write(("POST /api/import HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nCookie: " + TestAccounts.COOKIE
                                    + "=" + session(dave) + "\r\nContent-Type: text/csv\r\nContent-Length: "
                                    + (6 * 1024 * 1024) + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertTrue(status.startsWith("HTTP/1.1 413 "), "a file of more than 5 MB: " + status);
        }
    }

    @DisplayName("X2: the page imports a chosen CSV file, says what it made, and names a bad line; the export links"
            + " are there")
    @Test
    void thePageImportsAFileAndNamesABadLine() throws Exception {
        String erin = account("erin");
        URI base = server.uri("/");
        Path good = Files.writeString(
                Files.createTempFile("tasks", ".csv"),
                "\uFEFFtitle,notes,due date,list,done\nPaint the door,Blue,2027-03-01 10:00,Home,no\nFix the tap,,,Home,yes\n",
                StandardCharsets.UTF_8);
        Path bad = Files.writeString(
                Files.createTempFile("tasks", ".csv"),
                "title,list\nFine,Garden\n\"Broken \"quote,Garden\n",
                StandardCharsets.UTF_8);
        ChromeDriver browser = Browser.start();
        try {
            TestAccounts.useIn(browser, base, session(erin));
            browser.get(base.resolve("settings.xhtml").toString());
            named(browser, By.tagName("a"), "Export and import").click();
            assertTrue(named(browser, By.tagName("a"), "Export as JSON")
                    .getAttribute("href")
                    .endsWith("/api/export"));
            assertTrue(named(browser, By.tagName("a"), "Export as CSV")
                    .getAttribute("href")
                    .endsWith("/api/export.csv"));

            named(browser, By.cssSelector("input[type=file]"), "File to import").sendKeys(good.toString());
            named(browser, By.cssSelector("input[type=submit], button"), "Import")
                    .click();
            Browser.waiting(browser, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.tagName("body")).getText().contains("Imported 1 list and 2 tasks"));

            named(browser, By.cssSelector("input[type=file]"), "File to import").sendKeys(bad.toString());
            named(browser, By.cssSelector("input[type=submit], button"), "Import")
                    .click();
            Browser.waiting(browser, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.tagName("body")).getText().contains("Line 3: "));
            assertTrue(browser.findElement(By.tagName("body")).getText().contains("Nothing was stored."));
        } finally {
            browser.quit();
        }
        assertEquals(
                List.of("Fix the tap", "Paint the door"),
                TestDatabase.strings(
                        "SELECT t.title FROM task t JOIN account a ON a.id = t.owner_id WHERE a.name = ?"
                                + " ORDER BY t.title",
                        name(erin)));
        assertEquals(
                List.of("10:00:00"),
                TestDatabase.strings(
                        "SELECT CAST(t.due_time AS VARCHAR) FROM task t JOIN account a ON a.id = t.owner_id"
                                + " WHERE a.name = ? AND t.due_time IS NOT NULL",
                        name(erin)));
    }

    private void assertRefused(String who, String type, String body, String detail) throws Exception {
        HttpResponse<String> refused = send(who, "POST", "api/import", type, body);
        assertEquals(400, refused.statusCode(), refused.body());
        String said = json(refused.body()).asJsonObject().getString("detail");
        assertTrue(said.contains(detail), said);
        assertTrue(said.endsWith("nothing was stored"), said);
    }

    private static List<String> titles(JsonObject list) {
        List<String> titles = new ArrayList<>();
        for (JsonValue task : list.getJsonArray("tasks")) {
            titles.add(task.asJsonObject().getString("title"));
        }
        return titles;
    }

    /** "name session" of a new account. */
    private static String account(String prefix) {
        String name = TestAccounts.uniqueName(prefix);
        return name + " " + TestAccounts.create(server.uri("/"), name);
    }

    private static String name(String who) {
        return who.substring(0, who.indexOf(' '));
    }

    private static String session(String who) {
        return who.substring(who.indexOf(' ') + 1);
    }

    private long list(String who, String name) throws Exception {
        return id(send(
                who,
                "POST",
                "api/lists",
                "application/json",
                Json.createObjectBuilder().add("name", name).build().toString()));
    }

    private long add(String who, String json) throws Exception {
        return id(send(who, "POST", "api/tasks", "application/json", json));
    }

    private static long id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    private HttpResponse<String> send(String who, String method, String path, String type, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/").resolve(path))
                .header("Cookie", TestAccounts.COOKIE + "=" + session(who))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }
}
