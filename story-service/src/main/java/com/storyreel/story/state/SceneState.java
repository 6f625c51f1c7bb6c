package com.storyreel.story.state;

import java.util.Map;

import com.storyreel.events.Stage;

/** A scene of the story document: its text, and the state of each of its stages and of its gate. */
public record SceneState(int index, String narration, String imagePrompt, Map<String, StageState> stages,
        GateState inputsGate) {

    public StageState stage(Stage stage) {
        return stages == null ? null : stages.get(StoryDocument.field(stage));
    }

    public boolean isDone(Stage stage) {
        StageState state = stage(stage);
        return state != null && state.isDone();
    }
}
