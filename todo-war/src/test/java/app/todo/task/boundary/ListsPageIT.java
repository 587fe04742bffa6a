package app.todo.task.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.Browser;
import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** Lists, due dates, Today and Upcoming, the edit form and the time zone, in a real browser, found by name. */
class ListsPageIT {

    private static PayaraServer server;

    @BeforeAll
    static void start() {
        server = PayaraServer.sharedTodo();
    }

    @DisplayName("L1, L2: a list is created, renamed and deleted (asked once more) with JavaScript and without")
    @Test
    void aListIsCreatedRenamedAndDeletedWithAndWithoutJavaScript() {
        for (boolean javaScript : new boolean[] {true, false}) {
            String name = TestAccounts.uniqueName(javaScript ? "lists-js" : "lists-plain");
            ChromeDriver browser = Browser.start("en-US", javaScript);
            try {
                Page page = Page.signedIn(browser, name);
                page.field("New list").sendKeys("Groceries");
                page.button("Create list").click();
                page.waitUntil(p -> p.heading().equals("Groceries"));
                assertTrue(browser.getCurrentUrl().contains("list="), browser.getCurrentUrl());
                page.add("Milk");
                assertTrue(page.link("Groceries 1").isDisplayed(), "the list shows its one open task");

                WebElement rename = page.field("List name");
                rename.clear();
                rename.sendKeys("Shopping");
                page.button("Rename list").click();
                page.waitUntil(p -> p.heading().equals("Shopping"));

                page.link("Delete list").click();
                page.waitUntil(p -> p.text().contains("Delete the list \u201cShopping\u201d and its 1 task?"));
                assertEquals(List.of("Shopping"), listNames(name), "asking deletes nothing");
                page.button("Delete list").click();
                page.waitUntil(p -> p.heading().equals("Inbox"));
                assertTrue(
                        page.navigation().findElements(By.linkText("Shopping")).isEmpty());
                assertEquals(List.of(), listNames(name));
                assertEquals(
                        List.of("0"),
                        TestDatabase.strings(
                                "SELECT COUNT(*) FROM task t JOIN account a ON a.id = t.owner_id WHERE a.name_key = ?",
                                name));
                assertTrue(page.link("Inbox 0").isDisplayed(), "the Inbox stays, with its count");
            } finally {
                browser.quit();
            }
        }
    }

    @DisplayName("A13, D2, D3, D4: in the person's time zone a task due today is in Today and Upcoming; edited, moved")
    @Test
    void aTaskDueTodayInThePersonsZoneIsInTodayAndUpcomingAndIsEditedAndMoved() {
        // A zone whose date differs from UTC's now: one of these two always does (UTC+14, UTC-11).
        ZoneId zone = LocalDate.now(ZoneId.of("Pacific/Kiritimati")).equals(LocalDate.now(ZoneOffset.UTC))
                ? ZoneId.of("Pacific/Pago_Pago")
                : ZoneId.of("Pacific/Kiritimati");
        String name = TestAccounts.uniqueName("dates");
        ChromeDriver browser = Browser.start("en-US", true);
        try {
            // Signing up in a browser takes its time zone.
            browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));
            browser.get(server.baseUrl() + "/signup.xhtml");
            Page page = new Page(browser);
            page.field("User name").sendKeys(name);
            page.field("Password").sendKeys(TestAccounts.PASSWORD);
            page.field("Repeat password").sendKeys(TestAccounts.PASSWORD);
            page.button("Create account").click();
            page.waitUntil(p -> p.heading().equals("Inbox"));
            assertEquals(
                    List.of("Asia/Tokyo"),
                    TestDatabase.strings("SELECT time_zone FROM account WHERE name_key = ?", name));

            // The settings page changes it.
            page.link("Settings").click();
            new Select(page.field("Time zone")).selectByValue(zone.getId());
            page.button("Save settings").click();
            page.waitUntil(p -> p.heading().equals("Inbox"));
            assertEquals(
                    List.of(zone.getId()),
                    TestDatabase.strings("SELECT time_zone FROM account WHERE name_key = ?", name));

            LocalDate today = LocalDate.now(zone);
            page.field("New list").sendKeys("Bills");
            page.button("Create list").click();
            page.waitUntil(p -> p.heading().equals("Bills"));
            page.link("Inbox 0").click();
            page.waitUntil(p -> p.heading().equals("Inbox"));
            page.add("Pay rent", today);
            page.add("Book the dentist", today.plusDays(1));
            page.add("Someday");
            assertEquals(List.of("Today", "Tomorrow"), page.texts(".task .due"));

