package com.storyreel.runtime.stories;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.storyreel.events.AllScenesMerged;
import com.storyreel.events.MergedScene;
import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneInputsReady;
import com.storyreel.events.SceneWritten;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.storyreel.runtime.events.InvalidEventException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stages' check of a record against the story document, on the MongoDB-wire server. */
class KnownStoriesIntegrationTests {

    private final MongoTemplate mongo = StoryDocuments.sharedDatabase();
    private final KnownStories stories = new KnownStories(mongo);

    @Test
    void aSceneOfAStoryWrittenAsTheStoryServiceWroteItPasses() {
        String storyId = storyId();
        StoryDocuments.written(mongo, storyId, 3);

        assertThatCode(() -> stories.require(written(storyId, 1, 0))).doesNotThrowAnyException();
    }

    @Test
    void aSceneOfAStoryThatDoesNotExistIsRefused() {
        String storyId = storyId();

        assertThatThrownBy(() -> stories.require(written(storyId, 0, 0)))
                .isInstanceOf(InvalidEventException.class).hasMessage("Unknown story " + storyId);
    }

    @Test
    void aSceneTheWrittenStoryDoesNotHaveIsRefused() {
        String storyId = storyId();
        StoryDocuments.written(mongo, storyId, 3);

        assertThatThrownBy(() -> stories.require(written(storyId, 3, 0)))
                .isInstanceOf(InvalidEventException.class).hasMessage("Story " + storyId + " has no scene 3 (it has 3)");
    }

    @Test
    void aSceneOfAStoryStillBeingWrittenIsRefused() {
        String storyId = storyId();
        StoryDocuments.insert(mongo, storyId, "WRITING", 0, 0, false, false);

        assertThatThrownBy(() -> stories.require(written(storyId, 0, 0))).isInstanceOf(InvalidEventException.class)
                .hasMessage("Story " + storyId + " is WRITING and has no written scenes to illustrate or narrate");
    }

    @Test
    void aRecordAheadOfTheStorysAttemptIsRefusedAndAnEarlierAttemptStillInFlightPasses() {
        String storyId = storyId();
        StoryDocuments.insert(mongo, storyId, "GENERATING", 2, 1, true, false);

        assertThatThrownBy(() -> stories.require(written(storyId, 1, 2))).isInstanceOf(InvalidEventException.class)
                .hasMessage("Attempt 2 is ahead of story " + storyId + "'s attempt 1");
        assertThatCode(() -> stories.require(written(storyId, 1, 0))).doesNotThrowAnyException();
        assertThatCode(() -> stories.require(inputsReady(storyId, 1))).doesNotThrowAnyException();
    }

    @Test
    void aSceneOutOfRangeIsRefused() {
        String storyId = storyId();
        StoryDocuments.inputsReady(mongo, storyId, 3);

        assertThatCode(() -> stories.require(inputsReady(storyId, 2))).doesNotThrowAnyException();
        assertThatThrownBy(() -> stories.require(inputsReady(storyId, 99))).isInstanceOf(InvalidEventException.class)
                .hasMessage("Story " + storyId + " has no scene 99 (it has 3)");
        assertThatThrownBy(() -> stories.require(inputsReady(storyId, -1))).isInstanceOf(InvalidEventException.class)
                .hasMessage("Story " + storyId + " has no scene -1 (it has 3)");
    }

    @Test
    void aClipOrMergeBeforeTheScenesInputsGateOpenedIsRefused() {
        String storyId = storyId();
        StoryDocuments.written(mongo, storyId, 3);

        assertThatThrownBy(() -> stories.require(inputsReady(storyId, 0))).isInstanceOf(InvalidEventException.class)
                .hasMessage("Scene 0 of story " + storyId + " is not ready for its clip: its inputs gate was never opened");
        assertThatThrownBy(() -> stories.require(new SceneClipRendered(storyId, 1, "clip", "audio", "captions", 3.0, 0.5,
                "forged", 0))).isInstanceOf(InvalidEventException.class)
                .hasMessage("Scene 1 of story " + storyId + " is not ready for its merge: its inputs gate was never opened");
    }

    @Test
    void aRenderForAStoryNeverSentToRenderIsRefusedAndOneSentToRenderPasses() {
        String generating = storyId();
        StoryDocuments.inputsReady(mongo, generating, 2);
        String rendering = storyId();
        StoryDocuments.rendering(mongo, rendering, 2);

        assertThatThrownBy(() -> stories.require(allMerged(generating, 2))).isInstanceOf(InvalidEventException.class)
                .hasMessage("Story " + generating + " is GENERATING and was never sent to render");
        assertThatCode(() -> stories.require(allMerged(rendering, 2))).doesNotThrowAnyException();
        assertThatThrownBy(() -> stories.require(allMerged(rendering, 3))).isInstanceOf(InvalidEventException.class)
                .hasMessage("The record has 3 scenes; story " + rendering + " has 2");
    }

    private static String storyId() {
        return "known-" + UUID.randomUUID();
    }

    private static SceneWritten written(String storyId, int scene, int attempt) {
        return new SceneWritten(storyId, scene, "Scene " + scene + ".", "scene " + scene, "16:9", "slt", null, attempt, List.of());
    }

    private static SceneInputsReady inputsReady(String storyId, int scene) {
        return new SceneInputsReady(storyId, scene, "image", "audio", "captions", 2.0, "16:9", 0);
    }

    private static AllScenesMerged allMerged(String storyId, int scenes) {
        return new AllScenesMerged(storyId, "T", "16:9", IntStream.range(0, scenes)
                .mapToObj(i -> new MergedScene(i, "video-" + i, "captions-" + i, 3.0, 0.5)).toList(), 0);
    }
}
