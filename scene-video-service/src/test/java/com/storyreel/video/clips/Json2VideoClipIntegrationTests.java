package com.storyreel.video.clips;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.storyreel.events.EventJson;
import com.storyreel.events.SceneCaptions;
import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneInputsReady;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.VendorCost;
import com.storyreel.localstack.LocalStackProperties;
import com.storyreel.localstack.SharedLocalStack;
import com.storyreel.localstack.TopicProbe;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.media.Ffmpeg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** The clip stage on the embedded stack with JSON2Video stubbed as its contract documents it. */
@SpringBootTest(properties = { "storyreel.jobs.poll-interval=100ms", "storyreel.vendors.allow-http-downloads=true",
        "storyreel.json2video.download-hosts=localhost", "resilience4j.retry.instances.json2video.wait-duration=10ms" })
@ContextConfiguration(initializers = LocalStackProperties.class)
class Json2VideoClipIntegrationTests {

    private static final String API_KEY = "test-json2video-key";

    @TempDir
    static Path media;

    private static WireMockServer vendor;
    private static TopicProbe probe;
    private static Path still;
    private static byte[] renderedMovie;

    @Autowired
    AssetStore assets;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void json2video(DynamicPropertyRegistry registry) {
        // The documented base without its /v2, which the client adds.
        registry.add("JSON2VIDEO_BASE_URL", () -> vendor.baseUrl());
        registry.add("JSON2VIDEO_API_KEY", () -> API_KEY);
    }

    @BeforeAll
    static void startVendor() throws Exception {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
        probe = new TopicProbe(SharedLocalStack.get().kafka().bootstrapServers());
        Ffmpeg ffmpeg = Ffmpeg.onPath();
        still = media.resolve("still.png");
        ffmpeg.run(List.of("-f", "lavfi", "-i", "testsrc2=size=320x180", "-frames:v", "1", still.toString()),
                Duration.ofMinutes(1));
        Path movie = media.resolve("rendered.mp4");
        ffmpeg.run(List.of("-f", "lavfi", "-i", "testsrc2=size=320x180:rate=30", "-t", "2", "-c:v", "libx264",
                "-preset", "ultrafast", "-pix_fmt", "yuv420p", movie.toString()), Duration.ofMinutes(1));
        renderedMovie = Files.readAllBytes(movie);
    }

    @AfterAll
    static void stopVendor() {
        probe.close();
        vendor.stop();
    }

    @Test
    void rendersTheClipAtJson2VideoOnceFromPresignedLinksEvenWhenTheRequestComesTwice() throws Exception {
        String storyId = "j2v-clip-" + UUID.randomUUID();
        String project = project();
        SceneInputsReady request = storedInputs(storyId);
        stubSubmission(storyId, project);
        stubStatus(project, pending(project), done(project));

        try (var clips = probe.read("scene.clip.rendered")) {
            probe.send("scene.inputs.ready", storyId, EventJson.write(request));
            probe.send("scene.inputs.ready", storyId, EventJson.write(request));

            await().atMost(Duration.ofSeconds(60)).until(() -> !clips.matching(r -> storyId.equals(r.key())).isEmpty());
            SceneClipRendered clip = EventJson.read(clips.matching(r -> storyId.equals(r.key())).getFirst().value()
                    .getBytes(), SceneClipRendered.class);
            assertThat(clip.provider()).isEqualTo("json2video");
            assertThat(clip.narrationOffsetSeconds()).isEqualTo(0.5);
            assertThat(clip.durationSeconds()).isCloseTo(2.0, within(0.05));
            assertThat(clip.cost()).isEqualTo(new VendorCost("json2video", "render-seconds", 108.2));
            assertThat(clip.clipKey()).startsWith("stories/" + storyId + "/scenes/0/clip-").endsWith(".mp4");
            assertThat(assets.read(clip.clipKey())).isEqualTo(renderedMovie);
        }
        vendor.verify(exactly(1), postRequestedFor(urlEqualTo("/v2/movies")).withRequestBody(containing(storyId)));
        JsonNode movie = submittedMovie(storyId);
        assertThat(movie.at("/scenes/0/elements/0/src").asString())
                .startsWith(presignedPrefix(request.imageKey())).contains("X-Amz-Signature=");
        assertThat(movie.at("/scenes/0/elements/0/pan").asString()).isEqualTo("left");
        // Lead-in 0.5 s + narration 1.5 s + tail 0.75 s, in whole frames at 30 fps, like the local clip.
        assertThat(movie.at("/scenes/0/duration").asDouble()).isEqualTo(83 / 30.0);
        assertThat(movie.at("/elements/0/type").asString()).isEqualTo("subtitles");
        assertThat(movie.at("/elements/0/captions").asString()).isEqualTo("1\n00:00:00,500 --> 00:00:01,700\nOnce upon a time\n\n");
        assertThat(movie.at("/client-data/unit").asString()).startsWith(storyId + "/0/clip/");
    }

