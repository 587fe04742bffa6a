package app.todo.task.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.Browser;
import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** The to-do page in a real browser, as a person uses it, against the WAR on Payara Micro and PostgreSQL. */
class TaskPageIT {

    private static PayaraServer server;
    private static ChromeDriver browser;
    /** One account's session for every browser of the class. */
    private static String session;

    private static final String NAME = TestAccounts.uniqueName("pages");
    /** The account's id, for rows inserted directly. */
    private static final String OWNER = "(SELECT id FROM account WHERE name_key = '" + NAME + "')";

    private static final java.util.Set<WebDriver> SIGNED_IN =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    @BeforeAll
    static void start() {
        server = PayaraServer.sharedTodo();
        session = TestAccounts.create(server.uri("/"), NAME);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void emptyList() {
        TestDatabase.deleteAllTasks();
    }

    @AfterEach
    void noErrorPage() {
        assertFalse(browser.getPageSource().contains("Something went wrong"), "an error page was shown");
    }

    @DisplayName("T7: added tasks are listed oldest first as Pending and survive a reload")
    @Test
    void addedTasksAreListedOldestFirstAsPendingAndSurviveAReload() {
        TodoPage page = TodoPage.open(browser, server, "");
        page.add("Buy milk");
        page.add("Walk the dog");

        assertEquals(List.of("Buy milk", "Walk the dog"), page.titles());
        assertEquals(List.of("Pending", "Pending"), page.states());
        assertEquals("2 tasks left", page.counter());
        assertEquals("", page.newTaskField().getAttribute("value"), "the field is emptied after adding");

        browser.navigate().refresh();
        assertEquals(List.of("Buy milk", "Walk the dog"), page.titles());
        assertEquals(List.of("Buy milk", "Walk the dog"), TestDatabase.titles());
    }

    @DisplayName("T12: ticking the checkbox marks the task Done in place, and back")
    @Test
    void tickingTheCheckboxMarksTheTaskDoneWithoutReloadingAndBack() {
        TodoPage page = TodoPage.open(browser, server, "");
        page.add("Water the plants");
        page.markAsNotReloaded();

        page.checkbox("Water the plants").click();
        page.waitUntil(p -> p.states().equals(List.of("Done")));
        assertEquals("true", page.checkbox("Water the plants").getAttribute("aria-checked"));
        assertEquals("0 tasks left", page.counter());
        assertTrue(page.wasNotReloaded(), "the toggle reloaded the page");
        assertTrue(TestDatabase.isDone("Water the plants"));

        page.checkbox("Water the plants").click();
        page.waitUntil(p -> p.states().equals(List.of("Pending")));
        assertEquals("1 task left", page.counter());
        assertFalse(TestDatabase.isDone("Water the plants"));

        browser.navigate().refresh();
        assertEquals(List.of("Pending"), page.states());
    }

    @DisplayName("T12: the × deletes the task from the page and the database")
    @Test
    void theCrossDeletesTheTaskFromPageAndDatabase() {
        TodoPage page = TodoPage.open(browser, server, "");
        page.add("Keep me");
        page.add("Delete me");

        WebElement delete = page.button("Delete Delete me");
        assertEquals(
                "\"×\"",
                ((JavascriptExecutor) browser)
                        .executeScript("return getComputedStyle(arguments[0], '::before').content", delete),
                "the button shows ×");
        delete.click();

        page.waitUntil(p -> p.titles().equals(List.of("Keep me")));
        assertEquals(List.of("Keep me"), TestDatabase.titles());
    }

    @DisplayName("T2: a title is edited in the task's form; Enter saves, Escape cancels, empty is refused")
    @Test
    void aTitleIsEditedInPlaceEnterSavesEscapeCancelsEmptyIsRefused() {
        TodoPage page = TodoPage.open(browser, server, "");
        page.add("Call mum");

        page.startEditing("Call mum");
        WebElement field = page.editField();
        assertEquals("Call mum", field.getAttribute("value"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Call mom", Keys.ENTER);
        page.waitUntil(p -> p.titles().equals(List.of("Call mom")));
        assertEquals(List.of("Call mom"), TestDatabase.titles());

        page.startEditing("Call mom");
        page.editField().sendKeys(" and dad", Keys.ESCAPE);
        page.waitUntil(p -> p.editFields().isEmpty());
        assertEquals(List.of("Call mom"), page.titles());

        page.startEditing("Call mom");
        page.editField().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.ENTER);
        assertEquals("Please enter a task", page.alert());
        assertEquals(List.of("Call mom"), TestDatabase.titles());
    }

    @DisplayName("T7: the filter is kept in the URL, and Clear done removes the done tasks")
    @Test
    void filtersAreKeptInTheUrlAndClearDoneRemovesDoneTasks() {
        TodoPage page = TodoPage.open(browser, server, "");
        page.add("Pending one");
        page.add("Done one");
        page.checkbox("Done one").click();
        page.waitUntil(p -> p.states().equals(List.of("Pending", "Done")));

        page.link("Done").click();
        page.waitUntil(p -> browser.getCurrentUrl().endsWith("&filter=done"));
        assertEquals(List.of("Done one"), page.titles());

        page.link("Pending").click();
        page.waitUntil(p -> browser.getCurrentUrl().endsWith("&filter=pending"));
        assertEquals(List.of("Pending one"), page.titles());
        browser.navigate().refresh();
        assertEquals(List.of("Pending one"), page.titles());
        assertEquals("1 task left", page.counter());

        page.link("All").click();
        page.waitUntil(p -> p.titles().size() == 2);
        page.button("Clear done").click();
        page.waitUntil(p -> p.titles().equals(List.of("Pending one")));
        assertEquals(List.of("Pending one"), TestDatabase.titles());
    }

    @DisplayName("T2, T3: an empty or overlong title is refused, the typed text stays, nothing stored")
    @Test
    void emptyAndOverlongTitlesAreRefusedAndTheTypedTextStays() {
        TodoPage page = TodoPage.open(browser, server, "");
        page.newTaskField().sendKeys("   ", Keys.ENTER);
        assertEquals("Please enter a task", page.alert());

        String overlong = "x".repeat(201);
        WebElement field = page.newTaskField();
        field.clear();
        field.sendKeys(overlong);
        page.button("Add").click();
        page.waitUntil(p -> p.alert().contains("at most 200 characters"));
        assertEquals(overlong, page.newTaskField().getAttribute("value"));
        assertTrue(TestDatabase.titles().isEmpty(), "nothing is stored on a refusal");

        page.newTaskField().clear();
        page.add("x".repeat(200));
        assertEquals(1, TestDatabase.titles().size());
    }

    @DisplayName("T13: markup in a title shows as text, and any Unicode comes back as typed")
    @Test
    void markupIsShownAsTextAndUnicodeRoundTrips() {
        TodoPage page = TodoPage.open(browser, server, "");
        String markup = "<script>document.title='owned'</script><b>bold</b> & <i>co</i>";
        String unicode = "Café ☕ 東京 — naïve 🚀 Ωμέγα";
        page.add(markup);
        page.add(unicode);

        assertEquals(List.of(markup, unicode), page.titles());
        assertTrue(browser.findElements(By.cssSelector("ul.tasks b")).isEmpty(), "markup was interpreted");
        assertEquals("To-do", browser.getTitle());
        assertEquals(List.of(markup, unicode), TestDatabase.titles());
        page.checkbox(unicode); // its accessible name is its title
        page.button("Delete " + markup);
    }

    @DisplayName("T5: a task deleted meanwhile gives \"This task no longer exists\", not an error page")
    @Test
    void aTaskDeletedMeanwhileGivesAMessageNotAnErrorPage() {
        TodoPage page = TodoPage.open(browser, server, "");
        page.add("Shared task");
        TestDatabase.execute("DELETE FROM task WHERE title = 'Shared task'"); // someone else deletes it

        page.checkbox("Shared task").click();
        page.waitUntil(p -> p.alert().equals("This task no longer exists"));
        assertTrue(page.titles().isEmpty());
    }

    @DisplayName("T7: a hundred tasks a page, with links to the others")
    @Test
    void aHundredTasksPerPageWithPageLinks() {
        TestDatabase.execute("INSERT INTO task (title, done, created_at, version, owner_id, list_id) "
                + "SELECT 'Task ' || lpad(n::text, 3, '0'), false, now() + n * interval '1 millisecond', 0, " + OWNER
                + ", " + TestDatabase.inboxOf(NAME) + " "
                + "FROM generate_series(1, 150) AS n");
        TodoPage page = TodoPage.open(browser, server, "");
        assertEquals(100, page.titles().size());
        assertEquals("Task 001", page.titles().get(0));
        assertEquals("150 tasks left", page.counter());

        page.link("2").click();
        page.waitUntil(p -> browser.getCurrentUrl().contains("page=2"));
        assertEquals(50, page.titles().size());
        assertEquals("Task 101", page.titles().get(0));
    }

    @DisplayName("T8: past a thousand tasks the counter says 1,000+ and the pages go on")
    @Test
    void pastAThousandTasksTheCounterSaysSoAndThePagesGoOn() {
        TestDatabase.execute("INSERT INTO task (title, done, created_at, version, owner_id, list_id) "
                + "SELECT 'Task ' || lpad(n::text, 4, '0'), false, now() + n * interval '1 millisecond', 0, " + OWNER
                + ", " + TestDatabase.inboxOf(NAME) + " "
                + "FROM generate_series(1, 1050) AS n");
        TodoPage page = TodoPage.open(browser, server, "");
        assertEquals("1,000+ tasks left", page.counter());

        page.link("10").click();
        page.waitUntil(p -> browser.getCurrentUrl().contains("page=10"));
        assertEquals("Task 0901", page.titles().get(0));
        page.link("11").click(); // not counted, but the full page before it says there is more
        page.waitUntil(p -> browser.getCurrentUrl().contains("page=11"));
        assertEquals(50, page.titles().size());
        assertEquals("Task 1001", page.titles().get(0));
        assertTrue(browser.findElements(By.linkText("12")).isEmpty(), "no page after the last");

        // A page number far past the tasks (forged URL): an empty page with bounded links, not a list of them
        // up to that number.
        TodoPage far = TodoPage.open(browser, server, "?page=2000000000");
        assertTrue(far.titles().isEmpty());
        assertEquals(
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "2000000000"),
                browser.findElements(By.cssSelector("nav.pages a")).stream()
                        .map(WebElement::getText)
                        .toList());
    }

    @DisplayName("T12: without JavaScript every action works, and a reload never posts again")
    @Test
    void withoutJavaScriptEveryActionWorksAndAReloadNeverPostsAgain() {
        ChromeDriver plain = Browser.start("en-US", false);
        try {
            TodoPage page = TodoPage.open(plain, server, "");
            page.newTaskField().sendKeys("Café sans script", Keys.ENTER);
            page.waitUntil(p -> p.titles().equals(List.of("Café sans script")));
            plain.navigate().refresh();
            assertEquals(List.of("Café sans script"), TestDatabase.titles(), "the reload posted the form again");

            page.checkbox("Café sans script").click();
            page.waitUntil(p -> p.states().equals(List.of("Done")));
            assertTrue(TestDatabase.isDone("Café sans script"));

            page.link("Edit Café sans script").click();
            page.editField().sendKeys(Keys.chord(Keys.CONTROL, "a"), "Still no script", Keys.ENTER);
            page.waitUntil(p -> p.titles().equals(List.of("Still no script")));

            page.button("Delete Still no script").click();
            page.waitUntil(p -> p.titles().isEmpty());
            assertTrue(TestDatabase.titles().isEmpty());
        } finally {
            plain.quit();
        }
    }

    @DisplayName("T13: a browser that prefers French gets the page, and its refusals, in French")
    @Test
    void aBrowserThatPrefersFrenchGetsTheFrenchPage() {
        ChromeDriver french = Browser.start("fr-FR", true);
        try {
            TodoPage page = TodoPage.open(french, server, "");
            assertEquals("À faire", french.findElement(By.tagName("h1")).getText());
            assertEquals("fr", french.findElement(By.tagName("html")).getAttribute("lang"));
            page.add("Acheter du pain");
            page.waitUntil(p -> p.states().equals(List.of("À faire")));
            assertEquals("1 tâche restante", page.counter());
            page.button("Supprimer Acheter du pain");
            page.newTaskField().sendKeys(" ", Keys.ENTER);
            assertEquals("Veuillez saisir une tâche", page.alert());
        } finally {
            french.quit();
        }
    }

    /** What a person sees of the page, found by role and accessible name as a screen reader would. */
    record TodoPage(WebDriver driver) {

        static TodoPage open(WebDriver driver, PayaraServer server, String query) {
            if (SIGNED_IN.add(driver)) {
                TestAccounts.useIn(driver, server.uri("/"), session);
            }
            driver.get(server.baseUrl() + "/" + query);
            return new TodoPage(driver);
        }

        WebElement newTaskField() {
            return driver.findElements(By.cssSelector("input[type=text]")).stream()
                    .filter(field -> field.getAccessibleName().toLowerCase().contains("task")
                            || field.getAccessibleName().toLowerCase().contains("tâche"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no field named like 'task'"));
        }

        void add(String title) {
            int before = titles().size();
            WebElement field = newTaskField();
            field.clear();
            field.sendKeys(title, Keys.ENTER);
            waitUntil(p -> p.titles().size() == before + 1);
        }

        List<String> titles() {
            return texts(By.cssSelector("ul.tasks > li .title"));
        }

        List<String> states() {
            return texts(By.cssSelector("ul.tasks > li .state"));
        }

        /** Texts of the elements, read again if an Ajax update replaced them while reading. */
        private List<String> texts(By selector) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return driver.findElements(selector).stream()
                            .map(WebElement::getText)
                            .toList();
                } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                    if (attempt == 5) {
                        throw replaced;
                    }
                }
            }
        }

