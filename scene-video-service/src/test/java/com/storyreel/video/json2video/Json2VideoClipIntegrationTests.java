package com.storyreel.video.json2video;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneCaptions;
import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneInputsReady;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.Topics;
import com.storyreel.events.VendorCost;
import com.storyreel.localstack.LocalStackProperties;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.json2video.Json2VideoStub;
import com.storyreel.runtime.json2video.Json2VideoStubExtension;
import com.storyreel.runtime.json2video.PublishedEvents;
import com.storyreel.runtime.stories.StoryDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
import static org.awaitility.Awaitility.await;

/** The clip stage on the embedded stack with JSON2Video stubbed as its contract documents it. */
@SpringBootTest
@ContextConfiguration(initializers = LocalStackProperties.class)
class Json2VideoClipIntegrationTests {

    @RegisterExtension
    static final Json2VideoStubExtension json2video = Json2VideoStubExtension
            .delivering(media -> media.video("rendered.mp4", "320x180"));

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading();

    private static Path still;

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

    @BeforeAll
    static void makeStill() {
        still = json2video.media().still("still.png", "320x180");
    }

    @Test
    void rendersTheClipAtJson2VideoOnceFromPresignedLinksEvenWhenTheRequestComesTwice() throws Exception {
        String storyId = "j2v-clip-" + UUID.randomUUID();
        String project = Json2VideoStub.project();
        SceneInputsReady request = storedInputs(storyId);
        vendor().accepts(storyId, project);
        vendor().answers(project, vendor().pending(project), vendor().done(project));

        try (var clips = kafka.probe().read("scene.clip.rendered")) {
            kafka.probe().send("scene.inputs.ready", storyId, EventJson.write(request));
            kafka.probe().send("scene.inputs.ready", storyId, EventJson.write(request));

            SceneClipRendered clip = PublishedEvents.first(clips, storyId, SceneClipRendered.class);
            assertThat(clip.provider()).isEqualTo("json2video");
            assertThat(clip.narrationOffsetSeconds()).isEqualTo(0.5);
            assertThat(clip.durationSeconds()).isCloseTo(2.0, within(0.05));
            assertThat(clip.cost()).isEqualTo(new VendorCost("json2video", "render-seconds", 108.2));
            assertThat(clip.clipKey()).startsWith("stories/" + storyId + "/scenes/0/clip-").endsWith(".mp4");
            assertThat(assets.read(clip.clipKey())).isEqualTo(json2video.movie());
        }
        vendor().verify(exactly(1), postRequestedFor(urlEqualTo("/v2/movies")).withRequestBody(containing(storyId)));
        JsonNode movie = json.readTree(vendor().submittedMovie(storyId));
        assertThat(movie.at("/scenes/0/elements/0/src").asString())
                .startsWith(Json2VideoStub.presignedPrefix(assets, request.imageKey())).contains("X-Amz-Signature=");
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
        String project = Json2VideoStub.project();
        SceneInputsReady request = storedInputs(storyId);
        vendor().accepts(storyId, project);
        vendor().answers(project, vendor().failed(project));

        try (var failures = kafka.probe().read("stage.failed")) {
            kafka.probe().send("scene.inputs.ready", storyId, EventJson.write(request));

            StageFailed failed = PublishedEvents.first(failures, storyId, StageFailed.class);
            assertThat(failed.stage()).isEqualTo(Stage.CLIP);
            assertThat(failed.scene()).isZero();
            assertThat(failed.provider()).isEqualTo("json2video");
            assertThat(failed.reason()).isEqualTo("json2video: render " + project
                    + " failed: Source file could not be downloaded");
        }
    }

    @Test
    void aSceneInputsReadyForScene99OfAThreeSceneStoryIsDeadLetteredAndNothingIsSubmitted() throws Exception {
        String storyId = "j2v-clip-forged-" + UUID.randomUUID();
        StoryDocuments.inputsReady(mongo, storyId, 3);
        SceneInputsReady forged = new SceneInputsReady(storyId, 99, "stories/" + storyId + "/scenes/99/image-x.png",
                "stories/" + storyId + "/scenes/99/narration-x.wav", null, 1.5, "16:9", 0);
        vendor().accepts(storyId, Json2VideoStub.project());

        try (var dead = kafka.probe().read(Topics.deadLetter(Topics.SCENE_INPUTS_READY, "scene-video-service"))) {
            kafka.probe().send(Topics.SCENE_INPUTS_READY, storyId, EventJson.write(forged));

            await().atMost(Duration.ofSeconds(60)).until(() -> !dead.matching(r -> r.ofStory(storyId)).isEmpty());
            assertThat(dead.matching(r -> r.ofStory(storyId)).getFirst().header("x-exception-message"))
                    .endsWith("; Story " + storyId + " has no scene 99 (it has 3)");
        }
        vendor().verify(exactly(0), postRequestedFor(urlEqualTo("/v2/movies")).withRequestBody(containing(storyId)));
        assertThat(mongo.count(Query.query(Criteria.where("storyId").is(storyId)), "work_units")).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("storyId").is(storyId)), "vendor_jobs")).isZero();
    }

    private static Json2VideoStub vendor() {
        return json2video.stub();
    }

    private SceneInputsReady storedInputs(String storyId) {
        StoryDocuments.inputsReady(mongo, storyId, 1);
        String imageKey = "stories/" + storyId + "/scenes/0/image-test.png";
        String captionsKey = "stories/" + storyId + "/scenes/0/captions-test.json";
        assets.put(imageKey, still, "image/png");
        assets.put(captionsKey, json.writeValueAsBytes(new SceneCaptions(List.of(new SceneCaptions.Cue(0.0, 1.2,
                "Once upon a time")))), "application/json");
        return new SceneInputsReady(storyId, 0, imageKey, "stories/" + storyId + "/scenes/0/narration-test.wav",
                captionsKey, 1.5, "16:9", 0);
    }
}