    @Test
    void aRenderThatFailsAtJson2VideoFailsTheSceneWithTheVendorsReason() throws Exception {
        String storyId = "j2v-clip-error-" + UUID.randomUUID();
        String project = project();
        SceneInputsReady request = storedInputs(storyId);
        stubSubmission(storyId, project);
        stubStatus(project, failed(project));

        try (var failures = probe.read("stage.failed")) {
            probe.send("scene.inputs.ready", storyId, EventJson.write(request));

            await().atMost(Duration.ofSeconds(60)).until(() -> !failures.matching(r -> storyId.equals(r.key())).isEmpty());
            StageFailed failed = EventJson.read(failures.matching(r -> storyId.equals(r.key())).getFirst().value()
                    .getBytes(), StageFailed.class);
            assertThat(failed.stage()).isEqualTo(Stage.CLIP);
            assertThat(failed.scene()).isZero();
            assertThat(failed.provider()).isEqualTo("json2video");
            assertThat(failed.reason()).isEqualTo("json2video: render " + project
                    + " failed: Source file could not be downloaded");
        }
    }

    private SceneInputsReady storedInputs(String storyId) {
        String imageKey = "stories/" + storyId + "/scenes/0/image-test.png";
        String captionsKey = "stories/" + storyId + "/scenes/0/captions-test.json";
        assets.put(imageKey, still, "image/png");
        assets.put(captionsKey, json.writeValueAsBytes(new SceneCaptions(List.of(new SceneCaptions.Cue(0.0, 1.2,
                "Once upon a time")))), "application/json");
        return new SceneInputsReady(storyId, 0, imageKey, "stories/" + storyId + "/scenes/0/narration-test.wav",
                captionsKey, 1.5, "16:9", 0);
    }

    private String presignedPrefix(String key) {
        return SharedLocalStack.get().s3().endpoint().toString().replaceAll("/$", "") + "/" + assets.bucket() + "/" + key
                + "?";
    }

    private JsonNode submittedMovie(String storyId) {
        return json.readTree(vendor.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getMethod().getName().equals("POST"))
                .map(event -> event.getRequest().getBodyAsString())
                .filter(body -> body.contains(storyId))
                .findFirst().orElseThrow());
    }

    private static void stubSubmission(String storyId, String project) {
        vendor.stubFor(post(urlEqualTo("/v2/movies")).withHeader("x-api-key", equalTo(API_KEY))
                .withRequestBody(containing(storyId))
                .willReturn(okJson("{\"success\": true, \"project\": \"" + project
                        + "\", \"timestamp\": \"2026-05-12T10:49:52.924Z\"}")));
        vendor.stubFor(get(urlEqualTo("/clients/xxxx/renders/" + project + ".mp4"))
                .willReturn(aResponse().withHeader("Content-Type", "video/mp4").withBody(renderedMovie)));
    }

    /** Each poll answers the next body; the last one stays. */
    private static void stubStatus(String project, String... bodies) {
        for (int i = 0; i < bodies.length; i++) {
            vendor.stubFor(get(urlPathEqualTo("/v2/movies")).withQueryParam("project", equalTo(project))
                    .withHeader("x-api-key", equalTo(API_KEY))
                    .inScenario(project).whenScenarioStateIs(pollState(i))
                    .willReturn(okJson(bodies[i])).willSetStateTo(pollState(Math.min(i + 1, bodies.length - 1))));
        }
    }

    private static String pollState(int poll) {
        return poll == 0 ? STARTED : "poll-" + poll;
    }

    private static String pending(String project) {
        return """
                {"success": true,
                 "movie": {"success": true, "status": "pending", "message": "", "project": "%s",
                           "created_at": "2026-05-12T07:41:41.946Z", "client-data": {}},
                 "remaining_quota": {"movies": 0, "drafts": 0, "time": 1807}}""".formatted(project);
    }

    private static String done(String project) {
        return """
                {"success": true,
                 "movie": {"success": true, "status": "done", "message": "", "project": "%s",
                           "url": "%s/clients/xxxx/renders/%s.mp4",
                           "ass": "%s/clients/xxxx/renders/%s.ass",
                           "created_at": "2026-05-12T07:41:41.946Z", "ended_at": "2026-05-12T07:44:57.108Z",
                           "duration": 108.2, "size": 6876189, "width": 1080, "height": 1920,
                           "rendering_time": 195, "client-data": {}, "consumed_credits": []},
                 "remaining_quota": {"movies": 0, "drafts": 0, "time": 1807}}"""
                .formatted(project, vendor.baseUrl(), project, vendor.baseUrl(), project);
    }

    private static String failed(String project) {
        return """
                {"success": true,
                 "movie": {"success": true, "status": "error", "message": "Source file could not be downloaded",
                           "project": "%s", "created_at": "2026-05-12T07:41:41.946Z", "client-data": {}},
                 "remaining_quota": {"movies": 0, "drafts": 0, "time": 1807}}""".formatted(project);
    }

    /** A project id as JSON2Video makes them: 16 letters and digits. */
    private static String project() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
