package app.todo.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bad input at every entry point of the to-do service (JSON bodies, query parameters, path ids, headers,
 * the page's form fields): empty, 1 MB, NUL bytes, invalid UTF-8, markup, SQL, wrong types, deep JSON.
 * The API answers 4xx with a problem naming what is wrong; the page shows a refusal in its alert region;
 * nothing wrong is stored; the service is healthy afterwards. The count of cases is printed.
 */
class BadInputCorpusIT {

    private static final String MEGABYTE = "x".repeat(1 << 20);

    private static PayaraServer server;

    @BeforeAll
    static void start() {
        server = PayaraServer.sharedTodo();
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<String> failures = new ArrayList<>();
    private String session;
    private int cases;

    private URI uri(String path) {
        return server.uri("/").resolve(path);
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                    .timeout(Duration.ofSeconds(20))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (session != null) {
                request.header("Cookie", TestAccounts.COOKIE + "=" + session);
            }
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(method + " " + abbreviated(path) + " got no answer: " + e, e);
        }
    }

    /**
     * A request line or header over the server's 8 KiB limit is answered "400" and the connection closed, without
     * "Connection: close" (Grizzly's answer), so it goes on a connection of its own: a client that kept it would send
     * the next request into a closed socket. Closed while the client still writes the request, the reset can
     * overtake the answer: empty then, as a closed connection is a refusal too.
     */
    private Optional<HttpResponse<String>> sendOversized(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(20))
                .header("Cookie", TestAccounts.COOKIE + "=" + session);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        HttpRequest request = builder.build();
        try (HttpClient own =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return Optional.of(own.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (java.net.http.HttpTimeoutException | java.net.ConnectException noAnswer) {
            throw new AssertionError(abbreviated(path) + " got no answer: " + noAnswer, noAnswer);
        } catch (IOException closed) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A refusal by the API: 4xx, problem+json with a detail, no stack trace. */
    private void refused(String what, HttpResponse<String> response) {
        cases++;
        int status = response.statusCode();
        String body = response.body();
        if (status < 400 || status >= 500) {
            failures.add(what + ": status " + status + " " + abbreviated(body));
        } else if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && !(body.isEmpty() && (status == 400 || status == 414 || status == 431))) {
            // An empty 400/414/431 is the HTTP server refusing a request line or header before the application.
            failures.add(what + ": " + status + " without a problem document: " + abbreviated(body));
        } else if (body.contains("Exception") || body.contains("\tat ")) {
            failures.add(what + ": leaks internals: " + abbreviated(body));
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    @DisplayName("T2, T3, T4, T11: bad input at every entry point is refused clearly, and nothing wrong is stored")
    @Test
    void everyEntryPointRefusesBadInputClearlyAndStoresNothingWrong() {
        TestDatabase.deleteAllTasks();
        String name = TestAccounts.uniqueName("corpus");
        session = TestAccounts.create(server.uri("/"), name);
        String json = "application/json";
        ByteArrayOutputStream invalidUtf8 = new ByteArrayOutputStream();
        invalidUtf8.writeBytes(utf8("{\"title\": \"caf"));
        invalidUtf8.write(0xC3);
        invalidUtf8.write(0x28);
        invalidUtf8.writeBytes(utf8("\"}"));
        Map<String, byte[]> badBodies = new java.util.LinkedHashMap<>();
        badBodies.put("empty body", new byte[0]);
        badBodies.put("blank body", utf8("   "));
        badBodies.put("null", utf8("null"));
        badBodies.put("an array", utf8("[{\"title\":\"x\"}]"));
        badBodies.put("a number", utf8("42"));
        badBodies.put("a string", utf8("\"Buy milk\""));
        badBodies.put("truncated JSON", utf8("{\"title\": \"x\""));
        badBodies.put("not JSON", utf8("title=Buy milk"));
        badBodies.put("1 MB of garbage", utf8(MEGABYTE));
        badBodies.put("1 MB title", utf8("{\"title\": \"" + MEGABYTE + "\"}"));
        badBodies.put("NUL in the title", utf8("{\"title\": \"a\\u0000b\"}"));
        badBodies.put("raw NUL byte", utf8("{\"title\": \"a\u0000b\"}"));
        badBodies.put("invalid UTF-8", invalidUtf8.toByteArray());
        badBodies.put("title a number", utf8("{\"title\": 5}"));
        badBodies.put("title a boolean", utf8("{\"title\": true}"));
        badBodies.put("title an object", utf8("{\"title\": {\"text\": \"x\"}}"));
        badBodies.put("blank title", utf8("{\"title\": \" \\t \"}"));
        badBodies.put("line break in title", utf8("{\"title\": \"two\\nlines\"}"));
        badBodies.put("bidi override in title", utf8("{\"title\": \"pay\\u202Eexe.txt\"}"));
        badBodies.put("zero-width space in title", utf8("{\"title\": \"Buy\\u200Bmilk\"}"));
        badBodies.put("lone surrogate in title", utf8("{\"title\": \"lone \\ud800 half\"}"));
        badBodies.put("deep JSON", utf8("{\"title\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"));
        badBodies.put("duplicate keys, last blank", utf8("{\"title\": \"ok\", \"title\": \"\"}"));

        for (Map.Entry<String, byte[]> bad : badBodies.entrySet()) {
            refused("POST " + bad.getKey(), send("POST", "api/tasks", json, bad.getValue()));
        }

        // A task to aim PATCH at, and the same bodies plus wrong types of its own fields.
        HttpResponse<String> created = send("POST", "api/tasks", json, utf8("{\"title\": \"Target\"}"));
        assertEquals(201, created.statusCode());
        String target = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/api/", "api/");
        for (Map.Entry<String, byte[]> bad : badBodies.entrySet()) {
            refused("PATCH " + bad.getKey(), send("PATCH", target, json, bad.getValue()));
        }
        for (String body : new String[] {
            "{\"done\": \"yes\"}",
            "{\"done\": 1}",
            "{\"version\": \"0\"}",
            "{\"version\": 1.5}",
            "{\"version\": 1e400, \"done\": true}",
            "{\"unknown\": 1}",
            "{\"ownerId\": 1}",
            "{\"done\": null}",
            "{\"title\": null}",
            "{\"dueDate\": \"2026-02-30\"}",
            "{\"dueTime\": \"12:00\"}",
            "{\"priority\": \"HIGH!\"}",
            "{\"listId\": -1}",
            "{\"notes\": \"" + "n".repeat(10_001) + "\"}"
        }) {
            refused("PATCH " + body, send("PATCH", target, json, utf8(body)));
        }

        for (String query : new String[] {
            "done=maybe",
            "done=",
            "page=0",
            "page=-1",
            "page=1e9999",
            "page=%3Cscript%3E",
            "page=1%27%20OR%201%3D1",
            "size=0",
            "size=abc",
            "size=101",
            "page=99999999999999999999",
            "q=" + "a".repeat(201),
            "q=cafe&view=today",
            "q=cafe&list=1",
            "q=caf%00e",
            "q=caf%0Ae"
        }) {
            HttpResponse<String> response = send("GET", "api/tasks?" + query, null, null);
            if (query.equals("done=")) {
                cases++;
                assertEquals(200, response.statusCode(), "an empty filter lists every task");
            } else {
                refused("GET ?" + abbreviated(query), response);
            }
        }
        // Queries that are only text to look for (S1): found nowhere, answered 200, never run.
        for (String query :
                new String[] {"%25", "_", "%25%25%27--", "%3Cscript%3E", "%27%20OR%201%3D1", "%F0%9F%99%82"}) {
            HttpResponse<String> response = send("GET", "api/tasks?q=" + query, null, null);
            cases++;
            if (response.statusCode() != 200 || !response.body().contains("\"tasks\":[]")) {
                failures.add("GET ?q=" + query + ": " + response.statusCode() + " " + abbreviated(response.body()));
            }
        }
        for (String id : new String[] {
            "abc", "-1", "1.5", "99999999999999999999", "%00", "%3Cscript%3E", "1%20OR%201%3D1", "x".repeat(5000)
        }) {
            refused("GET id " + abbreviated(id), send("GET", "api/tasks/" + id, null, null));
            refused("DELETE id " + abbreviated(id), send("DELETE", "api/tasks/" + id, null, null));
        }

        // Import files (X2, X3): each refused with a reason, nothing stored (checked with the titles below).
        for (String[] file : new String[][] {
            {"application/json", ""},
            {"application/json", "null"},
            {"application/json", "[]"},
            {"application/json", "{"},
            {"application/json", "{\"format\": \"todo-export\", \"version\": \"1\", \"lists\": []}"},
            {"application/json", "{\"format\": \"todo-export\", \"version\": 1, \"lists\": {}}"},
            {
                "application/json",
                "{\"format\": \"todo-export\", \"version\": 1, \"lists\": [{\"name\": \"\u202Eevil\","
                        + " \"tasks\": [{\"title\": \"x\"}]}]}"
            },
            {
                "application/json",
                "{\"format\": \"todo-export\", \"version\": 1, \"lists\": [{\"name\": \"A\","
                        + " \"tasks\": [{\"title\": \"a\\u0000b\"}]}]}"
            },
            {
                "application/json",
                "{\"format\": \"todo-export\", \"version\": 1, \"lists\": [{\"name\": \"A\","
                        + " \"tasks\": [{\"title\": 5}]}]}"
            },
            {"text/csv", ""},
            {"text/csv", "title\n\"unterminated\n"},
            {"text/csv", "title,title\nx,y\n"},
            {"text/csv", ",\nx\n"},
            {"text/csv", "title\n" + "x".repeat(60_000) + "\n"},
            {"text/csv", "title\nDROP TABLE task; --\u202E\n"},
            {"text/csv", "title,due date\nx,2027-02-30\n"},
            {"text/csv", "title,due date\nx,99999-01-01\n"},
            {"text/csv", "title,list\nx," + "L".repeat(61) + "\n"},
            {"application/xml", "<tasks/>"}
        }) {
            refused(
                    "import " + file[0] + " " + abbreviated(file[1]),
                    send("POST", "api/import", file[0], utf8(file[1])));
        }
        refused("import, not UTF-8", send("POST", "api/import", "text/csv", new byte[] {
            't', 'i', 't', 'l', 'e', '\n', (byte) 0xC3, (byte) 0x28, '\n'
        }));
        refused("text/plain body", send("POST", "api/tasks", "text/plain", utf8("{\"title\":\"x\"}")));
        refused("form body", send("POST", "api/tasks", "application/x-www-form-urlencoded", utf8("title=x")));
        refused("XML wanted", send("GET", "api/tasks", null, null, "Accept", "application/xml"));
        refused("unknown method", send("PUT", "api/tasks", json, utf8("{\"title\":\"x\"}")));
        // Invitation names (H1): each is 400 with a problem, nobody is invited.
        HttpResponse<String> team = send("POST", "api/lists", json, utf8("{\"name\":\"Corpus team\"}"));
        assertEquals(201, team.statusCode(), team.body());
        String people = "api/lists/" + team.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1") + "/people";
        for (String invitation : new String[] {
            "{\"name\":\"\",\"role\":\"view\"}",
            "{\"name\":\"   \",\"role\":\"view\"}",
            "{\"name\":\"" + "n".repeat(5_000) + "\",\"role\":\"view\"}",
            "{\"name\":\"bob'; DROP TABLE list_member; --\",\"role\":\"view\"}",
            "{\"name\":\"<img src=x onerror=alert(1)>\",\"role\":\"view\"}",
            "{\"name\":\"bob\\u0000\",\"role\":\"view\"}",
            "{\"name\":\"bob\\u202e\",\"role\":\"view\"}",
            "{\"name\":[\"bob\"],\"role\":\"view\"}",
            "{\"name\":null,\"role\":\"view\"}",
            "{\"name\":\"bob\",\"role\":\"owner\"}",
            "{\"name\":\"bob\",\"role\":5}",
            "\"bob\""
        }) {
            refused("invitation " + abbreviated(invitation), send("POST", people, json, utf8(invitation)));
        }
        refused("invitation, no body", send("POST", people, json, new byte[0]));
        String invited = send("GET", people, null, null).body();
        assertTrue(invited.contains("\"members\":[]") && invited.contains("\"invited\":[]"), invited);
        refused("accept a list never offered", send("POST", "api/invitations/999999999/accept", json, new byte[0]));
        refused("accept, not a number", send("POST", "api/invitations/abc/accept", json, new byte[0]));
        refused("the live stream, posted to", send("POST", "api/live", json, utf8("{}")));
        for (String text : new String[] {"", "Pa", "%20%20%20", "a".repeat(101), "%F0%9F%9A%80"}) {
            refused("places " + abbreviated(text), send("GET", "api/weather/places?q=" + text, null, null));
        }
        refused("places, no text", send("GET", "api/weather/places", null, null));
        refused("places, posted to", send("POST", "api/weather/places?q=Paris", json, utf8("{}")));
        session = null;
        refused("no credentials", send("GET", "api/tasks", null, null));
        refused("Basic, not Base64", send("GET", "api/tasks", null, null, "Authorization", "Basic %%%"));
        refused("Basic, no colon", send("GET", "api/tasks", null, null, "Authorization", "Basic bm9jb2xvbg=="));
        // API tokens (A14): each of these is 401 invalid_token, looked up at most once, and tells nothing more.
        for (String bearer : new String[] {
            "Bearer",
            "Bearer ",
            "Bearer tdo_",
            "Bearer tdo_" + "A".repeat(43),
            "Bearer tdo_" + "A".repeat(44),
            "Bearer tdo_" + "%".repeat(43),
            "Bearer " + "A".repeat(47),
            "Bearer tdo_' OR '1'='1",
            "Bearer tdo_<script>alert(1)</script>",
            "bearer tdo_" + "x".repeat(8_000),
            "Bearer tdo_\u00e9t\u00e9"
        }) {
            refused("token " + abbreviated(bearer), send("GET", "api/tasks", null, null, "Authorization", bearer));
        }
        // Calendar feed addresses (C1): anything but a live feed's secret is 404, whatever its shape.
        for (String feed : new String[] {
            "x",
            "A".repeat(43),
            "A".repeat(44),
            "%00" + "A".repeat(40),
            "'%20OR%20'1'='1",
            "%3Cscript%3E",
            "%C3%A9t%C3%A9" + "A".repeat(39),
            "x".repeat(5000),
            "..%2F..%2Fapi%2Ftasks"
        }) {
            refused("feed " + abbreviated(feed), send("GET", "api/calendar/" + feed + ".ics", null, null));
        }
        session = TestAccounts.signIn(server.uri("/"), name);
        cases++;
        sendOversized("api/tasks", "X-Filler", MEGABYTE.substring(0, 20_000))
                .ifPresent(hugeHeader -> assertTrue(
                        hugeHeader.statusCode() == 400 || hugeHeader.statusCode() == 431,
                        "huge header: " + hugeHeader.statusCode()));

        // The page: refusals shown in its alert region (a page, not an error), nothing stored.
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"form-token\" value=\"([^\"]+)\"")
                .matcher(send("GET", "index.xhtml", null, null).body());
        assertTrue(token.find(), "the page has no form token");
        String formToken = "&form-token=" + token.group(1);
        for (String title : new String[] {
            "", "   ", MEGABYTE, "a\u0000b", "two\nlines", "x".repeat(201), "pay\u202Eexe.txt", "Buy\u200Bmilk"
        }) {
            byte[] form = utf8("add=add&add%3Aadd=Add&jakarta.faces.ViewState=stateless&add%3Atitle="
                    + URLEncoder.encode(title, StandardCharsets.UTF_8) + formToken);
            HttpResponse<String> page = send("POST", "index.xhtml", "application/x-www-form-urlencoded", form);
            cases++;
            if (tooLarge(form)
                    ? !refusedAsTooLarge(page)
                    : page.statusCode() != 200 || !page.body().contains("<p class=\"alert\">")) {
                failures.add("page title " + abbreviated(title.replace("\u0000", "\\0")) + ": " + page.statusCode());
            }
        }
        HttpResponse<String> invalidUtf8Form = send(
                "POST",
                "index.xhtml",
                "application/x-www-form-urlencoded",
                utf8("add=add&add%3Aadd=Add&jakarta.faces.ViewState=stateless&add%3Atitle=caf%C3%28" + formToken));
        cases++;
        assertTrue(invalidUtf8Form.statusCode() < 500, "invalid UTF-8 in a form: " + invalidUtf8Form.statusCode());
        for (String badEncoding : new String[] {"%zz%%%", "%", "%C3", "%u0041"}) {
            HttpResponse<String> page = send(
                    "POST",
                    "index.xhtml",
                    "application/x-www-form-urlencoded",
                    utf8("add=add&add%3Aadd=Add&jakarta.faces.ViewState=stateless&add%3Atitle=" + badEncoding
                            + formToken));
            cases++;
            if (page.statusCode() >= 500 || page.body().contains("\tat ")) {
                failures.add("a form field " + badEncoding + ": " + page.statusCode());
            }
        }
        HttpResponse<String> forgedState = send(
                "POST",
                "index.xhtml",
                "application/x-www-form-urlencoded",
                utf8("add=add&add%3Aadd=Add&add%3Atitle=x&jakarta.faces.ViewState=%3Cscript%3E" + formToken));
        cases++;
        assertEquals(302, forgedState.statusCode(), "a forged view state goes back to the list");
        for (String query : new String[] {
            "filter=%3Cscript%3E",
            "page=-5",
            "page=abc",
            "edit=abc",
            "edit=-1",
            "list=abc",
            "list=-1",
            "list=999999999999",
            "view=%3Cscript%3E",
            "view=today&list=1",
            "q=%3Cscript%3E",
            "q=%25",
            "q=caf%00e",
            "q=" + "a".repeat(201),
            "filter=' OR 1=1 --".replace(" ", "%20").replace("'", "%27").replace("=", "%3D"),
            "wlat=abc&wlon=1&wplace=%3Cscript%3E",
            "wlat=1e400&wlon=-1e400",
            "wlat=91&wlon=181",
            "wplace=" + "a".repeat(201),
            "wlat=1"
        }) {
            HttpResponse<String> page = send("GET", "?" + query, null, null);
            cases++;
            if (page.statusCode() != 200 || page.body().contains("<script>")) {
                failures.add("page ?" + abbreviated(query) + ": " + page.statusCode());
            }
        }
        for (String megabyteSearch : new String[] {"?q=", "api/tasks?q="}) {
            sendOversized(megabyteSearch + "a".repeat(1 << 20))
                    .ifPresentOrElse(response -> refused(megabyteSearch + "(1 MB)", response), () -> cases++);
        }

        // The account forms, without a session: each refusal a message on its field, no account stored.
        session = null;
        String accounts = TestDatabase.strings("SELECT COUNT(*) FROM account").get(0);
        String good = "A long enough passphrase";
        String[][] signUps = {
            {"", good, good},
            {"ab", good, good},
            {"x".repeat(41), good, good},
            {"<script>x</script>", good, good},
            {"' OR 1=1 --", good, good},
            {"two words", good, good},
            {"pay\u202Eexe", good, good},
            {MEGABYTE, good, good},
            {"a\u0000b", good, good},
            {"fine.name", "short", "short"},
            {"fine.name", "1qaz2wsx3edc", "1qaz2wsx3edc"},
            {"fine.name", good, good + "!"},
            {"fine.name", "x".repeat(257), "x".repeat(257)},
            {"fine.name", MEGABYTE, "x"},
            {"fine.name", "", ""}
        };
        for (String[] signUp : signUps) {
            byte[] form = utf8("account=account&account%3Asubmit=Create&jakarta.faces.ViewState=stateless"
                    + "&account%3Aname=" + URLEncoder.encode(signUp[0], StandardCharsets.UTF_8)
                    + "&account%3Apassword=" + URLEncoder.encode(signUp[1], StandardCharsets.UTF_8)
                    + "&account%3Arepeat=" + URLEncoder.encode(signUp[2], StandardCharsets.UTF_8));
            HttpResponse<String> page = send("POST", "signup.xhtml", "application/x-www-form-urlencoded", form);
            cases++;
            if (tooLarge(form)
                    ? !refusedAsTooLarge(page)
                    : page.statusCode() != 200
                            || !page.body().contains("class=\"field-error\"")
                            || page.body().contains("<script>x")) {
                failures.add("sign-up " + abbreviated(signUp[0]) + " / " + abbreviated(signUp[1]) + ": "
                        + page.statusCode());
            }
        }
        for (String wrongName : new String[] {"' OR 1=1 --", MEGABYTE, "<b>x</b>"}) {
            byte[] form = utf8(
                    "account=account&account%3Asubmit=Sign+in&jakarta.faces.ViewState=stateless" + "&account%3Aname="
                            + URLEncoder.encode(wrongName, StandardCharsets.UTF_8) + "&account%3Apassword=x");
            HttpResponse<String> page = send("POST", "signin.xhtml", "application/x-www-form-urlencoded", form);
            cases++;
            if (tooLarge(form)
                    ? !refusedAsTooLarge(page)
                    : page.statusCode() != 200 || !page.body().contains("The user name or password is wrong")) {
                failures.add("sign-in " + abbreviated(wrongName) + ": " + page.statusCode());
            }
        }
        TestDatabase.execute("DELETE FROM sign_in_failure");
        cases++;
        if (!accounts.equals(
                TestDatabase.strings("SELECT COUNT(*) FROM account").get(0))) {
            failures.add("a refused sign-up stored an account");
        }

        System.out.println("Bad input corpus (to-do): " + cases + " cases, " + failures.size() + " failed");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(List.of("Target"), TestDatabase.titles(), "only the valid task is stored");
        assertEquals(200, send("GET", "/health/ready", null, null).statusCode());
        assertFalse(TestDatabase.strings("SELECT to_regclass('task')::text").isEmpty(), "the table is still there");
    }

    /** A form over the services' bound on bodies (RequestEdge.MAX_BODY_BYTES) is refused before it is read. */
    private static boolean tooLarge(byte[] form) {
        return form.length > 64 * 1024;
    }

    private static boolean refusedAsTooLarge(HttpResponse<String> page) {
        return page.statusCode() == 413 && page.body().contains("The body has more than 65536 bytes");
    }
}
