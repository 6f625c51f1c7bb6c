package com.storyreel.merge.json2video;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneMerged;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.VendorCost;
import com.storyreel.localstack.LocalStackProperties;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.json2video.Json2VideoStub;
import com.storyreel.runtime.json2video.Json2VideoStubExtension;
import com.storyreel.runtime.json2video.PublishedEvents;
import com.storyreel.runtime.stories.StoryDocuments;
import com.storyreel.runtime.work.VendorJob.JobStatus;
import com.storyreel.runtime.work.StalledWorkRecovery;
import com.storyreel.runtime.work.VendorJobStore;
import com.storyreel.runtime.work.WorkKey;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
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
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The merge stage on the embedded stack with JSON2Video stubbed as its contract documents it, webhooks delivered
 * the way the gateway stores them. The deadline is short enough for a render that never ends to fail within the
 * test, and long enough for one that ends at the second poll (polls are at least 5 s apart).
 */
@SpringBootTest(properties = "storyreel.json2video.deadline=12s")
@ContextConfiguration(initializers = LocalStackProperties.class)
class Json2VideoMergeIntegrationTests {

    @RegisterExtension
    static final Json2VideoStubExtension json2video = Json2VideoStubExtension
            .delivering(media -> media.videoWithSound("rendered.mp4", "320x180"));

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading();

    private static Path clipFile;
    private static Path narrationFile;

    @Autowired
    AssetStore assets;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    VendorJobStore jobs;

    @Autowired
    JsonMapper json;

    @Autowired
    StalledWorkRecovery recovery;

    @DynamicPropertySource
    static void vendorSettings(DynamicPropertyRegistry registry) {
        json2video.properties(registry);
    }

    @BeforeAll
    static void makeClipAndNarration() {
        clipFile = json2video.media().video("clip.mp4", "320x180");
        narrationFile = json2video.media().tone("narration.wav", 1.2);
    }

    @Test
    void mergesTheSceneAtJson2VideoOnceFromPresignedLinksEvenWhenTheClipComesTwice() throws Exception {
        String storyId = "j2v-merge-" + UUID.randomUUID();
        String project = Json2VideoStub.project();
        SceneClipRendered clip = storedClip(storyId);
        vendor().accepts(storyId, project);
        vendor().answers(project, vendor().pending(project), vendor().done(project));

        try (var merged = kafka.probe().read("scene.merged")) {
            kafka.probe().send("scene.clip.rendered", storyId, EventJson.write(clip));
            kafka.probe().send("scene.clip.rendered", storyId, EventJson.write(clip));

            SceneMerged scene = PublishedEvents.first(merged, storyId, SceneMerged.class);
            assertThat(scene.provider()).isEqualTo("json2video");
            assertThat(scene.scene()).isEqualTo(1);
            assertThat(scene.narrationOffsetSeconds()).isEqualTo(0.5);
            assertThat(scene.captionsKey()).isEqualTo(clip.captionsKey());
            assertThat(scene.durationSeconds()).isCloseTo(2.0, within(0.05));
            assertThat(scene.cost()).isEqualTo(new VendorCost("json2video", "render-seconds", 108.2));
            assertThat(scene.videoKey()).startsWith("stories/" + storyId + "/scenes/1/scene-").endsWith(".mp4");
            assertThat(assets.read(scene.videoKey())).isEqualTo(json2video.movie());
        }
        vendor().verify(exactly(1), postRequestedFor(urlEqualTo("/v2/movies")).withRequestBody(containing(storyId)));
        JsonNode movie = json.readTree(vendor().submittedMovie(storyId));
        assertThat(movie.at("/width").asInt()).isEqualTo(320);
        assertThat(movie.at("/height").asInt()).isEqualTo(180);
        assertThat(movie.at("/fps").asInt()).isEqualTo(30);
        assertThat(movie.at("/scenes/0/duration").asDouble()).isEqualTo(2.0);
        assertThat(movie.at("/scenes/0/elements/0/type").asString()).isEqualTo("video");
        assertThat(movie.at("/scenes/0/elements/0/src").asString())
                .startsWith(Json2VideoStub.presignedPrefix(assets, clip.clipKey())).contains("X-Amz-Signature=");
        assertThat(movie.at("/scenes/0/elements/1/type").asString()).isEqualTo("audio");
        assertThat(movie.at("/scenes/0/elements/1/src").asString())
                .startsWith(Json2VideoStub.presignedPrefix(assets, clip.audioKey())).contains("X-Amz-Signature=");
        assertThat(movie.at("/scenes/0/elements/1/start").asDouble()).isEqualTo(0.5);
    }

