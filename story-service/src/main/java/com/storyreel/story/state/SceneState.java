package com.storyreel.story.state;

import java.time.Instant;
import java.util.Map;

import com.storyreel.events.Stage;

/**
 * A scene of the story document: its text, and the state of each of its stages and of its gate.
 *
 * @param editedAt when the owner last changed the scene's text; null if never
 * @param editAttempt the story attempt its last edit began: a stage completion from an earlier attempt was made
 *        from the text before the edit and is not recorded; null if never edited
 */
public record SceneState(int index, String narration, String imagePrompt, Map<String, StageState> stages,
        GateState inputsGate, Instant editedAt, Integer editAttempt) {

    /** A scene as written, with no stage started. */
    public static SceneState written(int index, String narration, String imagePrompt) {
        return new SceneState(index, narration, imagePrompt, Map.of(), null, null, null);
    }

    public StageState stage(Stage stage) {
        return stages == null ? null : stages.get(StoryDocument.field(stage));
    }

    public boolean isDone(Stage stage) {
        StageState state = stage(stage);
        return state != null && state.isDone();
    }
}
