package app.todo.calendar.boundary;

import static app.todo.support.Browser.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.Browser;
import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/** The calendar feed (C1–C3): made on the page, read by a calendar application (ical4j parses it back). */
class CalendarFeedIT {

    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static PayaraServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = PayaraServer.sharedTodo();
    }

    @DisplayName("C1, C2: the feed holds each pending dated task as a VTODO and a VEVENT, all day or at the person's"
            + " time in their zone; nothing else, nobody else's; renewing and turning off end the old address")
    @Test
    void theFeedHoldsThePersonsDatedTasksAtTheirTimeAndEndsWhenRenewed() throws Exception {
        URI base = server.uri("/");
        String name = TestAccounts.uniqueName("calendar");
        String session = TestAccounts.create(base, name);
        TestDatabase.execute("UPDATE account SET time_zone = 'Asia/Tokyo' WHERE name = '" + name + "'");
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        add(
                session,
                "{\"title\": \"Dentist\", \"dueDate\": \"" + day + "\", \"dueTime\": \"09:30\","
                        + " \"notes\": \"Bring the card; ask about the bill\", \"priority\": \"high\"}");
        add(session, "{\"title\": \"Pay rent, before noon\", \"dueDate\": \"" + day.plusDays(2) + "\"}");
        long done = add(session, "{\"title\": \"Already done\", \"dueDate\": \"" + day + "\"}");
        TestDatabase.execute("UPDATE task SET done = TRUE WHERE id = " + done);
        add(session, "{\"title\": \"Some day\"}");
        String other = TestAccounts.create(base, TestAccounts.uniqueName("stranger"));
        add(other, "{\"title\": \"Not theirs\", \"dueDate\": \"" + day + "\"}");
        // A list another person shares with this one is among their lists (H2): its dated tasks are in the feed.
        String owner = TestAccounts.create(base, TestAccounts.uniqueName("sharer"));
        long team = id(post(owner, "api/lists", "{\"name\": \"Team\"}"));
        add(owner, "{\"title\": \"Shared deadline\", \"dueDate\": \"" + day + "\", \"listId\": " + team + "}");
        assertEquals(
                204,
                post(owner, "api/lists/" + team + "/people", "{\"name\": \"" + name + "\", \"role\": \"view\"}")
                        .statusCode());
        assertEquals(
                204, post(session, "api/invitations/" + team + "/accept", "").statusCode());

        ChromeDriver browser = Browser.start();
        try {
            TestAccounts.useIn(browser, base, session);
            browser.get(base.resolve("settings.xhtml").toString());
            named(browser, By.tagName("a"), "Calendar feed").click();
            assertTrue(text(browser).contains("Your tasks are not in any calendar yet."));
            named(browser, By.cssSelector("input[type=submit], button"), "Create feed address")
                    .click();
            String address = named(browser, By.tagName("input"), "Feed address").getAttribute("value");
            assertTrue(address.matches("http://[^/]+/api/calendar/[A-Za-z0-9_-]{43}\\.ics"), address);
            assertEquals(
                    "webcal" + address.substring(4),
                    named(browser, By.tagName("a"), "Subscribe in your calendar application")
                            .getAttribute("href"));

            HttpResponse<String> fetched = fetch(address);
            assertEquals(200, fetched.statusCode(), fetched.body());
            assertTrue(fetched.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
            Calendar calendar = new CalendarBuilder().build(new StringReader(fetched.body()));
            calendar.validate();

            String dentistAt = LocalDateTime.of(day, java.time.LocalTime.of(9, 30))
                    .atZone(ZoneId.of("Asia/Tokyo"))
                    .withZoneSameInstant(ZoneOffset.UTC)
                    .format(UTC_STAMP);
            String rentDay = day.plusDays(2).toString().replace("-", "");
            String sharedDay = day.toString().replace("-", "");
            assertEquals(
                    Map.of("Dentist", dentistAt, "Pay rent, before noon", rentDay, "Shared deadline", sharedDay),
                    starts(calendar, "VEVENT", "DTSTART"),
                    "events: the pending dated tasks, at the person's time (Tokyo) as an instant, or all day");
            assertEquals(
                    Map.of("Dentist", dentistAt, "Pay rent, before noon", rentDay, "Shared deadline", sharedDay),
                    starts(calendar, "VTODO", "DUE"),
                    "to-dos: the same tasks, due then");
            Component dentist = calendar.getComponents("VTODO").stream()
                    .map(Component.class::cast)
                    .filter(todo -> summary(todo).equals("Dentist"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Bring the card; ask about the bill", value(dentist, "DESCRIPTION"));
            assertEquals("1", value(dentist, "PRIORITY"));
            assertEquals("Inbox", value(dentist, "CATEGORIES"));
            assertTrue(fetched.body().contains("DTSTART;VALUE=DATE:" + rentDay), "an all-day event is a date");

            named(browser, By.cssSelector("input[type=submit], button"), "Renew address")
                    .click();
            String renewed = Browser.waiting(browser, java.time.Duration.ofSeconds(10))
                    .until(d -> {
                        String shown =
                                named(d, By.tagName("input"), "Feed address").getAttribute("value");
                        return shown.equals(address) ? null : shown;
                    });
            assertNotEquals(address, renewed);
            assertEquals(404, fetch(address).statusCode(), "the old address still answers after renewing");
            assertEquals(200, fetch(renewed).statusCode());

            named(browser, By.cssSelector("input[type=submit], button"), "Turn off feed")
                    .click();
            Browser.waiting(browser, java.time.Duration.ofSeconds(10))
                    .until(d -> text(d).contains("Your tasks are not in any calendar yet."));
            HttpResponse<String> off = fetch(renewed);
            assertEquals(404, off.statusCode());
            assertTrue(off.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        } finally {
            browser.quit();
        }
    }

    @DisplayName("C3: a feed fetched more often than 60 times an hour answers 429 with Retry-After")
    @Test
    void aFeedFetchedTooOftenIsRefused() throws Exception {
        URI base = server.uri("/");
        String name = TestAccounts.uniqueName("poller");
        TestAccounts.create(base, name);
        String secret = "A".repeat(22) + Long.toString(System.nanoTime(), 36);
        secret = (secret + "B".repeat(43)).substring(0, 43);
        TestDatabase.execute("INSERT INTO calendar_feed (account_id, secret, created_at)" + " SELECT id, '" + secret
                + "', CURRENT_TIMESTAMP FROM account WHERE name = '" + name + "'");
        String address = base.resolve("api/calendar/" + secret + ".ics").toString();
        for (int i = 0; i < 60; i++) {
            assertEquals(200, fetch(address).statusCode(), "fetch " + (i + 1));
        }
        HttpResponse<String> refused = fetch(address);
        assertEquals(429, refused.statusCode());
        assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()) > 0);
    }

    private static Map<String, String> starts(Calendar calendar, String kind, String property) {
        Map<String, String> starts = new TreeMap<>();
        for (Object component : calendar.getComponents(kind)) {
            starts.put(summary((Component) component), value((Component) component, property));
        }
        return starts;
    }

    private static String summary(Component component) {
        return value(component, "SUMMARY");
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    private long add(String session, String json) throws Exception {
        return id(post(session, "api/tasks", json));
    }

    private HttpResponse<String> post(String session, String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.uri("/").resolve(path))
                        .header("Cookie", TestAccounts.COOKIE + "=" + session)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long id(HttpResponse<String> added) {
        assertEquals(201, added.statusCode(), added.body());
        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(added.body());
        assertTrue(id.find(), added.body());
        return Long.parseLong(id.group(1));
    }

    private HttpResponse<String> fetch(String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String text(WebDriver browser) {
        return browser.findElement(By.tagName("body")).getText();
    }
}
