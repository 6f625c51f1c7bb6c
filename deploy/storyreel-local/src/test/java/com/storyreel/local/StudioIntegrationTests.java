package com.storyreel.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
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

    private static final List<String> STAGES = List.of("image", "narration", "clip", "merge");

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
        makeTwoSceneStory(driver, "a lighthouse keeper who befriends a whale", "none");
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

    @Test
    void editingASceneFromItsCardRemakesOnlyThatSceneAndKeepsThePreviousVideo() {
        ChromeDriver driver = browser.driver();
        makeTwoSceneStory(driver, "a baker who bakes bread for the moon", "none");
        await().atMost(Duration.ofSeconds(180)).until(() -> statusIs(driver, "completed"));
        Map<String, String> first = assets(driver, 0);
        Map<String, String> second = assets(driver, 1);
        assertThat(first).containsOnlyKeys(STAGES);
        assertThat(second).containsOnlyKeys(STAGES);
        // Every stage state the cards show from here on: what went back to pending, and what never did.
        driver.executeScript("""
                window.seenStages = [];
                new MutationObserver(() => document.querySelectorAll('.scene[data-scene] .stage').forEach(stage =>
                    window.seenStages.push(stage.closest('.scene').dataset.scene + ' ' + stage.dataset.stage + ' '
                        + stage.querySelector('.stage-state').textContent)))
                    .observe(document.querySelector('.scenes'), {childList: true, subtree: true});""");

        WebElement card = scene(driver, 0);
        card.findElement(By.cssSelector("button.edit")).click();
        WebElement narration = card.findElement(By.cssSelector("textarea[name=narration]"));
        narration.clear();
        card.findElement(By.cssSelector("button.save")).click();
        WebElement narrationError = card.findElement(By.id("scene-0-narration-error"));
        await().atMost(Duration.ofSeconds(10)).until(narrationError::isDisplayed);
        assertThat(narrationError.findElement(By.xpath("..")).getDomAttribute("data-field")).isEqualTo("narration");
        assertThat(narration.getDomAttribute("aria-invalid")).isEqualTo("true");

        String newNarration = "The baker climbed the tallest ladder in town and handed the moon a warm loaf.";
        narration.sendKeys(newNarration);
        card.findElement(By.cssSelector("button.save")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> scene(driver, 0).findElements(By.tagName("textarea")).isEmpty());
        await().atMost(Duration.ofSeconds(180)).until(() -> statusIs(driver, "completed")
                && !driver.findElements(By.cssSelector(".versions .version")).isEmpty());

        assertThat(scene(driver, 0).findElement(By.className("narration")).getText()).isEqualTo(newNarration);
        assertThat(scene(driver, 0).findElement(By.className("edited")).isDisplayed()).isTrue();
        Map<String, String> firstAfter = assets(driver, 0);
        assertThat(firstAfter.get("narration")).isNotEqualTo(first.get("narration"));
        assertThat(firstAfter.get("clip")).isNotEqualTo(first.get("clip"));
        assertThat(firstAfter.get("image")).as("a new narration keeps the picture").isEqualTo(first.get("image"));
        assertThat(assets(driver, 1)).as("the other scene's assets").isEqualTo(second);
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) driver.executeScript("return window.seenStages");
        assertThat(seen).as("the edited scene's narration went back to pending").contains("0 narration pending");
        assertThat(seen).filteredOn(state -> state.startsWith("1 ")).as("the other scene stayed done")
                .isNotEmpty().allSatisfy(state -> assertThat(state).endsWith(" done"));
        WebElement version = driver.findElement(By.cssSelector(".versions .version"));
        assertThat(version.getText()).startsWith("Version 1 — ").endsWith(" s — MP4 · SRT · VTT");
        assertThat(version.findElement(By.className("version-mp4")).getDomAttribute("href")).startsWith("http")
                .doesNotStartWith(driver.findElement(By.className("download-mp4")).getDomAttribute("href").split("\\?")[0]);
        browser.assertNoConsoleErrors(400);
    }

    @Test
    void aStoryHeldForStoryboardReviewShowsItsScenesAtPhoneWidthAndCompletesOnceApproved() {
        ChromeDriver driver = browser.driver();
        driver.manage().window().setSize(new Dimension(390, 844));
        makeTwoSceneStory(driver, "a snail who races the wind", "storyboard");

        await().atMost(Duration.ofSeconds(60)).until(() -> driver.findElement(By.className("approval")).isDisplayed());
        WebElement banner = driver.findElement(By.className("approval"));
        assertThat(banner.getDomAttribute("data-awaiting")).isEqualTo("storyboard");
        assertThat(banner.getText()).contains("storyboard", "approve");
        assertThat(statusIs(driver, "awaiting approval")).isTrue();
        List<WebElement> cards = driver.findElements(By.cssSelector(".scene[data-scene]"));
        assertThat(cards).hasSize(2).allSatisfy(card -> {
            assertThat(card.findElement(By.className("narration")).getText()).isNotBlank();
            assertThat(card.findElement(By.className("image-prompt")).getText()).isNotBlank();
            assertThat(card.findElements(By.tagName("img"))).isEmpty();
        });
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling").isLessThanOrEqualTo((Long) driver.executeScript("return window.innerWidth"));

        String newPrompt = "a snail with a tiny red scarf on a windy hill";
        WebElement card = scene(driver, 1);
        card.findElement(By.cssSelector("button.edit")).click();
        WebElement prompt = card.findElement(By.cssSelector("textarea[name=imagePrompt]"));
        prompt.clear();
        prompt.sendKeys(newPrompt);
        card.findElement(By.cssSelector("button.save")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> text(driver, ".scene[data-scene='1'] .image-prompt").endsWith(newPrompt));
        assertThat(statusIs(driver, "awaiting approval")).as("an edit keeps the story waiting").isTrue();

        driver.findElement(By.cssSelector(".approval button.approve")).click();
        await().atMost(Duration.ofSeconds(180)).until(() -> statusIs(driver, "completed"));
        assertThat(driver.findElement(By.className("approval")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector(".scene[data-scene] img"))).hasSize(2);
        assertThat(scene(driver, 1).findElement(By.tagName("img")).getDomAttribute("alt")).isEqualTo(newPrompt);
        assertThat(driver.findElements(By.className("stage-state"))).allSatisfy(state -> assertThat(state.getText()).isEqualTo("done"));
        assertThat(driver.findElement(By.className("download-mp4")).getDomAttribute("href")).startsWith("http");
        browser.assertNoConsoleErrors();
    }

    @Test
    void aStoryHeldForPicturesReviewShowsEachPictureBeforeAnyClipAndCompletesOnceApproved() {
        ChromeDriver driver = browser.driver();
        makeTwoSceneStory(driver, "a hedgehog who paints the moon", "pictures");

        await().atMost(Duration.ofSeconds(120)).until(() -> driver.findElement(By.className("approval")).isDisplayed());
        WebElement banner = driver.findElement(By.className("approval"));
        assertThat(banner.getDomAttribute("data-awaiting")).isEqualTo("pictures");
        assertThat(banner.getText()).contains("Check the pictures and narration");
        assertThat(statusIs(driver, "awaiting approval")).isTrue();
        assertThat(driver.findElements(By.cssSelector(".scene[data-scene] img"))).hasSize(2)
                .allSatisfy(picture -> assertThat(picture.getDomAttribute("src")).startsWith("http"));
        for (int index = 0; index < 2; index++) {
            Map<String, String> states = stageStates(driver, index);
            assertThat(states).as("scene %d", index).containsEntry("image", "done").containsEntry("narration", "done")
                    .containsEntry("clip", "pending").containsEntry("merge", "pending");
        }

        banner.findElement(By.cssSelector("button.approve")).click();
        await().atMost(Duration.ofSeconds(180)).until(() -> statusIs(driver, "completed"));
        assertThat(driver.findElement(By.className("approval")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.className("stage-state"))).allSatisfy(state -> assertThat(state.getText()).isEqualTo("done"));
        assertThat(driver.findElement(By.className("download-mp4")).getDomAttribute("href")).startsWith("http");
        browser.assertNoConsoleErrors();
    }

    /** Each stage of a scene by name, with its state as the scene's card shows it. */
    private static Map<String, String> stageStates(ChromeDriver driver, int index) {
        Map<String, String> states = new LinkedHashMap<>();
        for (WebElement stage : scene(driver, index).findElements(By.cssSelector("[data-stage]"))) {
            states.put(stage.getDomAttribute("data-stage"), stage.findElement(By.className("stage-state")).getText());
        }
        return states;
    }

    /** Starts a two-scene story from the form and waits for its page. */
    private static void makeTwoSceneStory(ChromeDriver driver, String idea, String review) {
        driver.get(services.gatewayUrl() + "/");
        driver.findElement(By.id("prompt")).sendKeys(idea);
        WebElement scenes = driver.findElement(By.id("sceneCount"));
        scenes.clear();
        scenes.sendKeys("2");
        new Select(driver.findElement(By.id("aspectRatio"))).selectByValue("16:9");
        new Select(driver.findElement(By.id("review"))).selectByValue(review);
        driver.findElement(By.id("start")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().contains("#/stories/st-"));
    }

    /**
     * Whether the story page shows this status. Read by script: the header is rebuilt at every update, so an element
     * found a moment before may be gone.
     */
    private static boolean statusIs(ChromeDriver driver, String status) {
        return status.equalsIgnoreCase(text(driver, ".story-header .status"));
    }

    /** The text of the first element matching {@code css} as the page shows it now, or "" when there is none. */
    private static String text(ChromeDriver driver, String css) {
        return (String) driver.executeScript("return document.querySelector(arguments[0])?.textContent ?? ''", css);
    }

    private static WebElement scene(ChromeDriver driver, int index) {
        return driver.findElement(By.cssSelector(".scene[data-scene='" + index + "']"));
    }

    /** Where each of a scene's stages keeps what it made, as its card shows it (a link without its signature). */
    private static Map<String, String> assets(ChromeDriver driver, int index) {
        WebElement card = scene(driver, index);
        Map<String, String> assets = new LinkedHashMap<>();
        for (String stage : STAGES) {
            String address = card.getDomAttribute("data-" + stage + "-asset");
            if (address != null) {
                assets.put(stage, address);
            }
        }
        return assets;
    }
}
