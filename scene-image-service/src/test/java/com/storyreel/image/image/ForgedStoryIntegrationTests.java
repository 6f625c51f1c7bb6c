package com.storyreel.image.image;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.Topics;
import com.storyreel.localstack.LocalStackProperties;
import com.storyreel.localstack.TopicProbe;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.stories.StoryDocuments;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ContextConfiguration;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Forged and garbage records on {@code scene.written}, as anyone who can write to Kafka could send
 * them: each lands on the image stage's dead-letter topic with the reason, and nothing is painted,
 * stored or claimed for it; a story the story service wrote is still painted after them.
 */
@SpringBootTest(properties = "storyreel.image.provider=painter")
@ContextConfiguration(initializers = LocalStackProperties.class)
class ForgedStoryIntegrationTests {

    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.SCENE_WRITTEN, "scene-image-service");

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading();

    @Autowired
    MongoTemplate mongo;

    @Autowired
    S3Client s3;

    @Autowired
    AssetStore assets;

    @Test
    void aSceneOfAStoryThatDoesNotExistPaintsNothingAndIsDeadLettered() throws Exception {
        String storyId = "st-forged-" + UUID.randomUUID();
        try (var dead = kafka.probe().read(DEAD_LETTERS)) {
            kafka.probe().send(Topics.SCENE_WRITTEN, storyId, EventJson.write(scene(storyId, 0)));

            await().atMost(Duration.ofSeconds(60)).until(() -> !dead.matching(r -> r.ofStory(storyId)).isEmpty());
            TopicProbe.Received letter = dead.matching(r -> r.ofStory(storyId)).getFirst();
            assertThat(letter.header("x-exception-message")).endsWith("; Unknown story " + storyId);
            assertThat(letter.header("x-original-topic")).isEqualTo(Topics.SCENE_WRITTEN);
        }
        assertThat(workUnits(storyId)).isZero();
        assertThat(objects(storyId)).isEmpty();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(storyId)), "stories")).isFalse();
    }

    @Test
    void aSceneTheStoryDoesNotHaveChangesNothingAndIsDeadLettered() throws Exception {
        String storyId = "st-more-scenes-" + UUID.randomUUID();
        StoryDocuments.written(mongo, storyId, 3);
        Document before = story(storyId);
        try (var dead = kafka.probe().read(DEAD_LETTERS)) {
            kafka.probe().send(Topics.SCENE_WRITTEN, storyId, EventJson.write(scene(storyId, 2_999)));

            await().atMost(Duration.ofSeconds(60)).until(() -> !dead.matching(r -> r.ofStory(storyId)).isEmpty());
            assertThat(dead.matching(r -> r.ofStory(storyId)).getFirst().header("x-exception-message"))
                    .endsWith("; Story " + storyId + " has no scene 2999 (it has 3)");
        }
        assertThat(story(storyId)).isEqualTo(before);
        assertThat(workUnits(storyId)).isZero();
        assertThat(objects(storyId)).isEmpty();
    }

    @Test
    void aStoryIdWithALineBreakIsDeadLetteredAndTheNextStoryIsStillPainted() throws Exception {
        String forgedId = "st-1\nINFO forged";
        String storyId = "st-painted-" + UUID.randomUUID();
        StoryDocuments.written(mongo, storyId, 1);
        try (var dead = kafka.probe().read(DEAD_LETTERS); var images = kafka.probe().read(Topics.SCENE_IMAGE_GENERATED)) {
            kafka.probe().send(Topics.SCENE_WRITTEN, "forged", EventJson.write(scene(forgedId, 0)));
            kafka.probe().send(Topics.SCENE_WRITTEN, "garbage", "{\"storyId\":[1,2,3]");
            kafka.probe().send(Topics.SCENE_WRITTEN, storyId, EventJson.write(scene(storyId, 0)));

            await().atMost(Duration.ofSeconds(90)).until(() -> dead.matching(r -> r.ofStory("forged")).size() == 1
                    && dead.matching(r -> r.ofStory("garbage")).size() == 1
                    && !images.matching(r -> r.ofStory(storyId)).isEmpty());
            assertThat(dead.matching(r -> r.ofStory("forged")).getFirst().header("x-exception-message"))
                    .endsWith("; storyId must match [A-Za-z0-9][A-Za-z0-9._-]{0,63} (was 16 characters, with control characters)");
            assertThat(dead.matching(r -> r.ofStory("garbage")).getFirst().header("x-exception-message")).isNotBlank();
            SceneImageGenerated image = EventJson.read(images.matching(r -> r.ofStory(storyId)).getFirst().value()
                    .getBytes(StandardCharsets.UTF_8), SceneImageGenerated.class);
            assertThat(assets.exists(image.imageKey())).isTrue();
        }
        assertThat(mongo.count(Query.query(Criteria.where("storyId").is(forgedId)), "work_units")).isZero();
    }

    private static SceneWritten scene(String storyId, int scene) {
        return new SceneWritten(storyId, scene, "Narration " + scene, "a lighthouse at dusk, scene " + scene, "16:9", "slt",
                "storybook", 0, List.of());
    }

    private Document story(String storyId) {
        return mongo.findById(storyId, Document.class, "stories");
    }

    private long workUnits(String storyId) {
        return mongo.count(Query.query(Criteria.where("storyId").is(storyId)), "work_units");
    }

    private List<String> objects(String storyId) {
        return s3.listObjectsV2(r -> r.bucket(assets.bucket()).prefix("stories/" + storyId + "/")).contents().stream()
                .map(o -> o.key()).toList();
    }
}
