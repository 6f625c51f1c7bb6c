package com.storyreel.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The studio page in a real Chromium, on the whole product in this JVM with its local providers. */
class StudioIntegrationTests {

    @RegisterExtension
    static final StudioBrowser browser = new StudioBrowser();

    @TempDir
    static Path data;

    private static LocalServices services;

    @BeforeAll
    static void startStoryReel() {
        services = LocalServices.start(data, LocalServices.Addresses.loopback(), Map.of());
    }

    @AfterAll
    static void stopStoryReel() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aTwoSceneStoryMadeFromTheFormPlaysItsVideoWithCaptions() {
        ChromeDriver driver = browser.driver();
        driver.get(services.gatewayUrl() + "/");
        driver.findElement(By.id("prompt")).sendKeys("a lighthouse keeper who befriends a whale");
        WebElement scenes = driver.findElement(By.id("sceneCount"));
        scenes.clear();
        scenes.sendKeys("2");
        new Select(driver.findElement(By.id("aspectRatio"))).selectByValue("16:9");
        driver.findElement(By.id("start")).click();

        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().contains("#/stories/st-"));
        await().atMost(Duration.ofSeconds(180)).until(() -> !driver.findElements(By.cssSelector(".player video")).isEmpty());

        assertThat(driver.findElements(By.cssSelector(".scene[data-scene] img"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector(".scene .narration"))).allSatisfy(n -> assertThat(n.getText()).isNotBlank());
        assertThat(driver.findElements(By.cssSelector(".stage-state"))).hasSize(8)
                .allSatisfy(state -> assertThat(state.getText()).isEqualTo("done"));
        assertThat(driver.findElement(By.cssSelector(".story-header .status")).getText()).isEqualToIgnoringCase("completed");
        assertThat(driver.findElement(By.cssSelector(".story-header")).getText()).doesNotContain("null", "undefined");
        assertThat(List.of("download-mp4", "download-srt", "download-vtt"))
                .allSatisfy(link -> assertThat(driver.findElement(By.className(link)).getAttribute("href")).startsWith("http"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<?, ?> media = (Map<?, ?>) driver.executeScript("""
                    const video = document.querySelector('.player video');
                    const track = video.querySelector('track');
                    return {readyState: video.readyState, duration: video.duration, track: track.readyState,
                            cues: video.textTracks[0].cues ? video.textTracks[0].cues.length : 0};""");
            assertThat(((Number) media.get("readyState")).intValue()).isPositive();
            assertThat(((Number) media.get("duration")).doubleValue()).isPositive();
            assertThat(((Number) media.get("track")).intValue()).as("track readyState (2 = loaded)").isEqualTo(2);
            assertThat(((Number) media.get("cues")).intValue()).isPositive();
        });
        driver.executeScript("const video = document.querySelector('.player video'); video.muted = true; video.play();");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                ((Number) driver.executeScript("return document.querySelector('.player video').currentTime")).doubleValue() > 0);
        browser.assertNoConsoleErrors();
    }

    @Test
    void aFieldErrorIsShownBesideItsField() {
        ChromeDriver driver = browser.driver();
        driver.get(services.gatewayUrl() + "/");
        driver.findElement(By.id("prompt")).sendKeys("a fox who wants to fly");
        WebElement scenes = driver.findElement(By.id("sceneCount"));
        scenes.clear();
        scenes.sendKeys("25");
        driver.findElement(By.id("start")).click();

        WebElement error = driver.findElement(By.id("sceneCount-error"));
        await().atMost(Duration.ofSeconds(10)).until(error::isDisplayed);
        assertThat(error.getText()).contains("between 1 and 20");
        assertThat(error.findElement(By.xpath("..")).getAttribute("data-field")).isEqualTo("sceneCount");
        assertThat(scenes.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("prompt-error")).isDisplayed()).isFalse();
        assertThat(driver.getCurrentUrl()).doesNotContain("#/stories/");
        browser.assertNoConsoleErrors(400);
    }

    @Test
    void atPhoneWidthTheFormAndTheStoriesAreOneColumn() {
        ChromeDriver driver = browser.driver();
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(services.gatewayUrl() + "/");
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.findElement(By.id("stories")).getAttribute("aria-busy") == null);

        List<WebElement> panels = driver.findElements(By.cssSelector("#home .panel"));
        assertThat(panels.get(1).getRect().getY()).isGreaterThanOrEqualTo(panels.get(0).getRect().getY() + panels.get(0).getRect().getHeight());
        long pageWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        long viewport = (Long) driver.executeScript("return window.innerWidth");
        assertThat(pageWidth).as("no sideways scrolling").isLessThanOrEqualTo(viewport);
        browser.assertNoConsoleErrors();
    }
}
