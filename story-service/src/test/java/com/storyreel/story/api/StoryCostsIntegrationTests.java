package com.storyreel.story.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneNarrated;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.VendorCost;
import com.storyreel.story.StoryServiceTest;
import com.storyreel.story.WrittenStories;
import com.storyreel.story.progress.StoryProgress;
import com.storyreel.story.state.StoryStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@StoryServiceTest
class StoryCostsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    StoryStore store;

    @Autowired
    WrittenStories written;

    @Autowired
    StoryProgress progress;

    @Autowired
    MeterRegistry meters;

    @Test
    void storyShowsWhatEachSceneCostWhenEachStageEndedAndTheTotalPerVendorAndUnit() throws Exception {
        String storyId = written.story("costs-", 2, new VendorCost("openai", "tokens", 600));
        for (int scene = 0; scene < 2; scene++) {
            progress.onImageGenerated(new SceneImageGenerated(storyId, scene, "img-" + scene, 1920, 1080, "leonardo", 0,
                    new VendorCost("leonardo", "credits", 8)));
            progress.onNarrated(new SceneNarrated(storyId, scene, "audio-" + scene, "captions-" + scene, 2.5, "voice",
                    "elevenlabs", 0, new VendorCost("elevenlabs", "characters", 100 + scene)));
        }
        progress.onFailed(new StageFailed(storyId, Stage.CLIP, 1, "json2video", "JSON2Video: render failed", 0,
                new VendorCost("json2video", "render-seconds", 4.5)));

        JsonNode story = get("/api/stories/" + storyId);

        JsonNode first = story.path("scenes").get(0);
        assertThat(first.at("/stages/image/cost/amount").asDouble()).isEqualTo(8);
        assertThat(first.at("/stages/image/cost/unit").asString()).isEqualTo("credits");
        assertThat(first.path("costs")).hasSize(2);
        JsonNode second = story.path("scenes").get(1);
        assertThat(second.at("/stages/clip/state").asString()).isEqualTo("FAILED");
        assertThat(second.at("/stages/clip/cost/amount").asDouble()).isEqualTo(4.5);
        // When each stage ended, so a client can draw the scene's timeline.
        assertThat(Instant.parse(second.at("/stages/clip/finishedAt").asString()))
                .isBetween(Instant.parse(story.path("createdAt").asString()), Instant.now());
        assertThat(second.at("/stages/merge/finishedAt").isMissingNode()).isTrue();
        assertThat(second.path("costs")).hasSize(3);
        assertThat(story.at("/costs/writing/amount").asDouble()).isEqualTo(600);
        JsonNode total = story.at("/costs/total");
        assertThat(total).hasSize(4);
        assertThat(amount(total, "openai", "tokens")).isEqualTo(600);
        assertThat(amount(total, "leonardo", "credits")).isEqualTo(16);
        assertThat(amount(total, "elevenlabs", "characters")).isEqualTo(201);
        assertThat(amount(total, "json2video", "render-seconds")).isEqualTo(4.5);
    }

    @Test
    void eachChargeIsCountedOnceByVendorAndUnitEvenWhenItsEventComesTwice() {
        double credits = charged("leonardo", "credits");
        double characters = charged("elevenlabs", "characters");
        String storyId = written.story("costs-", 1, null);
        var image = new SceneImageGenerated(storyId, 0, "img", 1920, 1080, "leonardo", 0, new VendorCost("leonardo", "credits", 8));

        progress.onImageGenerated(image);
        progress.onImageGenerated(image);

        assertThat(charged("leonardo", "credits") - credits).isEqualTo(8);
        assertThat(charged("elevenlabs", "characters")).as("registered before any charge").isEqualTo(characters);
    }

    private double charged(String vendor, String unit) {
        return meters.get("storyreel.vendor.cost").tags("vendor", vendor, "unit", unit).counter().count();
    }

    @Test
    void storyMadeWithLocalProvidersCostsNothing() throws Exception {
        String storyId = written.story("costs-", 1, null);
        progress.onImageGenerated(new SceneImageGenerated(storyId, 0, "img", 1920, 1080, "painter", 0));

        JsonNode story = get("/api/stories/" + storyId);

        assertThat(story.at("/costs/total")).isEmpty();
        assertThat(story.path("scenes").get(0).path("costs")).isEmpty();
        assertThat(story.path("scenes").get(0).at("/stages/image/cost").isMissingNode()).isTrue();
    }

    private static double amount(JsonNode costs, String vendor, String unit) {
        for (JsonNode cost : costs) {
            if (vendor.equals(cost.path("vendor").asString()) && unit.equals(cost.path("unit").asString())) {
                return cost.path("amount").asDouble();
            }
        }
        throw new AssertionError("No " + vendor + " " + unit + " in " + costs);
    }

    private JsonNode get(String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
