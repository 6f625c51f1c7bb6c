package com.storyreel.render.json2video;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

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
import com.storyreel.runtime.json2video.Json2VideoStub;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.stories.StoryDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** The render stage on the embedded stack with JSON2Video stubbed as its contract documents it. */
@SpringBootTest(properties = { "storyreel.jobs.poll-interval=100ms", "storyreel.vendors.allow-http-downloads=true",
        "storyreel.json2video.download-hosts=localhost", "resilience4j.retry.instances.json2video.wait-duration=10ms" })
@ContextConfiguration(initializers = LocalStackProperties.class)
class Json2VideoRenderIntegrationTests {

    @TempDir
    static Path media;

    private static Json2VideoStub vendor;
    private static TopicProbe probe;
    private static Path sceneFile;
    private static byte[] renderedMovie;

    @Autowired
    AssetStore assets;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void json2video(DynamicPropertyRegistry registry) {
        registry.add("JSON2VIDEO_BASE_URL", () -> vendor.baseUrl() + "/v2");
        registry.add("JSON2VIDEO_API_KEY", () -> Json2VideoStub.API_KEY);
    }

    @BeforeAll
    static void startVendor() throws Exception {
        probe = new TopicProbe(SharedLocalStack.get().kafka().bootstrapServers());
        sceneFile = media.resolve("scene.mp4");
        Ffmpeg.onPath().run(List.of("-f", "lavfi", "-i", "testsrc2=size=180x320:rate=30", "-f", "lavfi", "-i",
                "sine=frequency=440:sample_rate=48000", "-t", "2", "-c:v", "libx264", "-preset", "ultrafast",
                "-pix_fmt", "yuv420p", "-c:a", "aac", sceneFile.toString()), Duration.ofMinutes(1));
        renderedMovie = Files.readAllBytes(sceneFile);
        vendor = new Json2VideoStub(renderedMovie);
        vendor.start();
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
        String project = Json2VideoStub.project();
        AllScenesMerged request = storedStory(storyId);
        vendor.accepts(storyId, project);
        vendor.answers(project, vendor.pending(project), vendor.done(project));

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
        JsonNode movie = json.readTree(vendor.submittedMovie(storyId));
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
                    .startsWith(Json2VideoStub.presignedPrefix(assets, byIndex.get(i).videoKey())).contains("X-Amz-Signature=");
        }
    }

    @Test
    void aRenderThatFailsAtJson2VideoFailsTheStoryWithTheVendorsReason() throws Exception {
        String storyId = "j2v-render-error-" + UUID.randomUUID();
        String project = Json2VideoStub.project();
        vendor.accepts(storyId, project);
        vendor.answers(project, vendor.failed(project));

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
        await().atMost(Duration.ofSeconds(60)).until(() -> !reader.matching(r -> r.ofStory(storyId)).isEmpty());
        return EventJson.read(reader.matching(r -> r.ofStory(storyId)).getFirst().value().getBytes(), type);
    }

    /** Two merged scenes and their captions in S3, listed out of order as a replayed event may list them. */
    private AllScenesMerged storedStory(String storyId) {
        StoryDocuments.rendering(mongo, storyId, 2);
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









}
