package com.storyreel.render.stories;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.storyreel.events.AllScenesMerged;
import com.storyreel.events.EventJson;
import com.storyreel.events.MergedScene;
import com.storyreel.events.SceneCaptions;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.StoryRendered;
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

/** The render stage on the embedded stack with JSON2Video stubbed as its contract documents it. */
@SpringBootTest(properties = { "storyreel.jobs.poll-interval=100ms", "storyreel.vendors.allow-http-downloads=true",
        "storyreel.json2video.download-hosts=localhost", "resilience4j.retry.instances.json2video.wait-duration=10ms" })
@ContextConfiguration(initializers = LocalStackProperties.class)
class Json2VideoRenderIntegrationTests {

    private static final String API_KEY = "test-json2video-key";

    @TempDir
    static Path media;

    private static WireMockServer vendor;
    private static TopicProbe probe;
    private static Path sceneFile;
    private static byte[] renderedMovie;

    @Autowired
    AssetStore assets;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void json2video(DynamicPropertyRegistry registry) {
        registry.add("JSON2VIDEO_BASE_URL", () -> vendor.baseUrl() + "/v2");
        registry.add("JSON2VIDEO_API_KEY", () -> API_KEY);
    }

    @BeforeAll
    static void startVendor() throws Exception {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
        probe = new TopicProbe(SharedLocalStack.get().kafka().bootstrapServers());
        sceneFile = media.resolve("scene.mp4");
        Ffmpeg.onPath().run(List.of("-f", "lavfi", "-i", "testsrc2=size=180x320:rate=30", "-f", "lavfi", "-i",
                "sine=frequency=440:sample_rate=48000", "-t", "2", "-c:v", "libx264", "-preset", "ultrafast",
                "-pix_fmt", "yuv420p", "-c:a", "aac", sceneFile.toString()), Duration.ofMinutes(1));
        renderedMovie = Files.readAllBytes(sceneFile);
    }

    @AfterAll
    static void stopVendor() {
        probe.close();
        vendor.stop();
    }

    @Test
    void rendersTheStoryAtJson2VideoOnceWithSidecarsTimedAsTheLocalRenderEvenWhenTheRequestComesTwice()
            throws Exception {
        String storyId = "j2v-render-" + UUID.randomUUID();
        String project = project();
        AllScenesMerged request = storedStory(storyId);
        stubSubmission(storyId, project);
        stubStatus(project, pending(project), done(project));

        try (var rendered = probe.read("story.rendered")) {
            probe.send("story.scenes.merged", storyId, EventJson.write(request));
            probe.send("story.scenes.merged", storyId, EventJson.write(request));

            StoryRendered story = first(rendered, storyId, StoryRendered.class);
            assertThat(story.provider()).isEqualTo("json2video");
            assertThat(story.durationSeconds()).isCloseTo(2.0, within(0.05));
            assertThat(story.cost()).isEqualTo(new VendorCost("json2video", "render-seconds", 108.2));
            assertThat(story.videoKey()).startsWith("stories/" + storyId + "/final-").endsWith(".mp4");
            assertThat(assets.read(story.videoKey())).isEqualTo(renderedMovie);
            // Scene 1 starts at 2.0 s; each cue moves by its scene's start and narration offset.
            assertThat(new String(assets.read(story.srtKey()), StandardCharsets.UTF_8)).isEqualTo(
                    "1\n00:00:00,600 --> 00:00:01,400\none\n\n2\n00:00:02,500 --> 00:00:02,900\ntwo\n\n");
            assertThat(new String(assets.read(story.vttKey()), StandardCharsets.UTF_8)).isEqualTo(
                    "WEBVTT\n\n00:00:00.600 --> 00:00:01.400\none\n\n00:00:02.500 --> 00:00:02.900\ntwo\n\n");
        }
        vendor.verify(exactly(1), postRequestedFor(urlEqualTo("/v2/movies")).withRequestBody(containing(storyId)));
        JsonNode movie = submittedMovie(storyId);
        assertThat(movie.at("/width").asInt()).isEqualTo(1080);
        assertThat(movie.at("/height").asInt()).isEqualTo(1920);
        assertThat(movie.has("elements")).as("no subtitles element: captions are burned in at the clip stage").isFalse();
        assertThat(movie.at("/scenes")).hasSize(2);
        List<MergedScene> byIndex = List.of(request.scenes().get(1), request.scenes().get(0));
        for (int i = 0; i < 2; i++) {
            JsonNode scene = movie.at("/scenes/" + i);
            assertThat(scene.at("/duration").asDouble()).isEqualTo(byIndex.get(i).durationSeconds());
            assertThat(scene.has("transition")).isFalse();
            assertThat(scene.at("/elements/0/type").asString()).isEqualTo("video");
            assertThat(scene.at("/elements/0/src").asString())
                    .startsWith(presignedPrefix(byIndex.get(i).videoKey())).contains("X-Amz-Signature=");
        }
    }

    @Test
    void aRenderThatFailsAtJson2VideoFailsTheStoryWithTheVendorsReason() throws Exception {
        String storyId = "j2v-render-error-" + UUID.randomUUID();
        String project = project();
        stubSubmission(storyId, project);
        stubStatus(project, failed(project));

        try (var failures = probe.read("stage.failed")) {
            probe.send("story.scenes.merged", storyId, EventJson.write(storedStory(storyId)));

            StageFailed failed = first(failures, storyId, StageFailed.class);
            assertThat(failed.stage()).isEqualTo(Stage.RENDER);
            assertThat(failed.scene()).isNull();
            assertThat(failed.provider()).isEqualTo("json2video");
            assertThat(failed.reason()).isEqualTo("json2video: render " + project
                    + " failed: Source file could not be downloaded");
        }
    }

    private <T> T first(TopicProbe.Reader reader, String storyId, Class<T> type) throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> !reader.matching(r -> storyId.equals(r.key())).isEmpty());
        return EventJson.read(reader.matching(r -> storyId.equals(r.key())).getFirst().value().getBytes(), type);
    }

    /** Two merged scenes and their captions in S3, listed out of order as a replayed event may list them. */
    private AllScenesMerged storedStory(String storyId) {
        MergedScene first = storedScene(storyId, 0, 2.0, 0.5, new SceneCaptions.Cue(0.1, 0.9, "one"));
        MergedScene second = storedScene(storyId, 1, 1.5, 0.3, new SceneCaptions.Cue(0.2, 0.6, "two"));
        return new AllScenesMerged(storyId, "A test story", "9:16", List.of(second, first), 0);
    }

    private MergedScene storedScene(String storyId, int index, double seconds, double offset, SceneCaptions.Cue cue) {
        String videoKey = "stories/" + storyId + "/scenes/" + index + "/scene-test.mp4";
        String captionsKey = "stories/" + storyId + "/scenes/" + index + "/captions-test.json";
        assets.put(videoKey, sceneFile, "video/mp4");
        assets.put(captionsKey, json.writeValueAsBytes(new SceneCaptions(List.of(cue))), "application/json");
        return new MergedScene(index, videoKey, captionsKey, seconds, offset);
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
