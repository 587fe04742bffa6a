package app.todo.weather.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.Browser;
import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The weather box of the to-do page, linked to the real weather service (its own Payara Micro), whose
 * upstream is the WireMock stand-in answering in Open-Meteo's shapes. Two services over HTTP, as deployed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WeatherBoxIT {

    private static final int LOOKUPS_PER_MINUTE = 6;
    private static WireMockServer upstream;
    private static PayaraServer weather;
    private static PayaraServer todo;
    private static ChromeDriver browser;
    private static String session;

    @BeforeAll
    static void start() {
        upstream = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .usingFilesUnderDirectory(System.getProperty("weather.standIn")));
        upstream.start();
        weather = PayaraServer.start(
                System.getProperty("weather.war"),
                "/health/ready",
                Map.of(
                        "WEATHER_GEOCODING_URL",
                        upstream.baseUrl() + "/v1/search",
                        "WEATHER_FORECAST_URL",
                        upstream.baseUrl() + "/v1/forecast",
                        // Few lookups of uncached cities per client, so that a test reaches the bound.
                        "WEATHER_LOOKUPS_PER_CLIENT_PER_MINUTE",
                        String.valueOf(LOOKUPS_PER_MINUTE),
                        "WEATHER_CLIENT_ADDRESS_HEADER",
                        "X-Real-IP"));
        Map<String, String> environment = PayaraServer.testDatabaseEnvironment();
        environment.put("TODO_WEATHER_URL", weather.baseUrl());
        todo = PayaraServer.startTodo(environment);
        TestDatabase.execute("DELETE FROM account WHERE name_key = 'alice'"); // the name the screenshot shows
        session = TestAccounts.create(todo.uri("/"), "alice");
        browser = Browser.start();
        TestAccounts.useIn(browser, todo.uri("/"), session);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        for (PayaraServer server : new PayaraServer[] {todo, weather}) {
            if (server != null) {
                server.close();
            }
        }
        if (upstream != null) {
            upstream.stop();
        }
    }

    @BeforeEach
    void openThePage() {
        TestDatabase.deleteAllTasks();
        browser.get(todo.baseUrl() + "/");
    }

    private static void showWeatherOf(WebDriver driver, String city) {
        WebElement field = driver.findElement(By.cssSelector(".weather input[type=text]"));
        assertEquals("City", field.getAccessibleName());
        field.clear();
        field.sendKeys(city);
        driver.findElements(By.cssSelector(".weather input[type=submit]")).stream()
                .filter(button -> button.getAccessibleName().equals("Show weather"))
                .findFirst()
                .orElseThrow()
                .click();
    }

    private static String textOf(WebDriver driver, String selector) {
        return Browser.waiting(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(selector)).stream()
                        .map(WebElement::getText)
                        .filter(text -> !text.isBlank())
                        .findFirst()
                        .orElse(null));
    }

    @DisplayName("W2, W3: Paris shows its region, rounded figures, what it feels like, the chance of rain, an icon,"
            + " the next 7 days and the credit of its source")
    @Test
    @Order(1)
    void parisShowsRoundedFiguresAndAnIcon() {
        showWeatherOf(browser, "Paris");
        assertEquals("Paris, Île-de-France, France", textOf(browser, ".weather-place"));
        assertEquals("8 °C", textOf(browser, ".weather-temperature"), "7.6 °C rounds to 8");
        assertEquals("Humidity 87 %", textOf(browser, ".weather-humidity"));
        assertEquals("Wind 13 km/h", textOf(browser, ".weather-wind"), "13.3 km/h rounds to 13");
        assertEquals("Feels like 5 °C", textOf(browser, ".weather-feels"), "4.9 °C rounds to 5");
        assertEquals("Chance of rain 20 %", textOf(browser, ".weather-rain"));
        // The days ahead: a list named by its heading, each day readable as a whole (its icon's text the condition).
        WebElement days = browser.findElement(By.cssSelector(".weather ol"));
        assertEquals("Next 7 days", days.getAccessibleName());
        List<String> read = days.findElements(By.tagName("li")).stream()
                .map(day -> (day.getAttribute("textContent") + " "
                                + day.findElement(By.tagName("img")).getAttribute("alt"))
                        .replaceAll("\\s+", " ")
                        .strip())
                .toList();
        assertEquals(7, read.size(), read.toString());
        assertEquals("Thu 26 Nov High 9° Low 4° Chance of rain 20 % Overcast", read.get(0));
        assertEquals("Fri 27 Nov High 11° Low 7° Chance of rain 85 % Slight rain", read.get(1));
        assertEquals("Wed 2 Dec High 2° Low -2° Chance of rain 70 % Slight snow fall", read.get(6));
        WebElement icon = browser.findElement(By.cssSelector(".weather-icon"));
        assertEquals("Overcast", icon.getAttribute("alt"));
        assertTrue(icon.getAttribute("src").endsWith("/icons/weather/clouds.svg"));
        // Open-Meteo's terms (CC BY 4.0): credited, linked, wherever the page shows its weather.
        WebElement credit = browser.findElement(By.cssSelector(".weather-credit a"));
        assertEquals("Weather data by Open-Meteo.com", credit.getAccessibleName());
        assertEquals("https://open-meteo.com/", credit.getAttribute("href"));
        assertEquals(
                Boolean.TRUE,
                ((JavascriptExecutor) browser)
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", icon),
                "the icon did not load");
    }

    @DisplayName("W4: an unknown city shows an error box naming it")
    @Test
    @Order(2)
    void anUnknownCityShowsAnErrorBox() {
        showWeatherOf(browser, "Atlantis");
        String alert = textOf(browser, ".weather [role=alert]");
        assertTrue(alert.contains("Atlantis") && alert.contains("not found"), alert);
    }

    @DisplayName("W1: without JavaScript the weather box works too")
    @Test
    @Order(3)
    void withoutJavaScriptTheBoxWorksToo() {
        ChromeDriver plain = Browser.start("en-US", false);
        try {
            TestAccounts.useIn(plain, todo.uri("/"), session);
            plain.get(todo.baseUrl() + "/");
            showWeatherOf(plain, "Paris");
            assertEquals("8 °C", textOf(plain, ".weather-temperature"));
        } finally {
            plain.quit();
        }
    }

    @Test
    @Order(4)
    void screenshotForTheReadme() throws Exception {
        // Two lists with tasks due today, tomorrow and overdue, then the view Today across them.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        add("Buy milk", today);
        add("Call the plumber", today.minusDays(1));
        add("Renew the passport", null);
        browser.findElement(By.cssSelector(".new-list input[type=text]")).sendKeys("Work");
        browser.findElement(By.cssSelector(".new-list input[type=submit]")).click();
        Browser.waiting(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("tasks-heading")).getText().equals("Work"));
        add("Write the weekly report", today);
        add("Book the train to Lyon", today.plusDays(2));
        TestDatabase.execute("UPDATE task SET priority = 3, notes = 'Figures from finance' WHERE title ="
                + " 'Write the weekly report'");
        browser.findElement(By.linkText("Today")).click();
        Browser.waiting(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("tasks-heading")).getText().equals("Today"));
        browser.findElements(By.cssSelector("[role=checkbox]")).get(1).click();
        Browser.waiting(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("ul.tasks .state"))
                        .get(1)
                        .getText()
                        .equals("Done"));
        showWeatherOf(browser, "Paris");
        textOf(browser, ".weather-temperature");
        Path shot = Path.of("target", "screenshots", "todo.png");
        Files.createDirectories(shot.getParent());
        Files.move(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(shot) > 10_000, "the screenshot is empty");
        assertTrue(
                browser.findElement(By.cssSelector(".signed-in-as")).getText().equals("Signed in as alice"));

        ChromeDriver stranger = Browser.start();
        try {
            stranger.get(todo.baseUrl() + "/");
            Browser.waiting(stranger, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith("/signin.xhtml"));
            Path signIn = Path.of("target", "screenshots", "signin.png");
            Files.move(stranger.getScreenshotAs(OutputType.FILE).toPath(), signIn, StandardCopyOption.REPLACE_EXISTING);
            assertTrue(Files.size(signIn) > 5_000, "the screenshot is empty");
        } finally {
            stranger.quit();
        }
    }

    /** Adds a task through the page's form, with its due date typed as headless Chromium's date field takes it. */
    private void add(String title, java.time.LocalDate due) {
        browser.findElement(By.cssSelector(".add-form input[type=text]")).sendKeys(title);
        if (due != null) {
            browser.findElement(By.cssSelector(".add-form input[type=date]"))
                    .sendKeys(due.format(java.time.format.DateTimeFormatter.ofPattern("MMddyyyy")));
        }
        browser.findElement(By.cssSelector(".add-form input[type=submit]")).click();
        Browser.waiting(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("ul.tasks .title")).stream()
                        .anyMatch(element -> element.getText().equals(title)));
    }

    @DisplayName("W5: too many new cities make the box say when to try again; a cached city still shows")
    @Test
    @Order(5)
    void tooManyLookupsOfNewCitiesSayWhenToTryAgain() {
        String alert = null;
        int asked = 0;
        while (asked < LOOKUPS_PER_MINUTE + 2) {
            asked++;
            String city = "Nowhere " + (char) ('A' + asked);
            showWeatherOf(browser, city);
            String said = Browser.waiting(browser, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(".weather [role=alert]")).stream()
                            .map(WebElement::getText)
                            .filter(text -> text.contains(city) || text.contains("try again"))
                            .findFirst()
                            .orElse(null));
            if (said.contains("try again")) {
                alert = said;
                break;
            }
        }
        assertTrue(alert != null, "never limited after " + asked + " new cities");
        assertTrue(alert.matches("Too many weather lookups just now: try again in \\d+ seconds"), alert);
        assertTrue(asked <= LOOKUPS_PER_MINUTE + 1, "limited only after " + asked + " new cities");
        // Paris is in the cache: asking for it costs the provider nothing and is not limited.
        showWeatherOf(browser, "Paris");
        assertEquals("Paris, Île-de-France, France", textOf(browser, ".weather-place"));
    }

    @DisplayName("W6: with the weather service stopped the box says unavailable within 5 s, and tasks still work")
    @Test
    @Order(6)
    void withTheWeatherServiceStoppedTheBoxSaysUnavailableAndTasksStillWork() {
        weather.close();
        Instant start = Instant.now();
        showWeatherOf(browser, "Paris, FR");
        assertEquals("Weather is unavailable right now", textOf(browser, ".weather [role=alert]"));
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 5, "the box took too long to answer");

        WebElement newTask = browser.findElement(By.cssSelector(".add-form input[type=text]"));
        newTask.sendKeys("Still works", Keys.ENTER);
        assertEquals("Still works", textOf(browser, "ul.tasks .title"));
        assertEquals(java.util.List.of("Still works"), TestDatabase.titles());
    }
}
