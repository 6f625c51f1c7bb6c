package com.storyreel.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The studio page on a gateway with API keys: it loads without one, then asks for one once per tab. */
class StudioKeyIntegrationTests {

    private static final String KEY = "studio-local-key";

    @RegisterExtension
    static final StudioBrowser browser = new StudioBrowser();

    @TempDir
    static Path data;

    private static LocalServices services;

    @BeforeAll
    static void startStoryReel() {
        services = LocalServices.start(data, LocalServices.Addresses.loopback(), Map.of("storyreel.access.keys", KEY));
    }

    @AfterAll
    static void stopStoryReel() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void thePageLoadsWithoutAKeyAndAsksForOneOnceForTheTab() {
        ChromeDriver driver = browser.driver();
        driver.get(services.gatewayUrl() + "/");

        WebElement dialog = driver.findElement(By.id("key-dialog"));
        await().atMost(Duration.ofSeconds(10)).until(dialog::isDisplayed);
        driver.findElement(By.id("key-input")).sendKeys(KEY);
        driver.findElement(By.cssSelector("#key-form button")).click();

        await().atMost(Duration.ofSeconds(10)).until(() -> driver.findElement(By.id("stories")).getText().contains("No stories yet"));
        assertThat(dialog.isDisplayed()).isFalse();
        assertThat(driver.executeScript("return sessionStorage.getItem('storyreel.apiKey')")).isEqualTo(KEY);

        driver.navigate().refresh();
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.findElement(By.id("stories")).getText().contains("No stories yet"));
        assertThat(driver.findElement(By.id("key-dialog")).isDisplayed()).isFalse();
        browser.assertNoConsoleErrors(401);
    }
}