            page.link("Today").click();
            page.waitUntil(p -> p.heading().equals("Today"));
            assertEquals(List.of("Pay rent"), page.titles());
            assertEquals(List.of("Inbox"), page.texts(".task .list-name"), "a view says which list a task is in");

            page.link("Upcoming").click();
            page.waitUntil(p -> p.heading().equals("Upcoming"));
            assertEquals(List.of("Today", "Tomorrow"), page.texts("h3.day"));
            assertEquals(List.of("Pay rent", "Book the dentist"), page.titles());

            page.link("Edit Pay rent").click();
            page.waitUntil(p -> p.heading().equals("Edit task"));
            new Select(page.field("Priority")).selectByVisibleText("High");
            page.field("Notes").sendKeys("Transfer by noon\nReference 42");
            new Select(page.field("Move to list")).selectByVisibleText("Bills");
            page.button("Save").click();
            page.waitUntil(p -> p.heading().equals("Upcoming"));

            page.link("Bills 1").click();
            page.waitUntil(p -> p.heading().equals("Bills"));
            assertEquals(List.of("Pay rent"), page.titles());
            assertTrue(page.named(By.cssSelector("[role=img]"), "High priority").isDisplayed());
            assertTrue(page.named(By.cssSelector("[role=img]"), "Has notes").isDisplayed());
            assertEquals(
                    List.of("3|Transfer by noon\nReference 42|Bills"),
                    TestDatabase.strings(
                            "SELECT t.priority || '|' || t.notes || '|' || l.name FROM task t"
                                    + " JOIN task_list l ON l.id = t.list_id WHERE t.title = 'Pay rent' AND l.owner_id ="
                                    + " (SELECT id FROM account WHERE name_key = ?)",
                            name));
            assertTrue(page.link("Inbox 2").isDisplayed(), "the Inbox counts what is left in it");
        } finally {
            browser.quit();
        }
    }

    @DisplayName("S1: \"Search tasks\" finds across the lists, case and accents ignored, pending first, each with its"
            + " list; a tick in the results stays there; with JavaScript and without")
    @Test
    void searchFindsAcrossTheListsWithAndWithoutJavaScript() {
        for (boolean javaScript : new boolean[] {true, false}) {
            ChromeDriver browser = Browser.start("en-US", javaScript);
            try {
                Page page = Page.signedIn(browser, TestAccounts.uniqueName(javaScript ? "search-js" : "search-plain"));
                page.add("Cafeteria budget");
                page.add("Call the bank");
                page.field("New list").sendKeys("Shopping");
                page.button("Create list").click();
                page.waitUntil(p -> p.heading().equals("Shopping"));
                page.add("Buy CAFÉ beans");
                page.button("Buy CAFÉ beans").click(); // ticks it
                page.waitUntil(p -> p.texts(".task.is-done .title").equals(List.of("Buy CAFÉ beans")));

                WebElement search = browser.findElement(By.cssSelector("[role=search]"));
                assertEquals("Search tasks", search.getAccessibleName(), "the search landmark is named");
                page.field("Search tasks").sendKeys("  cafe " + Keys.ENTER);
                page.waitUntil(p -> p.heading().equals("Results for \u201ccafe\u201d"));
                assertTrue(browser.getCurrentUrl().matches(".*[?&]q=\\+*cafe.*"), browser.getCurrentUrl());
                assertEquals(List.of("Cafeteria budget", "Buy CAFÉ beans"), page.titles(), "pending first");
                assertEquals(List.of("Inbox", "Shopping"), page.texts(".task .list-name"));

                page.button("Cafeteria budget").click();
                page.waitUntil(p -> p.texts(".task.is-done .title").size() == 2);
                assertEquals("Results for \u201ccafe\u201d", page.heading(), "a tick in the results stays there");

                page.field("Search tasks").clear();
                page.field("Search tasks").sendKeys("%" + Keys.ENTER);
                page.waitUntil(p -> p.text().contains("No task matches this search."));
            } finally {
                browser.quit();
            }
        }
    }

    @DisplayName("O1, O3: in \"My order\" Move up and Move down move a row, with JavaScript and without; Alt+Down and"
            + " dragging move it and say where it is now; \"Sort by\" sorts the list and stays")
    @Test
    void rowsMoveInMyOrderAndTheListSorts() {
        for (boolean javaScript : new boolean[] {true, false}) {
            String name = TestAccounts.uniqueName(javaScript ? "order-js" : "order-plain");
            ChromeDriver browser = Browser.start("en-US", javaScript);
            try {
                Page page = Page.signedIn(browser, name);
                page.add("One");
                page.add("Two");
                page.add("Three");
                page.rowButton("Three", "Move up").click();
                page.waitUntil(p -> p.titles().equals(List.of("One", "Three", "Two")));
                page.rowButton("One", "Move down").click();
                page.waitUntil(p -> p.titles().equals(List.of("Three", "One", "Two")));
                page.rowButton("Three", "Move up").click(); // at the top already: nothing moves
                page.waitUntil(p -> p.titles().equals(List.of("Three", "One", "Two")));

                if (javaScript) {
                    page.rowButton("Three", "Move down").sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
                    page.waitUntil(p -> p.titles().equals(List.of("One", "Three", "Two")));
                    page.waitUntil(p -> p.announced().equals("Moved to position 2 of 3"));

                    browser.executeScript(
                            "var from = arguments[0], to = arguments[1], data = new DataTransfer();"
                                    + "var box = to.getBoundingClientRect(), at = {bubbles: true, cancelable: true,"
                                    + " dataTransfer: data, clientX: box.left + 5, clientY: box.top + 2};"
                                    + "from.dispatchEvent(new DragEvent('dragstart', at));"
                                    + "to.dispatchEvent(new DragEvent('dragover', at));"
                                    + "to.dispatchEvent(new DragEvent('drop', at));",
                            page.row("Two"),
                            page.row("One"));
                    page.waitUntil(p -> p.titles().equals(List.of("Two", "One", "Three")));
                    page.waitUntil(p -> p.announced().equals("Moved to position 1 of 3"));
                }

                new Select(page.field("Sort by")).selectByVisibleText("Created");
                if (!javaScript) {
                    page.button("Sort").click();
                }
                page.waitUntil(p -> p.titles().equals(List.of("One", "Two", "Three")));
                assertTrue(
                        browser.findElements(By.cssSelector("button[name=up]")).isEmpty(), "no moving by hand");
                browser.navigate().refresh();
                assertEquals(
                        "Created",
                        new Select(page.field("Sort by"))
                                .getFirstSelectedOption()
                                .getText());
                assertEquals(
                        List.of("CREATED"),
                        TestDatabase.strings(
                                "SELECT l.sort_order FROM task_list l JOIN account a ON a.id = l.owner_id"
                                        + " WHERE a.name_key = ?",
                                name));
            } finally {
                browser.quit();
            }
        }
    }

    @DisplayName("B1, B2: three selected move to another list; the selection is deleted after the question; \"Mark all"
            + " as done\" and \"Select all\"; with JavaScript and without")
    @Test
    void bulkActionsWithAndWithoutJavaScript() {
        for (boolean javaScript : new boolean[] {true, false}) {
            ChromeDriver browser = Browser.start("en-US", javaScript);
            try {
                Page page = Page.signedIn(browser, TestAccounts.uniqueName(javaScript ? "bulk-js" : "bulk-plain"));
                page.field("New list").sendKeys("Later");
                page.button("Create list").click();
                page.waitUntil(p -> p.heading().equals("Later"));
                page.link("Inbox 0").click();
                page.waitUntil(p -> p.heading().equals("Inbox"));
                for (String title : List.of("A", "B", "C", "D", "E")) {
                    page.add(title);
                }
                for (String title : List.of("A", "B", "C")) {
                    page.rowField(title, "Select").click();
                }
                new Select(page.field("Move to list")).selectByVisibleText("Later");
                page.button("Move to list").click();
                page.waitUntil(p -> p.titles().equals(List.of("D", "E")));
                assertTrue(page.link("Later 3").isDisplayed(), "the list counts what came to it");

                page.rowField("D", "Select").click();
                page.button("Delete").click();
                page.waitUntil(p -> p.text().contains("Delete the selected task?"));
                assertEquals(List.of("D", "E"), page.titles(), "asking deletes nothing");
                page.button("Delete").click();
                page.waitUntil(p -> p.titles().equals(List.of("E")));

                page.add("F");
                page.button("Mark all as done").click();
                page.waitUntil(p -> p.texts(".task.is-done .title").equals(List.of("E", "F")));
                assertTrue(page.link("Inbox 0").isDisplayed());

                page.field("Select all").click();
                page.button("Mark pending").click();
                page.waitUntil(p -> p.texts(".task.is-done .title").isEmpty());
                assertTrue(page.link("Inbox 2").isDisplayed());

                page.rowField("F", "Select").click();
                page.field("Set due date")
                        .sendKeys(LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("MMddyyyy")));
                page.button("Set due date").click();
                page.waitUntil(p -> p.texts(".task .due").equals(List.of("Today")));
                assertEquals(List.of("F"), page.texts(".task:has(.due) .title"));
            } finally {
                browser.quit();
            }
        }
    }

    @DisplayName(
            "K1: n, /, j, k, x, e and Escape act from the keyboard, ? shows \"Keyboard shortcuts\"; typed in a field"
                    + " they are only text")
    @Test
    void keyboardShortcutsActOutsideFieldsOnly() {
        ChromeDriver browser = Browser.start("en-US", true);
        try {
            Page page = Page.signedIn(browser, TestAccounts.uniqueName("keys"));
            page.add("Alpha");
            page.add("Beta");
            Actions keys = new Actions(browser);
            browser.executeScript("document.activeElement.blur()");

            keys.sendKeys("?").perform();
            WebElement dialog = browser.findElement(By.id("shortcuts"));
            page.waitUntil(p -> dialog.isDisplayed());
            assertEquals("Keyboard shortcuts", dialog.getAccessibleName());
            keys.sendKeys(Keys.ESCAPE).perform();
            page.waitUntil(p -> !dialog.isDisplayed());

            keys.sendKeys("n").perform();
            assertEquals("New task", browser.switchTo().activeElement().getAccessibleName());
            keys.sendKeys("j?x/").perform();
            assertEquals("j?x/", page.field("New task").getAttribute("value"), "typed in a field, keys are text");
            assertTrue(!dialog.isDisplayed());
            page.field("New task").clear();
            browser.executeScript("document.activeElement.blur()");

            keys.sendKeys("j").perform();
            assertEquals("Select", browser.switchTo().activeElement().getAccessibleName());
            assertEquals(page.row("Alpha"), browser.switchTo().activeElement().findElement(By.xpath("ancestor::li")));
            keys.sendKeys("j").sendKeys("x").perform();
            assertTrue(page.rowField("Beta", "Select").isSelected(), "x selects the row in focus");
            assertTrue(!page.rowField("Alpha", "Select").isSelected());
            keys.sendKeys("k").perform();
            assertEquals(page.row("Alpha"), browser.switchTo().activeElement().findElement(By.xpath("ancestor::li")));

            keys.sendKeys("e").perform();
            page.waitUntil(p -> p.heading().equals("Edit task"));
            keys.sendKeys(Keys.ESCAPE).perform();
            page.waitUntil(p -> p.heading().equals("Inbox"));

            browser.executeScript("document.activeElement.blur()");
            keys.sendKeys("/").perform();
            assertEquals("Search tasks", browser.switchTo().activeElement().getAccessibleName());
        } finally {
            browser.quit();
        }
    }

    @DisplayName("T13, D2: lists, views and due dates in French")
    @Test
    void listsViewsAndDueDatesInFrench() {
        ChromeDriver french = Browser.start("fr-FR", true);
        try {
            Page page = Page.signedIn(french, TestAccounts.uniqueName("listes"));
            assertEquals("Listes", page.navigation().getAccessibleName());
            assertEquals("Boîte de réception", page.heading());
            page.field("Nouvelle liste").sendKeys("Courses");
            page.button("Créer la liste").click();
            page.waitUntil(p -> p.heading().equals("Courses"));
            page.add("Pain", LocalDate.now(ZoneOffset.UTC));
            assertEquals(List.of("Aujourd’hui"), page.texts(".task .due"));
            page.link("À venir").click();
            page.waitUntil(p -> p.heading().equals("À venir"));
            assertEquals(List.of("Courses"), page.texts(".task .list-name"));
            page.link("Courses 1").click();
            page.waitUntil(p -> p.heading().equals("Courses"));
            for (String field :
                    List.of("Trier par", "Tout sélectionner", "Déplacer vers la liste", "Fixer l’échéance")) {
                assertTrue(page.field(field).isDisplayed(), field);
            }
            assertTrue(page.rowButton("Pain", "Monter").isDisplayed());
            assertTrue(page.rowField("Pain", "Sélectionner").isDisplayed());
            page.field("Rechercher des tâches").sendKeys("pain" + Keys.ENTER);
            page.waitUntil(p -> p.heading().replace('\u00a0', ' ').equals("Résultats pour « pain »"));
            assertEquals(List.of("Pain"), page.titles());
        } finally {
            french.quit();
        }
    }

    private static List<String> listNames(String account) {
        return TestDatabase.strings(
                "SELECT l.name FROM task_list l JOIN account a ON a.id = l.owner_id"
                        + " WHERE a.name_key = ? AND NOT l.inbox ORDER BY l.id",
                account);
    }

    /** The page as a person finds it: by role and accessible name. */
    record Page(WebDriver driver) {

        static Page signedIn(WebDriver driver, String name) {
            TestAccounts.useIn(driver, server.uri("/"), TestAccounts.create(server.uri("/"), name));
            driver.get(server.baseUrl() + "/");
            return new Page(driver);
        }

        String heading() {
            List<WebElement> headings = driver.findElements(By.tagName("h2"));
            return headings.isEmpty() ? "" : headings.get(0).getText();
        }

        String text() {
            return driver.findElement(By.tagName("body")).getText();
        }

        WebElement navigation() {
            return driver.findElement(By.cssSelector("nav.lists"));
        }

        List<String> titles() {
            return texts("ul.tasks > li .title");
        }

        List<String> texts(String css) {
            return driver.findElements(By.cssSelector(css)).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        void add(String title) {
            add(title, null);
        }

        /**
         * Adds through the form: the title, and the due date typed as the browser's date field takes it (headless
         * Chromium's is month, day, year in either language).
         */
        void add(String title, LocalDate due) {
            int before = titles().size();
            boolean french = "fr".equals(driver.findElement(By.tagName("html")).getAttribute("lang"));
            field(french ? "Nouvelle tâche" : "New task").sendKeys(title);
            if (due != null) {
                field(french ? "Date d’échéance" : "Due date")
                        .sendKeys(due.format(DateTimeFormatter.ofPattern("MMddyyyy")));
            }
            button(french ? "Ajouter" : "Add").click();
            waitUntil(p -> p.titles().size() == before + 1 || p.heading().equals("Today"));
        }

        /** The row whose title is this. */
        WebElement row(String title) {
            return Browser.waiting(driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("li.task")).stream()
                            .filter(row -> row.findElement(By.cssSelector(".title"))
                                    .getText()
                                    .equals(title))
                            .findFirst()
                            .orElse(null));
        }

        /** A button of the row whose title is this, by its accessible name. */
        WebElement rowButton(String title, String name) {
            return Browser.waiting(driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> row(title).findElements(By.tagName("button")).stream()
                            .filter(button -> button.getAccessibleName().equals(name))
                            .findFirst()
                            .orElse(null));
        }

        /** A field of the row whose title is this, by its accessible name. */
        WebElement rowField(String title, String name) {
            return Browser.waiting(driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> row(title).findElements(By.tagName("input")).stream()
                            .filter(input -> input.getAccessibleName().equals(name))
                            .findFirst()
                            .orElse(null));
        }

        /** What the page last read out to screen readers. */
        String announced() {
            return driver.findElement(By.id("announcer")).getAttribute("textContent");
        }

        WebElement field(String name) {
            return named(By.cssSelector("input, select, textarea"), name);
        }

        WebElement button(String name) {
            return named(By.cssSelector("button, input[type=submit]"), name);
        }

        /** A link by its accessible name, its words joined by single spaces. */
        WebElement link(String name) {
            return Browser.waiting(driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.tagName("a")).stream()
                            .filter(a -> a.getAccessibleName()
                                    .replaceAll("\\s+", " ")
                                    .strip()
                                    .equals(name))
                            .findFirst()
                            .orElse(null));
        }

        WebElement named(By candidates, String name) {
            return Browser.waiting(driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(candidates).stream()
                            .filter(element -> element.getAccessibleName().equals(name))
                            .findFirst()
                            .orElse(null));
        }

        /** Waits for what the page should show; if it never does, says what it shows instead. */
        void waitUntil(java.util.function.Predicate<Page> condition) {
            try {
                Browser.waiting(driver, Duration.ofSeconds(10))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> condition.test(this));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError(
                        "the page did not show what was expected; at " + driver.getCurrentUrl() + " it shows: "
                                + text(),
                        e);
            }
        }
    }
}
