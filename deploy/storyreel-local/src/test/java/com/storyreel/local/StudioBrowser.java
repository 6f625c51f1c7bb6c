package com.storyreel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium, headless, driven by its own chromedriver: both paths are given, so Selenium Manager
 * never looks for (or downloads) a browser or a driver. The tests skip when Chromium is not installed.
 * On a failure the page's screenshot and source are saved under target/studio-failures/.
 */
final class StudioBrowser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, TestWatcher {

    private static final Logger log = LoggerFactory.getLogger(StudioBrowser.class);

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path FAILURES = Path.of("target", "studio-failures");

    private ChromeDriver driver;

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and its driver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                        "--autoplay-policy=no-user-gesture-required");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
    }

    /** Each test starts from a fresh tab state: no key kept, nothing logged. */
    @Override
    public void beforeEach(ExtensionContext context) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get("about:blank");
        driver.manage().logs().get(LogType.BROWSER);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(FAILURES.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            Files.write(FAILURES.resolve(name + ".console.txt"), driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString).toList());
            log.info("Saved the page of the failed test {} under {}", name, FAILURES.toAbsolutePath());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (RuntimeException ex) {
            log.warn("Could not save the page of the failed test {}: {}", name, ex.toString());
        }
    }

    /**
     * No error in the browser console since the test began, but the network lines Chromium writes for every
     * answer with one of the {@code expectedStatuses} (a 400 the page shows beside its field, a 401 that makes
     * it ask for a key): those are the API's answers, not the page's faults.
     */
    void assertNoConsoleErrors(int... expectedStatuses) {
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> Arrays.stream(expectedStatuses)
                        .noneMatch(status -> message.contains("Failed to load resource: the server responded with a status of " + status)))
                .toList();
        assertThat(severe).as("browser console errors").isEmpty();
    }
}
