package com.storyreel.story.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.storyreel.events.SceneScript;
import com.storyreel.events.Stage;
import com.storyreel.events.VendorCost;

/**
 * A scene of the story document: its text, and the state of each of its stages and of its gate.
 *
 * @param editedAt when the owner last changed the scene's text; null if never
 * @param editAttempt the story attempt its last edit began: a stage completion from an earlier attempt was made
 *        from the text before the edit and is not recorded; null if never edited
 */
public record SceneState(int index, String narration, String imagePrompt, Map<String, StageState> stages,
        GateState inputsGate, Instant editedAt, Integer editAttempt) {

    /** The stages a scene makes for itself, in the order they run. */
    public static final List<Stage> STAGES = List.of(Stage.IMAGE, Stage.NARRATION, Stage.CLIP, Stage.MERGE);

    /** A scene as written, with no stage started. */
    public static SceneState written(int index, String narration, String imagePrompt) {
        return new SceneState(index, narration, imagePrompt, Map.of(), null, null, null);
    }

    /** The scene's text, as the stages are sent it. */
    public SceneScript script() {
        return new SceneScript(index, narration, imagePrompt);
    }

    public StageState stage(Stage stage) {
        return stages == null ? null : stages.get(StoryDocument.field(stage));
    }

    public boolean isDone(Stage stage) {
        StageState state = stage(stage);
        return state != null && state.isDone();
    }

    /**
     * The stages an edit of a scene's text makes stale: a new narration its narration, a new picture prompt its
     * picture, and either its clip and merged scene (the final render is always made again).
     */
    public static List<Stage> madeStaleBy(boolean narration, boolean imagePrompt) {
        List<Stage> stale = new ArrayList<>();
        if (narration) {
            stale.add(Stage.NARRATION);
        }
        if (imagePrompt) {
            stale.add(Stage.IMAGE);
        }
        stale.add(Stage.CLIP);
        stale.add(Stage.MERGE);
        return stale;
    }

    /** What this scene's stages have cost at vendors so far. */
    public List<VendorCost> costs() {
        return STAGES.stream().map(this::stage).filter(s -> s != null && s.cost() != null).map(StageState::cost).toList();
    }
}
