package com.storyreel.story.state;

import java.util.ArrayList;
import java.util.List;

import com.storyreel.events.Stage;

/**
 * A unit of work a story waits for: what it needs is recorded on the story, and it is not done. These
 * are the units a retry starts again and the ones a stalled story is failed on.
 *
 * @param scene the scene, or null for the writer and the final render
 */
public record PendingUnit(Stage stage, Integer scene) {

    /** The story's pending units, scene by scene in pipeline order; the render once every scene is merged. */
    public static List<PendingUnit> of(StoryDocument story) {
        if (story.output() != null) {
            return List.of();
        }
        if (!story.isWritten()) {
            return List.of(new PendingUnit(Stage.STORY, null));
        }
        List<PendingUnit> pending = new ArrayList<>();
        for (SceneState scene : story.scenes()) {
            boolean image = scene.isDone(Stage.IMAGE);
            boolean narration = scene.isDone(Stage.NARRATION);
            if (!image) {
                pending.add(new PendingUnit(Stage.IMAGE, scene.index()));
            }
            if (!narration) {
                pending.add(new PendingUnit(Stage.NARRATION, scene.index()));
            }
            if (image && narration && !scene.isDone(Stage.CLIP)) {
                pending.add(new PendingUnit(Stage.CLIP, scene.index()));
            }
            else if (scene.isDone(Stage.CLIP) && !scene.isDone(Stage.MERGE)) {
                pending.add(new PendingUnit(Stage.MERGE, scene.index()));
            }
        }
        if (pending.isEmpty()) {
            pending.add(new PendingUnit(Stage.RENDER, null));
        }
        return pending;
    }

    /** Whether a stage of a scene (or of the whole story, for a null scene) is still to be done. */
    public static boolean isOpen(StoryDocument story, Stage stage, Integer scene) {
        return switch (stage) {
            case STORY -> !story.isWritten();
            case RENDER -> story.output() == null;
            default -> scene != null && story.isWritten() && scene >= 0 && scene < story.scenes().size()
                    && !story.scenes().get(scene).isDone(stage);
        };
    }

    /** Names the unit for people: "scene 0's merge", "the render". */
    public String describe() {
        String stageName = stage.name().toLowerCase();
        return scene == null ? "the " + (stage == Stage.STORY ? "writer" : stageName) : "scene " + scene + "'s " + stageName;
    }
}
