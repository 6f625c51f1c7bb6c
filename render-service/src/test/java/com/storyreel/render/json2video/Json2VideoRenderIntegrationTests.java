package com.storyreel.render.json2video;

import java.nio.charset.StandardCharsets;
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
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.json2video.Json2VideoStub;
import com.storyreel.runtime.json2video.Json2VideoStubExtension;
import com.storyreel.runtime.json2video.PublishedEvents;
import com.storyreel.runtime.stories.StoryDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The render stage on the embedded stack with JSON2Video stubbed as its contract documents it. */
@SpringBootTest
@ContextConfiguration(initializers = LocalStackProperties.class)
class Json2VideoRenderIntegrationTests {

    /** Delivers the merged scenes' own video as the finished story. */
    @RegisterExtension
    static final Json2VideoStubExtension json2video = Json2VideoStubExtension
            .delivering(media -> media.videoWithSound("scene.mp4", "180x320"));

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading();

    @Autowired
    AssetStore assets;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void vendorSettings(DynamicPropertyRegistry registry) {
        json2video.properties(registry);
    }

    @Test
    void rendersTheStoryAtJson2VideoOnceWithSidecarsTimedAsTheLocalRenderEvenWhenTheRequestComesTwice()
            throws Exception {
        String storyId = "j2v-render-" + UUID.randomUUID();
        String project = Json2VideoStub.project();
        AllScenesMerged request = storedStory(storyId);
        vendor().accepts(storyId, project);
        vendor().answers(project, vendor().pending(project), vendor().done(project));

        try (var rendered = kafka.probe().read("story.rendered")) {
            kafka.probe().send("story.scenes.merged", storyId, EventJson.write(request));
            kafka.probe().send("story.scenes.merged", storyId, EventJson.write(request));

            StoryRendered story = PublishedEvents.first(rendered, storyId, StoryRendered.class);
            assertThat(story.provider()).isEqualTo("json2video");
            assertThat(story.durationSeconds()).isCloseTo(2.0, within(0.05));
            assertThat(story.cost()).isEqualTo(new VendorCost("json2video", "render-seconds", 108.2));
            assertThat(story.videoKey()).startsWith("stories/" + storyId + "/final-").endsWith(".mp4");
            assertThat(assets.read(story.videoKey())).isEqualTo(json2video.movie());
            // Scene 1 starts at 2.0 s; each cue moves by its scene's start and narration offset.
            assertThat(new String(assets.read(story.srtKey()), StandardCharsets.UTF_8)).isEqualTo(
                    "1\n00:00:00,600 --> 00:00:01,400\none\n\n2\n00:00:02,500 --> 00:00:02,900\ntwo\n\n");
            assertThat(new String(assets.read(story.vttKey()), StandardCharsets.UTF_8)).isEqualTo(
                    "WEBVTT\n\n00:00:00.600 --> 00:00:01.400\none\n\n00:00:02.500 --> 00:00:02.900\ntwo\n\n");
        }
        vendor().verify(exactly(1), postRequestedFor(urlEqualTo("/v2/movies")).withRequestBody(containing(storyId)));
        JsonNode movie = json.readTree(vendor().submittedMovie(storyId));
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
        vendor().accepts(storyId, project);
        vendor().answers(project, vendor().failed(project));

        try (var failures = kafka.probe().read("stage.failed")) {
            kafka.probe().send("story.scenes.merged", storyId, EventJson.write(storedStory(storyId)));

            StageFailed failed = PublishedEvents.first(failures, storyId, StageFailed.class);
            assertThat(failed.stage()).isEqualTo(Stage.RENDER);
            assertThat(failed.scene()).isNull();
            assertThat(failed.provider()).isEqualTo("json2video");
            assertThat(failed.reason()).isEqualTo("json2video: render " + project
                    + " failed: Source file could not be downloaded");
        }
    }

    private static Json2VideoStub vendor() {
        return json2video.stub();
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
        assets.put(videoKey, json2video.movie(), "video/mp4");
        assets.put(captionsKey, json.writeValueAsBytes(new SceneCaptions(List.of(cue))), "application/json");
        return new MergedScene(index, videoKey, captionsKey, seconds, offset);
    }
}