    @Test
    void aRenderThatFailsAtJson2VideoFailsTheSceneWithTheVendorsReason() throws Exception {
        String storyId = "j2v-merge-error-" + UUID.randomUUID();
        String project = Json2VideoStub.project();
        vendor().accepts(storyId, project);
        vendor().answers(project, vendor().failed(project));

        try (var failures = kafka.probe().read("stage.failed")) {
            kafka.probe().send("scene.clip.rendered", storyId, EventJson.write(storedClip(storyId)));

            StageFailed failed = PublishedEvents.first(failures, storyId, StageFailed.class);
            assertThat(failed.stage()).isEqualTo(Stage.MERGE);
            assertThat(failed.provider()).isEqualTo("json2video");
            assertThat(failed.reason()).isEqualTo("json2video: render " + project
                    + " failed: Source file could not be downloaded");
        }
    }

    @Test
    void aWebhookBeforeTheFirstPollFinishesTheSceneWithoutAskingJson2VideoAndADuplicateChangesNothing()
            throws Exception {
        String storyId = "j2v-merge-webhook-" + UUID.randomUUID();
        String project = Json2VideoStub.project();
        vendor().accepts(storyId, project);
        vendor().answers(project, vendor().pending(project));
        String payload = """
                {"width":"320","height":"180","duration":"10.5","size":"4567890",
                 "url":"%s/clients/xxxx/renders/%s.mp4",
                 "project":"%s","id":"your-movie-id","client-data":{"unit":"%s"}}"""
                .formatted(vendor().baseUrl(), project, project, storyId);

        try (var merged = kafka.probe().read("scene.merged")) {
            kafka.probe().send("scene.clip.rendered", storyId, EventJson.write(storedClip(storyId)));
            await().atMost(Duration.ofSeconds(30)).until(() -> jobs.count(storyId, JobStatus.RUNNING) == 1);

            assertThat(jobs.recordCallback("json2video", project, payload)).isTrue();
            SceneMerged scene = PublishedEvents.first(merged, storyId, SceneMerged.class);
            assertThat(scene.cost()).isEqualTo(new VendorCost("json2video", "render-seconds", 10.5));
            assertThat(assets.read(scene.videoKey())).isEqualTo(json2video.movie());

            assertThat(jobs.recordCallback("json2video", project, payload)).isFalse();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> merged.matching(r -> r.ofStory(storyId)).size() == 1);
        }
        assertThat(jobs.count(storyId, JobStatus.DONE)).isEqualTo(1);
        vendor().verify(0, getRequestedFor(urlPathEqualTo("/v2/movies")).withQueryParam("project", equalTo(project)));
        vendor().verify(exactly(1), postRequestedFor(urlEqualTo("/v2/movies")).withRequestBody(containing(storyId)));
    }

    @Test
    void aRenderStillRunningAtTheDeadlineFailsTheSceneSayingItDidNotFinishInTime() throws Exception {
        String storyId = "j2v-merge-slow-" + UUID.randomUUID();
        String project = Json2VideoStub.project();
        vendor().accepts(storyId, project);
        vendor().answers(project, vendor().running(project));

        try (var failures = kafka.probe().read("stage.failed")) {
            kafka.probe().send("scene.clip.rendered", storyId, EventJson.write(storedClip(storyId)));

            StageFailed failed = PublishedEvents.first(failures, storyId, StageFailed.class);
            assertThat(failed.stage()).isEqualTo(Stage.MERGE);
            assertThat(failed.reason()).startsWith("json2video job " + project + " did not finish within")
                    .contains("running 40%");
        }
    }

    @Test
    void aRateLimitedSubmissionIsSentAgainAndTheSceneMergesOnce() throws Exception {
        String storyId = "j2v-merge-429-" + UUID.randomUUID();
        String project = Json2VideoStub.project();
        vendor().rateLimitsTheFirstSubmission(storyId);
        vendor().accepts(storyId, project);
        vendor().answers(project, vendor().done(project));

        try (var merged = kafka.probe().read("scene.merged")) {
            kafka.probe().send("scene.clip.rendered", storyId, EventJson.write(storedClip(storyId)));

            assertThat(PublishedEvents.first(merged, storyId, SceneMerged.class).provider()).isEqualTo("json2video");
        }
        vendor().verify(exactly(2), postRequestedFor(urlEqualTo("/v2/movies")).withRequestBody(containing(storyId)));
        assertThat(jobs.count(storyId, JobStatus.DONE)).isEqualTo(1);
    }

    @Test
    void aSubmissionCutOffByACrashIsFoundInJson2VideosListingAndAdoptedWithoutPostingAgain() throws Exception {
        String storyId = "j2v-merge-adopted-" + UUID.randomUUID();
        String project = Json2VideoStub.project();
        SceneClipRendered clip = storedClip(storyId);
        String unit = cutOffSubmission(clip);
        vendor().lists(unit, project);
        vendor().accepts(storyId, project);
        vendor().answers(project, vendor().done(project));

        try (var merged = kafka.probe().read("scene.merged")) {
            recovery.resumeStalled();

            SceneMerged scene = PublishedEvents.first(merged, storyId, SceneMerged.class);
            assertThat(assets.read(scene.videoKey())).isEqualTo(json2video.movie());
        }
        vendor().verify(exactly(0), postRequestedFor(urlEqualTo("/v2/movies")).withRequestBody(containing(storyId)));
    }

    /** Leaves the merge unit of {@code clip} as a worker that died mid-submission does; returns the unit's id. */
    private String cutOffSubmission(SceneClipRendered clip) {
        String hash = AssetKeys.hash("json2video", clip.clipKey(), clip.audioKey(), clip.narrationOffsetSeconds());
        String id = new WorkKey(clip.storyId(), clip.scene(), Stage.MERGE, hash).id();
        String input = new String(EventJson.write(clip), StandardCharsets.UTF_8);
        Document unit = new Document("_id", id).append("storyId", clip.storyId()).append("scene", clip.scene())
                .append("stage", Stage.MERGE.name()).append("inputHash", hash).append("attempt", 0)
                .append("inputType", SceneClipRendered.class.getName()).append("input", input);
        mongo.getCollection("work_units").insertOne(new Document(unit).append("status", "IN_PROGRESS")
                .append("token", "dead-worker").append("renewedAt", new Date()).append("leaseMs", 0L));
        mongo.getCollection("vendor_jobs").insertOne(new Document(unit).append("status", JobStatus.SUBMITTING.name())
                .append("vendor", "json2video").append("kind", "json2video-merge").append("polls", 0)
                .append("provider", "json2video").append("outputBinding", "sceneMerged").append("workToken", "dead-worker")
                .append("createdAt", new Date()));
        return id;
    }

    private static Json2VideoStub vendor() {
        return json2video.stub();
    }

    private SceneClipRendered storedClip(String storyId) {
        StoryDocuments.inputsReady(mongo, storyId, 2);
        String clipKey = "stories/" + storyId + "/scenes/1/clip-test.mp4";
        String audioKey = "stories/" + storyId + "/scenes/1/narration-test.wav";
        assets.put(clipKey, clipFile, "video/mp4");
        assets.put(audioKey, narrationFile, "audio/wav");
        return new SceneClipRendered(storyId, 1, clipKey, audioKey, "stories/" + storyId + "/scenes/1/captions-test.json",
                2.0, 0.5, "ffmpeg-kenburns", 0);
    }
}
