package com.storyreel.image.generation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneScript;
import com.storyreel.events.StoryWritten;
import com.storyreel.events.Topics;
import com.storyreel.localstack.LocalStackProperties;
import com.storyreel.localstack.SharedLocalStack;
import com.storyreel.localstack.TopicProbe;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.stories.StoryDocuments;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * Forged and garbage records on {@code story.written}, as anyone who can write to Kafka could send
 * them: each lands on the image stage's dead-letter topic with the reason, and nothing is painted,
 * stored or claimed for it; a story the story service wrote is still painted after them.
 */
@SpringBootTest(properties = "storyreel.image.provider=painter")
@ContextConfiguration(initializers = LocalStackProperties.class)
class ForgedStoryIntegrationTests {

    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.STORY_WRITTEN, "scene-image-service");

    private static TopicProbe probe;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    S3Client s3;

    @Autowired
    AssetStore assets;

    @BeforeAll
    static void startProbe() {
        probe = new TopicProbe(SharedLocalStack.get().kafka().bootstrapServers());
    }

    @AfterAll
    static void stopProbe() {
        probe.close();
    }

    @Test
    void aStoryWrittenForAStoryThatDoesNotExistWith3000ScenesPaintsNothingAndIsDeadLettered() throws Exception {
        String storyId = "st-forged-" + UUID.randomUUID();
        try (var dead = probe.read(DEAD_LETTERS)) {
            probe.send(Topics.STORY_WRITTEN, storyId, EventJson.write(story(storyId, 3_000)));

            await().atMost(Duration.ofSeconds(60)).until(() -> !dead.matching(r -> storyId.equals(r.key())).isEmpty());
            TopicProbe.Received letter = dead.matching(r -> storyId.equals(r.key())).getFirst();
            assertThat(letter.header("x-exception-message")).endsWith("; Unknown story " + storyId);
            assertThat(letter.header("x-original-topic")).isEqualTo(Topics.STORY_WRITTEN);
        }
        assertThat(workUnits(storyId)).isZero();
        assertThat(objects(storyId)).isEmpty();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(storyId)), "stories")).isFalse();
    }

    @Test
    void aStoryWrittenWithMoreScenesThanTheStoryHasChangesNothingAndIsDeadLettered() throws Exception {
        String storyId = "st-more-scenes-" + UUID.randomUUID();
        StoryDocuments.written(mongo, storyId, 3);
        Document before = story(storyId);
        try (var dead = probe.read(DEAD_LETTERS)) {
            probe.send(Topics.STORY_WRITTEN, storyId, EventJson.write(story(storyId, 3_000)));

            await().atMost(Duration.ofSeconds(60)).until(() -> !dead.matching(r -> storyId.equals(r.key())).isEmpty());
            assertThat(dead.matching(r -> storyId.equals(r.key())).getFirst().header("x-exception-message"))
                    .endsWith("; The record has 3000 scenes; story " + storyId + " has 3");
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
        try (var dead = probe.read(DEAD_LETTERS); var images = probe.read(Topics.SCENE_IMAGE_GENERATED)) {
            probe.send(Topics.STORY_WRITTEN, "forged", EventJson.write(story(forgedId, 1)));
            probe.send(Topics.STORY_WRITTEN, "garbage", "{\"storyId\":[1,2,3]");
            probe.send(Topics.STORY_WRITTEN, storyId, EventJson.write(story(storyId, 1)));

            await().atMost(Duration.ofSeconds(90)).until(() -> dead.matching(r -> "forged".equals(r.key())).size() == 1
                    && dead.matching(r -> "garbage".equals(r.key())).size() == 1
                    && !images.matching(r -> storyId.equals(r.key())).isEmpty());
            assertThat(dead.matching(r -> "forged".equals(r.key())).getFirst().header("x-exception-message"))
                    .endsWith("; storyId must match [A-Za-z0-9][A-Za-z0-9._-]{0,63} (was 16 characters, with control characters)");
            assertThat(dead.matching(r -> "garbage".equals(r.key())).getFirst().header("x-exception-message")).isNotBlank();
            SceneImageGenerated image = EventJson.read(images.matching(r -> storyId.equals(r.key())).getFirst().value()
                    .getBytes(StandardCharsets.UTF_8), SceneImageGenerated.class);
            assertThat(assets.exists(image.imageKey())).isTrue();
        }
        assertThat(mongo.count(Query.query(Criteria.where("storyId").is(forgedId)), "work_units")).isZero();
    }

    private static StoryWritten story(String storyId, int scenes) {
        List<SceneScript> scripts = IntStream.range(0, scenes)
                .mapToObj(i -> new SceneScript(i, "Narration " + i, "a lighthouse at dusk, scene " + i)).toList();
        return new StoryWritten(storyId, "The Lighthouse", "16:9", "slt", "storybook", scripts, "forged", 0);
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
