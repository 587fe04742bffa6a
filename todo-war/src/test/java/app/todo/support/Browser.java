package app.todo.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its chromedriver; no download, no network beyond 127.0.0.1. */
public final class Browser {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {}

    public static ChromeDriver start() {
        return start("en-US", true);
    }

    /**
     * @param language   the language the browser prefers (Accept-Language)
     * @param javaScript whether pages may run JavaScript
     */
    public static ChromeDriver start(String language, boolean javaScript) {
        for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(binary).canExecute()) {
                throw new IllegalStateException(binary + " is missing: apt-get install chromium chromium-driver");
            }
        }
        try {
            Path profile = Files.createTempDirectory("todo-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-quic",
                    "--window-size=1100,900",
                    "--lang=" + language,
                    "--user-data-dir=" + profile);
            Map<String, Object> preferences = new HashMap<>();
            preferences.put("intl.accept_languages", language);
            if (!javaScript) {
                preferences.put("profile.managed_default_content_settings.javascript", 2);
            }
            options.setExperimentalOption("prefs", preferences);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A wait that reads the page again when it was replaced while being read: a form's answer, or a live change
     * (U3) swapping the tasks, makes any element found a moment earlier stale, or, when Chromium is quicker than
     * the driver, "a node that does not belong to the document". So any driver error is tried again until the bound;
     * the last one is the cause of the timeout that then fails the test.
     */
    public static WebDriverWait waiting(WebDriver browser, Duration bound) {
        WebDriverWait wait = new WebDriverWait(browser, bound);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        // Selenium's default looks every 500 ms: most answers come within a tenth of that, and the suite waits hundreds
        // of times.
        wait.pollingEvery(Duration.ofMillis(50));
        return wait;
    }

    /** The first of the candidates whose accessible name is that, as people and screen readers find it (10 s wait). */
    public static WebElement named(WebDriver browser, By candidates, String name) {
        return waiting(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(candidates).stream()
                        .filter(element -> element.getAccessibleName().equals(name))
                        .findFirst()
                        .orElse(null));
    }
}
