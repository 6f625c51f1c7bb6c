package com.storyreel.story.progress;

import java.util.List;

import com.storyreel.events.AllScenesMerged;
import com.storyreel.events.MergedScene;
import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneEdited;
import com.storyreel.events.SceneInputsReady;
import com.storyreel.events.SceneScript;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.Stage;
import com.storyreel.events.StoryApproved;
import com.storyreel.events.StoryAwaitingApproval;
import com.storyreel.events.StoryRequested;
import com.storyreel.events.StoryWritten;
import com.storyreel.story.state.Review;
import com.storyreel.story.state.SceneState;
import com.storyreel.story.state.StageState;
import com.storyreel.story.state.StoryDocument;

/**
 * Builds the events the story service publishes from the story document, so whoever publishes (the
 * gate's winner, a recovery, a retry) sends the same thing.
 */
public final class StoryEvents {

    private StoryEvents() {
    }

    public static StoryRequested requested(StoryDocument story) {
        var request = story.request();
        return new StoryRequested(story.id(), request.prompt(), request.script(), request.sceneCount(),
                request.aspectRatio(), request.voice(), request.style(), request.review(), story.createdAt());
    }

    public static StoryWritten written(StoryDocument story) {
        List<SceneScript> scenes = story.scenes().stream().map(SceneState::script).toList();
        return new StoryWritten(story.id(), story.title(), story.aspectRatio(), story.request().voice(),
                story.request().style(), scenes, story.writer(), story.attempt(), story.writerCost(), story.characters());
    }

    /** The scene as it now reads, an edit included, with the story's cast (its picture shows those it names). */
    public static SceneWritten sceneWritten(StoryDocument story, int scene) {
        SceneState state = story.scenes().get(scene);
        return new SceneWritten(story.id(), scene, state.narration(), state.imagePrompt(), story.aspectRatio(),
                story.request().voice(), story.request().style(), story.attempt(), story.characters());
    }

    public static SceneInputsReady inputsReady(StoryDocument story, int scene) {
        SceneState state = story.scenes().get(scene);
        StageState image = state.stage(Stage.IMAGE);
        StageState narration = state.stage(Stage.NARRATION);
        return new SceneInputsReady(story.id(), scene, image.key(), narration.key(), narration.captionsKey(),
                narration.durationSeconds(), story.aspectRatio(), story.attempt());
    }

    public static SceneClipRendered clipRendered(StoryDocument story, int scene) {
        SceneState state = story.scenes().get(scene);
        StageState clip = state.stage(Stage.CLIP);
        StageState narration = state.stage(Stage.NARRATION);
        return new SceneClipRendered(story.id(), scene, clip.key(), narration.key(), narration.captionsKey(),
                clip.durationSeconds(), clip.narrationOffsetSeconds(), clip.provider(), story.attempt());
    }

    /** The review the story waits at; only for a story AWAITING_APPROVAL. */
    public static StoryAwaitingApproval awaitingApproval(StoryDocument story) {
        return new StoryAwaitingApproval(story.id(), story.awaiting().label(), story.attempt(), story.updatedAt());
    }

    public static StoryApproved approved(StoryDocument story, Review review) {
        return new StoryApproved(story.id(), review.label(), story.attempt(), story.approvedAt());
    }

    public static SceneEdited sceneEdited(StoryDocument story, int scene, String narration, String imagePrompt) {
        return new SceneEdited(story.id(), scene, narration, imagePrompt, story.scenes().get(scene).editAttempt(),
                story.scenes().get(scene).editedAt());
    }

    public static AllScenesMerged allMerged(StoryDocument story) {
        List<MergedScene> scenes = story.scenes().stream().map(s -> {
            StageState merge = s.stage(Stage.MERGE);
            return new MergedScene(s.index(), merge.key(), merge.captionsKey(), merge.durationSeconds(),
                    merge.narrationOffsetSeconds());
        }).toList();
        return new AllScenesMerged(story.id(), story.title(), story.aspectRatio(), scenes, story.attempt());
    }
}
