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
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    private static final int LOOKUPS_PER_MINUTE = 12;
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
        // The shared to-do server asks for the weather on a port held for this test: the weather service starts there.
        List<PayaraServer> servers = PayaraServer.together(
                () -> PayaraServer.startOn(
                        PayaraServer.SHARED_TODOS_WEATHER_PORT,
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
                                "X-Real-IP")),
                PayaraServer::sharedTodo);
        weather = servers.get(0);
        todo = servers.get(1);
        TestDatabase.execute("DELETE FROM account WHERE name_key = 'alice'"); // the name the screenshot shows
        session = TestAccounts.create(todo.uri("/"), "alice");
        browser = Browser.start("en-GB", true); // °C and km/h until alice chooses (W7); en-US would read °F
        TestAccounts.useIn(browser, todo.uri("/"), session);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (weather != null) {
            weather.close(); // the to-do server is the shared one: it stays for the classes after
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
        ChromeDriver plain = Browser.start("en-GB", false);
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

    private static String standIn(String file) {
        try {
            return Files.readString(Path.of(System.getProperty("weather.standIn"), "__files", file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DisplayName("W9: typing 3 letters offers places as a combobox (Down, Enter) and shows the one chosen; without"
            + " JavaScript the other places of the name are links; 'Use my location' shows the weather where one is")
    @Test
    @Order(5)
    void placesAreOfferedAsOneTypesAndChosenByKeyboard() {
        upstream.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/search"))
                .withQueryParam("name", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Par"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(standIn("geocoding-paris.json"))));
        WebElement field = browser.findElement(By.id("weather:city"));
        assertEquals("combobox", field.getAttribute("role"));
        field.clear();
        field.sendKeys("Par");
        WebElement list = Browser.waiting(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("[role=listbox]")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        assertEquals(
                List.of("Paris, Île-de-France, France", "Paris, Texas, United States"),
                list.findElements(By.cssSelector("[role=option]")).stream()
                        .map(WebElement::getText)
                        .toList());
        assertEquals("true", field.getAttribute("aria-expanded"));
        Browser.waiting(browser, Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("announcer"))
                        .getAttribute("textContent")
                        .equals("2 places found"));
        field.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertEquals("place-1", field.getAttribute("aria-activedescendant"));
        field.sendKeys(Keys.ENTER);
        Browser.waiting(browser, Duration.ofSeconds(10))
                .until(d -> textOf(d, ".weather-place").equals("Paris, Texas, United States"));
        upstream.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/forecast"))
                .withQueryParam("latitude", com.github.tomakehurst.wiremock.client.WireMock.equalTo("33.66"))
                .withQueryParam("longitude", com.github.tomakehurst.wiremock.client.WireMock.equalTo("-95.56")));

        // Where the person is, as the browser tells it once they allow it.
        browser.executeCdpCommand(
                "Browser.grantPermissions", Map.of("origin", todo.baseUrl(), "permissions", List.of("geolocation")));
        browser.executeCdpCommand(
                "Emulation.setGeolocationOverride", Map.of("latitude", 51.5072, "longitude", -0.1276, "accuracy", 50));
        browser.get(todo.baseUrl() + "/");
        Browser.named(browser, By.tagName("button"), "Use my location").click();
        try {
            Browser.waiting(browser, Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.cssSelector(".weather-place")).stream()
                            .anyMatch(place -> place.getText().equals("Your location")));
        } catch (org.openqa.selenium.TimeoutException notShown) {
            throw new AssertionError(
                    "the weather where one is did not show; the page read out \""
                            + browser.findElement(By.id("announcer")).getAttribute("textContent") + "\" and shows: "
                            + browser.findElement(By.id("weatherResult")).getText(),
                    notShown);
        }
        upstream.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/forecast"))
                .withQueryParam("latitude", com.github.tomakehurst.wiremock.client.WireMock.equalTo("51.51"))
                .withQueryParam("longitude", com.github.tomakehurst.wiremock.client.WireMock.equalTo("-0.13")));

        ChromeDriver plain = Browser.start("en-GB", false);
        try {
            TestAccounts.useIn(plain, todo.uri("/"), session);
            plain.get(todo.baseUrl() + "/");
            assertTrue(
                    plain.findElements(By.tagName("button")).stream()
                            .noneMatch(button ->
                                    button.isDisplayed() && button.getText().equals("Use my location")),
                    "without JavaScript there is no location to use");
            showWeatherOf(plain, "Paris");
            assertEquals("Paris, Île-de-France, France", textOf(plain, ".weather-place"));
            WebElement others = plain.findElement(By.cssSelector("ul.other-places"));
            assertEquals("Other places named “Paris”", others.getAccessibleName());
            others.findElement(By.linkText("Paris, Texas, United States")).click();
            assertEquals("Paris, Texas, United States", textOf(plain, ".weather-place"));
            assertEquals(
                    "Paris, Texas, United States",
                    plain.findElement(By.id("weather:city")).getAttribute("value"));
        } finally {
            plain.quit();
        }
    }

    @DisplayName("W7, W8: units and a home city chosen in the settings: the page opens with the home city's weather"
            + " in °F, a task due tomorrow shows that day's forecast, one due in 30 days none")
    @Test
    @Order(6)
    void theHomeCitysWeatherAndForecastsShowInTheUnitsChosen() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC); // the account's calendar: UTC until it chooses another
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            days.append(i == 0 ? "" : ",").append('"').append(today.plusDays(i)).append('"');
        }
        String forecast = "{\"utc_offset_seconds\":0,\"current\":{\"time\":\"" + today + "T12:00\","
                + "\"temperature_2m\":45.7,\"relative_humidity_2m\":87,\"apparent_temperature\":40.8,"
                + "\"precipitation_probability\":20,\"wind_speed_10m\":8.3,\"weather_code\":3},"
                + "\"daily\":{\"time\":[" + days + "],\"weather_code\":[3,61,80,2,0,45,71],"
                + "\"temperature_2m_max\":[49.1,52.2,50.2,47.0,44.6,42.1,35.8],"
                + "\"temperature_2m_min\":[39.4,44.2,41.9,37.8,34.5,32.5,28.8],"
                + "\"precipitation_probability_max\":[20,85,60,10,0,5,70]}}";
        upstream.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/forecast"))
                .withQueryParam(
                        "temperature_unit", com.github.tomakehurst.wiremock.client.WireMock.equalTo("fahrenheit"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(forecast)));
        try {
            browser.get(todo.baseUrl() + "/settings.xhtml");
            Browser.named(browser, By.cssSelector("input[type=radio]"), "Fahrenheit, mph")
                    .click();
            WebElement home = Browser.named(browser, By.cssSelector("input[type=text]"), "Home city");
            home.clear();
            home.sendKeys("Paris");
            Browser.named(browser, By.cssSelector("input[type=submit]"), "Save settings")
                    .click();
            Browser.waiting(browser, Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.id("tasks-heading")).size() == 1);
            add("Buy an umbrella", today.plusDays(1));
            add("Plant the bulbs", today.plusDays(30));
            // The page waits a moment for the home city's weather; once known it shows at each load.
            String temperature = null;
            for (int load = 0; load < 20 && temperature == null; load++) {
                browser.get(todo.baseUrl() + "/");
                temperature = browser.findElements(By.cssSelector(".weather-temperature")).stream()
                        .map(WebElement::getText)
                        .findFirst()
                        .orElse(null);
            }
            assertEquals("46 °F", temperature, "45.7 °F rounds to 46");
            assertEquals("Paris", browser.findElement(By.id("weather:city")).getAttribute("value"));
            assertEquals("Wind 8 mph", textOf(browser, ".weather-wind"));
            WebElement umbrella = browser.findElements(By.cssSelector("li.task")).stream()
                    .filter(row -> row.getText().contains("Buy an umbrella"))
                    .findFirst()
                    .orElseThrow();
            String tomorrow = today.plusDays(1)
                    .format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH));
            assertEquals(
                    "Forecast for " + tomorrow + ": rain, 52 °F",
                    umbrella.findElement(By.cssSelector(".task-forecast img")).getAttribute("alt"));
            assertTrue(umbrella.findElement(By.cssSelector(".task-forecast"))
                    .getText()
                    .contains("52°"));
            WebElement bulbs = browser.findElements(By.cssSelector("li.task")).stream()
                    .filter(row -> row.getText().contains("Plant the bulbs"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(bulbs.findElements(By.cssSelector(".task-forecast")).isEmpty(), "a forecast 30 days ahead");
        } finally {
            TestDatabase.execute("UPDATE account SET weather_units = NULL, home_city = NULL WHERE name_key = 'alice'");
        }
    }

    @DisplayName("W5: too many new cities make the box say when to try again; a cached city still shows")
    @Test
    @Order(7)
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
    @Order(8)
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
