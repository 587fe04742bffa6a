package app.todo.account.boundary;

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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Accounts in a real browser: creating one, signing in and out, and each person seeing only their own list. */
class AccountPagesIT {

    private static PayaraServer server;

    @BeforeAll
    static void start() {
        server = PayaraServer.sharedTodo();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    @AfterEach
    void noFailuresCounted() {
        // Every test signs in from 127.0.0.1: the throttle counts per address too.
        TestDatabase.execute("DELETE FROM sign_in_failure");
    }

    @DisplayName("A1, A4, A8, A10: a stranger creates an account, signs out, and signs in again, the name in any case")
    @Test
    void aStrangerCreatesAnAccountSignsOutAndSignsInAgain() {
        ChromeDriver browser = Browser.start();
        try {
            String name = TestAccounts.uniqueName("Newcomer");
            browser.get(server.baseUrl() + "/");
            assertSignInPage(browser);
            browser.findElement(By.linkText("Create account")).click();
            createAccount(browser, name, TestAccounts.PASSWORD, TestAccounts.PASSWORD);

            waitFor(browser, "Signed in as " + name);
            assertTrue(browser.findElement(By.cssSelector(".empty")).getText().contains("Nothing to do yet"));
            add(browser, "My first task");

            button(browser, "Sign out").click();
            assertSignInPage(browser);
            browser.navigate().back();
            assertSignInPage(browser);
            assertFalse(browser.getPageSource().contains("My first task"), "the back button showed the list");
            browser.navigate().refresh();
            assertSignInPage(browser);

            signIn(browser, name, "not the right password");
            assertEquals("The user name or password is wrong", error(browser, "Password"));
            assertEquals(name, field(browser, "User name").getAttribute("value"), "the typed name stays");
            signIn(browser, TestAccounts.uniqueName("nobody"), "not the right password");
            assertEquals(
                    "The user name or password is wrong",
                    error(browser, "Password"),
                    "an unknown name gets the same answer as a wrong password");

            signIn(browser, name.toLowerCase(), TestAccounts.PASSWORD);
            waitFor(browser, "My first task");
        } finally {
            browser.quit();
        }
    }

    @DisplayName("A1, A2: creating an account refuses each wrong field with a message on it, nothing stored")
    @Test
    void createAccountRefusesEachWrongFieldWithAMessageOnIt() {
        ChromeDriver browser = Browser.start();
        try {
            String taken = TestAccounts.uniqueName("taken");
            TestAccounts.create(server.uri("/"), taken);
            browser.get(server.baseUrl() + "/signup.xhtml");
            createAccount(browser, "a b", TestAccounts.PASSWORD, TestAccounts.PASSWORD);
            assertTrue(error(browser, "User name").contains("3 to 40 letters"), error(browser, "User name"));
            createAccount(browser, taken.toUpperCase(), TestAccounts.PASSWORD, TestAccounts.PASSWORD);
            assertEquals("This user name is taken; please choose another", error(browser, "User name"));
            String name = TestAccounts.uniqueName("fresh");
            createAccount(browser, name, "too short", "too short");
            assertEquals("A password has at least 12 characters", error(browser, "Password"));
            createAccount(browser, name, "1qaz2wsx3edc", "1qaz2wsx3edc");
            assertTrue(error(browser, "Password").contains("most common"));
            createAccount(browser, name, TestAccounts.PASSWORD, TestAccounts.PASSWORD + "!");
            assertEquals("The two passwords differ", error(browser, "Repeat password"));
            assertEquals("true", field(browser, "Repeat password").getAttribute("aria-invalid"));
            assertEquals(
                    List.of(), TestDatabase.strings("SELECT name FROM account WHERE name_key = ?", name.toLowerCase()));
        } finally {
            browser.quit();
        }
    }

    @DisplayName("T5: two accounts in two browsers see and change only their own tasks")
    @Test
    void twoAccountsInTwoBrowsersSeeOnlyTheirOwnTasks() {
        ChromeDriver alice = Browser.start();
        ChromeDriver bob = Browser.start();
        try {
            TestAccounts.useIn(
                    alice, server.uri("/"), TestAccounts.create(server.uri("/"), TestAccounts.uniqueName("alice")));
            TestAccounts.useIn(
                    bob, server.uri("/"), TestAccounts.create(server.uri("/"), TestAccounts.uniqueName("bob")));
            alice.get(server.baseUrl() + "/");
            add(alice, "Alice's secret");
            bob.get(server.baseUrl() + "/");
            add(bob, "Bob's errand");
            assertEquals(List.of("Bob's errand"), titles(bob));
            assertEquals(List.of("Alice's secret"), titles(alice));

            // Bob's own delete button, aimed at Alice's task id: the page says it no longer exists, and it stays.
            String aliceTask = TestDatabase.strings("SELECT id FROM task WHERE title = 'Alice''s secret'")
                    .get(0);
            WebElement delete = button(bob, "Delete Bob's errand");
            ((JavascriptExecutor) bob).executeScript("arguments[0].value = arguments[1] + '.0'", delete, aliceTask);
            delete.click();
            waitFor(bob, "This task no longer exists");
            assertEquals(
                    List.of("Alice's secret"), TestDatabase.strings("SELECT title FROM task WHERE id = " + aliceTask));
            alice.navigate().refresh();
            assertEquals(List.of("Alice's secret"), titles(alice));
        } finally {
            alice.quit();
            bob.quit();
        }
    }

    @DisplayName("A9, A10: after signing out, the old HttpOnly cookie signs nobody in")
    @Test
    void theOldCookieSignsNobodyInAfterSigningOut() {
        ChromeDriver browser = Browser.start();
        try {
            TestAccounts.useIn(
                    browser, server.uri("/"), TestAccounts.create(server.uri("/"), TestAccounts.uniqueName("leaver")));
            browser.get(server.baseUrl() + "/");
            Cookie cookie = browser.manage().getCookieNamed(TestAccounts.COOKIE);
            assertTrue(cookie.isHttpOnly());
            button(browser, "Sign out").click();
            assertSignInPage(browser);
            browser.manage().addCookie(cookie); // as if copied before signing out
            browser.get(server.baseUrl() + "/");
            assertSignInPage(browser);
        } finally {
            browser.quit();
        }
    }

    @DisplayName("A10: changing the password signs out every other browser, and the old password fails")
    @Test
    void changingThePasswordSignsOutEveryOtherBrowser() {
        ChromeDriver here = Browser.start();
        ChromeDriver elsewhere = Browser.start();
        try {
            String name = TestAccounts.uniqueName("changer");
            TestAccounts.useIn(here, server.uri("/"), TestAccounts.create(server.uri("/"), name));
            TestAccounts.useIn(elsewhere, server.uri("/"), TestAccounts.signIn(server.uri("/"), name));
            here.get(server.baseUrl() + "/");
            here.findElement(By.linkText("Change password")).click();
            type(field(here, "Current password"), "not the current one");
            type(field(here, "New password"), "A brand new passphrase");
            type(field(here, "Repeat password"), "A brand new passphrase");
            button(here, "Change password").click();
            assertEquals("The current password is wrong", error(here, "Current password"));

            type(field(here, "Current password"), TestAccounts.PASSWORD);
            type(field(here, "New password"), "A brand new passphrase");
            type(field(here, "Repeat password"), "A brand new passphrase");
            button(here, "Change password").click();
            waitFor(here, "Signed in as " + name);

            elsewhere.get(server.baseUrl() + "/");
            assertSignInPage(elsewhere);
            signIn(elsewhere, name, TestAccounts.PASSWORD);
            assertEquals("The user name or password is wrong", error(elsewhere, "Password"));
            signIn(elsewhere, name, "A brand new passphrase");
            waitFor(elsewhere, "Signed in as " + name);
        } finally {
            here.quit();
            elsewhere.quit();
        }
    }

    @DisplayName("A5: after five wrong passwords the page says how long the name must wait")
    @Test
    void fiveWrongPasswordsMakeTheNameWait() {
        ChromeDriver browser = Browser.start();
        try {
            String name = TestAccounts.uniqueName("guessed");
            TestAccounts.create(server.uri("/"), name);
            browser.get(server.baseUrl() + "/signin.xhtml");
            for (int i = 0; i < 5; i++) {
                signIn(browser, name, "wrong guess " + i);
                assertEquals("The user name or password is wrong", error(browser, "Password"));
            }
            signIn(browser, name, TestAccounts.PASSWORD);
            assertTrue(
                    error(browser, "Password").matches("Too many failed sign-ins; try again in \\d+ seconds"),
                    error(browser, "Password"));
            assertSignInPage(browser);
        } finally {
            browser.quit();
        }
    }

    @Test
    void inFrenchTheSignInPageSpeaksFrench() {
        ChromeDriver browser = Browser.start("fr-FR", true);
        try {
            browser.get(server.baseUrl() + "/");
            field(browser, "Nom d’utilisateur");
            field(browser, "Mot de passe");
            button(browser, "Se connecter");
            browser.findElement(By.linkText("Créer un compte")).click();
            field(browser, "Répéter le mot de passe");
            button(browser, "Créer un compte");
        } finally {
            browser.quit();
        }
    }

    @DisplayName("A8: creating an account, signing out and in again work without JavaScript")
    @Test
    void withoutJavaScriptEverythingWorks() {
        ChromeDriver browser = Browser.start("en-US", false);
        try {
            String name = TestAccounts.uniqueName("plain");
            browser.get(server.baseUrl() + "/signup.xhtml");
            createAccount(browser, name, TestAccounts.PASSWORD, TestAccounts.PASSWORD);
            waitFor(browser, "Signed in as " + name);
            add(browser, "Without scripts");
            button(browser, "Sign out").click();
            assertSignInPage(browser); // the next page, not the one being left
            signIn(browser, name, TestAccounts.PASSWORD);
            waitFor(browser, "Without scripts");
        } finally {
            browser.quit();
        }
    }

    private static void assertSignInPage(WebDriver browser) {
        Browser.waiting(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/signin.xhtml"));
        field(browser, "User name");
        field(browser, "Password");
        button(browser, "Sign in");
    }

    private static void signIn(WebDriver browser, String name, String password) {
        type(field(browser, "User name"), name);
        type(field(browser, "Password"), password);
        submit(browser, "Sign in");
    }

    private static void createAccount(WebDriver browser, String name, String password, String repeat) {
        type(field(browser, "User name"), name);
        type(field(browser, "Password"), password);
        type(field(browser, "Repeat password"), repeat);
        submit(browser, "Create account");
    }

    /** Clicks the form's button and waits for its answer to replace the page: what is read next is the answer's. */
    private static void submit(WebDriver browser, String buttonName) {
        WebElement button = button(browser, buttonName);
        button.click();
        Browser.waiting(browser, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button));
    }

    private static void add(WebDriver browser, String title) {
        WebElement field = browser.findElement(By.cssSelector(".add-form input[type=text]"));
        field.sendKeys(title);
        button(browser, "Add").click();
        Browser.waiting(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> titles(d).contains(title));
    }

    private static List<String> titles(WebDriver browser) {
        return browser.findElements(By.cssSelector("ul.tasks .title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    private static void waitFor(WebDriver browser, String text) {
        Browser.waiting(browser, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains(text));
    }

    /** The field a person finds by its label (its accessible name). */
    private static WebElement field(WebDriver browser, String name) {
        return named(browser, "input:not([type=hidden]):not([type=submit])", name);
    }

    private static WebElement button(WebDriver browser, String name) {
        return named(browser, "input[type=submit], button", name);
    }

    /** The element a person finds by its accessible name, once the page that has it is loaded. */
    private static WebElement named(WebDriver browser, String selector, String name) {
        try {
            return Browser.waiting(browser, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(selector)).stream()
                            .filter(element -> name.equals(element.getAccessibleName()))
                            .findFirst()
                            .orElse(null));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("nothing named " + name + " on " + browser.getCurrentUrl(), e);
        }
    }

    /** The message on a field (the element its aria-describedby names). */
    private static String error(WebDriver browser, String fieldName) {
        // Read as one step, again if the form's answer replaced the page meanwhile.
        return Browser.waiting(browser, Duration.ofSeconds(10)).until(d -> {
            String id = field(d, fieldName).getAttribute("aria-describedby");
            return d.findElements(By.id(id)).stream()
                    .map(WebElement::getText)
                    .filter(text -> !text.isBlank())
                    .findFirst()
                    .orElse(null);
        });
    }
}