        String counter() {
            return texts(By.cssSelector(".counter")).get(0);
        }

        /** The text of the alert region, once it says something. */
        String alert() {
            return Browser.waiting(driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        String text =
                                d.findElement(By.cssSelector("[role=alert]")).getText();
                        return text.isBlank() ? null : text;
                    });
        }

        WebElement checkbox(String name) {
            return named(By.cssSelector("[role=checkbox]"), name);
        }

        WebElement button(String name) {
            return named(By.cssSelector("button, input[type=submit]"), name);
        }

        WebElement link(String name) {
            return named(By.tagName("a"), name);
        }

        private WebElement named(By candidates, String name) {
            return Browser.waiting(driver, Duration.ofSeconds(10))
                    .until(d -> d.findElements(candidates).stream()
                            .filter(element -> element.getAccessibleName().equals(name))
                            .findFirst()
                            .orElse(null));
        }

        void startEditing(String title) {
            WebElement label = driver.findElements(By.cssSelector("ul.tasks .title")).stream()
                    .filter(element -> element.getText().equals(title))
                    .findFirst()
                    .orElseThrow();
            new Actions(driver).doubleClick(label).perform();
            waitUntil(p -> !p.editFields().isEmpty());
        }

        /** The edit form's title field, on the task's own page. */
        List<WebElement> editFields() {
            return driver.findElements(By.cssSelector("input.edit-title"));
        }

        WebElement editField() {
            return editFields().get(0);
        }

        void markAsNotReloaded() {
            ((JavascriptExecutor) driver).executeScript("window.notReloaded = true;");
        }

        boolean wasNotReloaded() {
            return Boolean.TRUE.equals(
                    ((JavascriptExecutor) driver).executeScript("return window.notReloaded === true;"));
        }

        void waitUntil(java.util.function.Predicate<TodoPage> condition) {
            Browser.waiting(driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.test(this));
        }
    }
}
