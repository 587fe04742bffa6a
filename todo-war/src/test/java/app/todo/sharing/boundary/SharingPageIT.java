package app.todo.sharing.boundary;

import static app.todo.support.Browser.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.ApiCalls;
import app.todo.support.Browser;
import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/** Sharing a list in two browsers, two accounts (H1–H5): invite, accept, view only, edit, remove, leave. */
class SharingPageIT {

    private static PayaraServer server;

    @BeforeAll
    static void start() {
        server = PayaraServer.sharedTodo();
    }

    @DisplayName("H1–H5: Alice shares a list with Bob to view; Bob accepts and sees it with no control that changes"
            + " it (the API refuses with 403); made an editor he adds and ticks, his task counting toward Alice's"
            + " quota; removed, the list is gone from his page; invited again, he leaves it")
    @Test
    void aListSharedToViewThenToEditThenRemovedAndLeft() throws Exception {
        URI base = server.uri("/");
        String alice = TestAccounts.uniqueName("alice");
        String aliceSession = TestAccounts.create(base, alice);
        String bob = TestAccounts.uniqueName("bob");
        String bobSession = TestAccounts.create(base, bob);
        long list = ApiCalls.id(api(aliceSession, "POST", "api/lists", "{\"name\": \"Groceries\"}"));
        long milk =
                ApiCalls.id(api(aliceSession, "POST", "api/tasks", "{\"title\": \"Milk\", \"listId\": " + list + "}"));

        ChromeDriver alicePage = Browser.start();
        ChromeDriver bobPage = Browser.start();
        try {
            TestAccounts.useIn(alicePage, base, aliceSession);
            TestAccounts.useIn(bobPage, base, bobSession);
            alicePage.get(base.resolve("?list=" + list).toString());
            named(alicePage, By.tagName("a"), "Share list").click();
            named(alicePage, By.tagName("input"), "User name").sendKeys(bob);
            named(alicePage, By.cssSelector("input[type=radio]"), "Can view").click();
            named(alicePage, By.cssSelector("input[type=submit], button"), "Invite")
                    .click();
            waitFor(alicePage, bob + " is invited");

            bobPage.get(base.toString());
            named(bobPage, By.tagName("a"), "Invitations (1)").click();
            assertTrue(text(bobPage).contains("Groceries, shared by " + alice + ": Can view"), text(bobPage));
            named(bobPage, By.tagName("button"), "Accept").click();
            waitFor(bobPage, "Milk");
            assertTrue(text(bobPage).contains("shared by " + alice), "the list's owner is named");
            assertTrue(
                    bobPage.findElements(By.cssSelector("input.new-task, #add\\:title"))
                                    .isEmpty()
                            && bobPage.findElements(By.cssSelector("button.check"))
                                    .isEmpty()
                            && bobPage.findElements(By.cssSelector("button.delete"))
                                    .isEmpty()
                            && bobPage.findElements(By.cssSelector("input.select"))
                                    .isEmpty(),
                    "a viewer is offered controls that change the list");
            assertTrue(bobPage.findElements(By.linkText("Share list")).isEmpty());
            assertEquals(
                    403,
                    api(bobSession, "POST", "api/tasks", "{\"title\": \"Sneaky\", \"listId\": " + list + "}")
                            .statusCode());
            assertEquals(
                    403,
                    api(bobSession, "PATCH", "api/tasks/" + milk, "{\"done\": true}")
                            .statusCode());
            assertEquals(
                    403, api(bobSession, "DELETE", "api/tasks/" + milk, null).statusCode());
            assertEquals(
                    403,
                    api(bobSession, "PATCH", "api/lists/" + list, "{\"name\": \"Mine\"}")
                            .statusCode());
            assertEquals(200, api(bobSession, "GET", "api/tasks/" + milk, null).statusCode());

            alicePage.get(base.resolve("share.xhtml?list=" + list).toString());
            named(alicePage, By.tagName("button"), "Allow editing").click();
            waitFor(alicePage, "now has another role");
            alicePage.get(base.resolve("?list=" + list).toString());
            bobPage.navigate().refresh();
            named(bobPage, By.tagName("input"), "New task").sendKeys("Bread\n");
            waitFor(bobPage, "Bread");
            waitFor(alicePage, "Bread"); // live (U2): Alice's open page shows it without a reload
            named(bobPage, By.cssSelector("button.check"), "Milk").click();
            Browser.waiting(alicePage, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("li.is-done")).size() == 1);
            assertEquals(
                    List.of(alice),
                    TestDatabase.strings(
                            "SELECT a.name FROM task t JOIN account a ON a.id = t.owner_id"
                                    + " WHERE t.title = 'Bread' AND t.list_id = ?",
                            list),
                    "the editor's task belongs to the list's owner, within her quota");

            alicePage.get(base.resolve("share.xhtml?list=" + list).toString());
            named(alicePage, By.tagName("button"), "Remove").click();
            waitFor(alicePage, bob + " no longer shares this list");
            bobPage.get(base.resolve("?list=" + list).toString());
            assertTrue(text(bobPage).contains("This list no longer exists"), text(bobPage));
            assertFalse(text(bobPage).contains("Groceries"));
            assertEquals(404, api(bobSession, "GET", "api/tasks/" + milk, null).statusCode());

            alicePage.get(base.resolve("share.xhtml?list=" + list).toString());
            named(alicePage, By.tagName("input"), "User name").sendKeys(bob);
            named(alicePage, By.cssSelector("input[type=submit], button"), "Invite")
                    .click();
            waitFor(alicePage, bob + " is invited");
            assertEquals(
                    204,
                    api(bobSession, "POST", "api/invitations/" + list + "/accept", null)
                            .statusCode());
            bobPage.get(base.resolve("?list=" + list).toString());
            named(bobPage, By.tagName("a"), "Members").click();
            named(bobPage, By.tagName("button"), "Leave list").click();
            Browser.waiting(bobPage, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> !text(d).contains("Groceries"));
            assertEquals(404, api(bobSession, "GET", "api/lists/" + list, null).statusCode());
        } finally {
            alicePage.quit();
            bobPage.quit();
        }
    }

    private HttpResponse<String> api(String session, String method, String path, String body) throws Exception {
        return ApiCalls.call(server.uri("/"), session, method, path, body);
    }

    private static String text(WebDriver browser) {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static void waitFor(WebDriver browser, String shown) {
        Browser.waiting(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class) // the page is being replaced
                .until(d -> text(d).contains(shown));
    }
}
