package com.storyreel.story.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneEvent;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneScript;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.StoryApprovalGiven;
import com.storyreel.events.StoryRendered;
import com.storyreel.events.StoryRequested;
import com.storyreel.events.Topics;
import com.storyreel.localstack.TopicProbe;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.story.StoryServiceTest;
import com.storyreel.story.writing.StoryIntake;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.Review;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Forged records on the story service's own topics, published to the real broker: each lands on the
 * consumer's dead-letter topic with the reason, and the story stays as it was.
 */
@StoryServiceTest
class ForgedEventsIntegrationTests {

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading();

    @Autowired
    StoryStore store;

    @Autowired
    StoryIntake intake;

    @Test
    void aStoryRenderedForAStoryStillBeingWrittenIsDeadLetteredAndCompletesNothing() throws Exception {
        String storyId = story();
        store.markWriting(storyId);
        StoryDocument before = store.find(storyId).orElseThrow();

        String reason = deadLettered(Topics.STORY_RENDERED, storyId, EventJson.write(new StoryRendered(storyId,
                "stories/" + storyId + "/final-x.mp4", null, null, 60.0, "forged", 0, null)));

        assertThat(reason).endsWith("; Story " + storyId + " is WRITING and was never sent to render");
        assertThat(store.find(storyId)).contains(before);
    }

    @Test
    void aFailureOfASceneTheStoryDoesNotHaveIsDeadLetteredAndFailsNothing() throws Exception {
        String storyId = writtenStory();
        StoryDocument before = store.find(storyId).orElseThrow();

        String reason = deadLettered(Topics.STAGE_FAILED, storyId, EventJson.write(new StageFailed(storyId, Stage.CLIP, 99,
                "forged", "forged failure", 0)));

        assertThat(reason).endsWith("; Story " + storyId + " has no scene 99");
        StoryDocument after = store.find(storyId).orElseThrow();
        assertThat(after).isEqualTo(before);
        assertThat(after.status()).isEqualTo(StoryStatus.GENERATING);
        assertThat(after.scenes()).hasSize(3);
    }

    @Test
    void aCompletionForAStoryThatDoesNotExistIsDeadLetteredAndCreatesNothing() throws Exception {
        String storyId = "st-unknown-" + UUID.randomUUID();

        String reason = deadLettered(Topics.SCENE_IMAGE_GENERATED, storyId, EventJson.write(new SceneImageGenerated(storyId,
                0, "stories/" + storyId + "/scenes/0/image-x.png", 1920, 1080, "forged", 0)));

        assertThat(reason).endsWith("; Unknown story " + storyId);
        assertThat(store.find(storyId)).isEmpty();
    }

    @Test
    void aCompletionKeyedForAnotherStoryOrSceneIsDeadLetteredAndRecordsNothing() throws Exception {
        String storyId = writtenStory();
        StoryDocument before = store.find(storyId).orElseThrow();
        byte[] image = EventJson.write(new SceneImageGenerated(storyId, 0, "stories/" + storyId + "/scenes/0/image-x.png",
                1920, 1080, "forged", 0));
        String anotherStory = "st-forged-" + UUID.randomUUID();

        String storyReason = deadLettered(Topics.SCENE_IMAGE_GENERATED, anotherStory, image);
        String sceneReason = deadLettered(Topics.SCENE_IMAGE_GENERATED, SceneEvent.key(storyId, 1), image);

        assertThat(storyReason).endsWith("; The record's key '" + anotherStory + "' is not its event's key '" + storyId + "/0'");
        assertThat(sceneReason).endsWith("; The record's key '" + storyId + "/1' is not its event's key '" + storyId + "/0'");
        assertThat(store.find(storyId)).contains(before);
    }

    @Test
    void aStoryRequestedWithALineBreakInItsIdIsDeadLetteredAndCreatesNoStory() throws Exception {
        String storyId = "st-1\r\nINFO forged";

        String reason = deadLettered(Topics.STORY_REQUESTED, "forged-request-" + UUID.randomUUID(), EventJson.write(
                new StoryRequested(storyId, "a fox", null, 1, null, null, null, null, Instant.now())));

        assertThat(reason).endsWith("; storyId must match [A-Za-z0-9][A-Za-z0-9._-]{0,63} (was 17 characters, with control characters)");
        assertThat(store.find(storyId)).isEmpty();
    }

    @Test
    void anApprovalOfAStoryThatDoesNotExistOrOfNoReviewIsDeadLetteredAndCreatesNothing() throws Exception {
        String unknown = "st-unknown-" + UUID.randomUUID();
        String held = story();

        String unknownReason = deadLettered(Topics.STORY_APPROVAL_GIVEN, unknown,
                EventJson.write(new StoryApprovalGiven(unknown, "storyboard", Instant.now())));
        String noReviewReason = deadLettered(Topics.STORY_APPROVAL_GIVEN, held,
                EventJson.write(new StoryApprovalGiven(held, "none", Instant.now())));

        assertThat(unknownReason).endsWith("; Unknown story " + unknown);
        assertThat(noReviewReason).endsWith("; review must be storyboard or pictures");
        assertThat(store.find(unknown)).isEmpty();
    }

    /** Publishes the record under the key and returns the reason its dead letter carries. */
    private static String deadLettered(String topic, String key, byte[] record) throws Exception {
        try (var dead = kafka.probe().read(Topics.deadLetter(topic, "story-service"))) {
            kafka.probe().send(topic, key, record);
            await().atMost(Duration.ofSeconds(60)).until(() -> !dead.matching(r -> r.ofStory(key)).isEmpty());
            TopicProbe.Received letter = dead.matching(r -> r.ofStory(key)).getFirst();
            assertThat(letter.header("x-original-topic")).isEqualTo(topic);
            return letter.header("x-exception-message");
        }
    }

    /** A story written in 3 scenes, its stages not started. */
    private String writtenStory() {
        String storyId = story();
        store.recordWritten(storyId, "Test", "test", null, IntStream.range(0, 3)
                .mapToObj(i -> new SceneScript(i, "Scene " + i + ".", "a meadow")).toList(), List.of(), Review.NONE);
        return storyId;
    }

    private String story() {
        String storyId = "st-forged-" + UUID.randomUUID();
        store.createIfAbsent(intake.newStory(storyId, new StoryRequest(null, "script", 3, "16:9", null, null, null), null, null, null));
        return storyId;
    }
}
