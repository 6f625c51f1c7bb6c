package com.storyreel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scene edits and reviews on the whole product, every stage on its paid vendor's fake: the vendors' journals
 * count each unit of work paid for, so "only that scene was made again" and "nothing was paid before approval"
 * are read from what the vendors saw, not from timing.
 */
class StoryEditingIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int SCENES = 2;

    @TempDir
    static Path data;

    @TempDir
    static Path media;

    private static VendorFakes vendors;
    private static LocalServices services;
    private static GatewayClient gateway;

    @BeforeAll
    static void startStoryReelOnVendorFakes() throws Exception {
        vendors = VendorFakes.start(media, SCENES);
        services = LocalServices.start(data, LocalServices.Addresses.loopback(), vendors.properties());
        gateway = new GatewayClient(services.gatewayUrl(), Optional.empty());
    }

    @AfterAll
    static void stopStoryReel() {
        if (services != null) {
            services.close();
        }
        if (vendors != null) {
            vendors.close();
        }
    }

    @Test
    void aNewNarrationRemakesOnlyThatScenesNarrationClipAndMergeThenTheRenderButNotWhileTheStoryIsBeingMade() {
        String storyId = gateway.create(Map.of("prompt", "a heron who collects lost buttons", "sceneCount", SCENES));
        HttpResponse<String> tooSoon = send("PATCH", "/api/stories/" + storyId + "/scenes/0", "{\"narration\": \"Too soon.\"}");
        HttpResponse<String> approval = send("POST", "/api/stories/" + storyId + "/approve", "");
        assertThat(tooSoon.statusCode()).as(tooSoon.body()).isEqualTo(409);
        assertThat(JSON.readTree(tooSoon.body()).path("title").asString()).isEqualTo("Story running");
        assertThat(approval.statusCode()).isEqualTo(409);
        JsonNode before = awaitStatus(storyId, "COMPLETED");
        Map<String, Long> paidBefore = vendors.acceptedByUnit();

        HttpResponse<String> edit = send("PATCH", "/api/stories/" + storyId + "/scenes/1",
                "{\"narration\": \"The heron found a silver button under the bridge.\"}");

        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(202);
        JsonNode editing = JSON.readTree(edit.body());
        assertThat(editing.path("status").asString()).isEqualTo("GENERATING");
        assertThat(editing.at("/scenes/1/stages/narration/state").asString()).isEqualTo("PENDING");
        assertThat(editing.at("/scenes/1/stages/image/state").asString()).isEqualTo("DONE");
        assertThat(editing.at("/scenes/0/stages/merge/state").asString()).isEqualTo("DONE");

        JsonNode after = awaitStatus(storyId, "COMPLETED");
        Map<String, Long> paidForTheEdit = difference(vendors.acceptedByUnit(), paidBefore);
        assertThat(paidForTheEdit).containsOnlyKeys("elevenlabs The heron found a silver button under the bridge.",
                "json2video clip " + storyId + "/1", "json2video merge " + storyId + "/1", "json2video render " + storyId);
        assertThat(paidForTheEdit.values()).containsOnly(1L);

        assertThat(path(after, "/scenes/0/stages/merge/url")).isEqualTo(path(before, "/scenes/0/stages/merge/url"));
        assertThat(path(after, "/scenes/1/stages/image/url")).isEqualTo(path(before, "/scenes/1/stages/image/url"));
        assertThat(path(after, "/scenes/1/stages/narration/url")).isNotEqualTo(path(before, "/scenes/1/stages/narration/url"));
        assertThat(after.at("/scenes/1/narration").asString()).isEqualTo("The heron found a silver button under the bridge.");
        assertThat(after.at("/scenes/1/editedAt").isMissingNode()).isFalse();
        assertThat(after.path("versions")).singleElement().satisfies(version -> {
            assertThat(version.path("version").asInt()).isEqualTo(1);
            assertThat(path(version, "/video")).isEqualTo(path(before, "/output/video"));
        });
        assertThat(path(after, "/output/video")).isNotEqualTo(path(before, "/output/video"));
    }

    @Test
    void aStoryboardReviewHoldsTheStoryAfterWritingWithNothingPaidButTheWriterUntilItIsApproved() {
        String storyId = gateway.create(Map.of("prompt", "an owl who is afraid of the dark", "sceneCount", SCENES,
                "review", "storyboard"));
        JsonNode held = awaitStatus(storyId, "AWAITING_APPROVAL");

        assertThat(held.path("awaiting").asString()).isEqualTo("storyboard");
        assertThat(held.at("/links/approve").asString()).isEqualTo("/api/stories/" + storyId + "/approve");
        assertThat(held.path("scenes")).hasSize(SCENES).allSatisfy(scene ->
                assertThat(scene.at("/stages/image/state").asString()).isEqualTo("PENDING"));
        assertThat(paidFor(storyId)).as("only the writer was paid").isEmpty();

        HttpResponse<String> edit = send("PATCH", "/api/stories/" + storyId + "/scenes/0",
                "{\"imagePrompt\": \"a small brown owl on a moonlit branch, storybook illustration\"}");
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(202);
        assertThat(JSON.readTree(edit.body()).path("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(paidFor(storyId)).isEmpty();

        HttpResponse<String> approval = send("POST", "/api/stories/" + storyId + "/approve", "");
        assertThat(approval.statusCode()).as(approval.body()).isEqualTo(202);
        awaitStatus(storyId, "COMPLETED");
        assertThat(vendors.acceptedByUnit()).containsKey("leonardo a small brown owl on a moonlit branch, storybook illustration");
        assertThat(paidFor(storyId)).containsKeys("json2video render " + storyId);

        HttpResponse<String> again = send("POST", "/api/stories/" + storyId + "/approve", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).path("storyStatus").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void aPicturesReviewHoldsTheStoryAfterPicturesAndNarrationBeforeAnyClipUntilItIsApproved() {
        String storyId = gateway.create(Map.of("prompt", "a tortoise who wants to win a race", "sceneCount", SCENES,
                "review", "pictures"));
        JsonNode held = awaitStatus(storyId, "AWAITING_APPROVAL");

        assertThat(held.path("awaiting").asString()).isEqualTo("pictures");
        assertThat(held.path("scenes")).allSatisfy(scene -> {
            assertThat(scene.at("/stages/image/state").asString()).isEqualTo("DONE");
            assertThat(scene.at("/stages/narration/state").asString()).isEqualTo("DONE");
            assertThat(scene.at("/stages/clip/state").asString()).isEqualTo("PENDING");
        });
        assertThat(paidFor(storyId).keySet()).noneMatch(unit -> unit.startsWith("json2video"));

        assertThat(send("POST", "/api/stories/" + storyId + "/approve", "").statusCode()).isEqualTo(202);
        awaitStatus(storyId, "COMPLETED");
        assertThat(paidFor(storyId)).containsKeys("json2video clip " + storyId + "/0", "json2video render " + storyId);
    }

    private static JsonNode awaitStatus(String storyId, String status) {
        await().atMost(Duration.ofMinutes(3)).until(() -> {
            JsonNode story = gateway.story(storyId);
            // Fails at once rather than waiting out the time.
            assertThat(story.path("status").asString()).as(story.toString()).isNotEqualTo("FAILED");
            return story.path("status").asString().equals(status);
        });
        return gateway.story(storyId);
    }

    /** What the vendors were paid for this story, by unit; the writer's unit names the prompt, not the story. */
    private static Map<String, Long> paidFor(String storyId) {
        Map<String, Long> paid = new HashMap<>();
        JsonNode story = gateway.story(storyId);
        vendors.acceptedByUnit().forEach((unit, count) -> {
            boolean scenesText = false;
            for (JsonNode scene : story.path("scenes")) {
                scenesText |= unit.equals("elevenlabs " + scene.path("narration").asString())
                        || unit.equals("leonardo " + scene.path("imagePrompt").asString());
            }
            if (scenesText || unit.contains(storyId)) {
                paid.put(unit, count);
            }
        });
        return paid;
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> added = new HashMap<>();
        after.forEach((unit, count) -> {
            long more = count - before.getOrDefault(unit, 0L);
            if (more != 0) {
                added.put(unit, more);
            }
        });
        return added;
    }

    /** A presigned URL without its signature, which changes with every read. */
    private static String path(JsonNode node, String pointer) {
        return URI.create(node.at(pointer).asString()).getPath();
    }

    private static HttpResponse<String> send(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(services.gatewayUrl() + path))
                .header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
