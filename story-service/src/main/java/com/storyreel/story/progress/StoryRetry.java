package com.storyreel.story.progress;

import java.util.List;
import java.util.Optional;

import com.storyreel.events.Stage;
import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.story.state.PendingUnit;
import com.storyreel.story.state.SceneState;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resumes a failed story from where it stopped: the events that start each unit of work the story
 * still waits for are published again with the next attempt number. That covers the failed units and
 * the ones still in flight, so work that ends after the retry began is either counted (a completion of
 * any attempt is recorded) or started again under the new attempt. Finished units are not redone, and a
 * unit still being worked on is left to its worker, because every stage looks its work up first.
 */
public class StoryRetry {

    private static final Logger log = LoggerFactory.getLogger(StoryRetry.class);

    private final StoryStore store;
    private final StoryGates gates;
    private final EventPublisher publisher;

    public StoryRetry(StoryStore store, StoryGates gates, EventPublisher publisher) {
        this.store = store;
        this.gates = gates;
        this.publisher = publisher;
    }

    /** Retries a story that is FAILED; empty when it is not (or another retry got there first). */
    public Optional<StoryDocument> retry(StoryDocument failed) {
        if (failed.status() != StoryStatus.FAILED) {
            return Optional.empty();
        }
        Optional<StoryDocument> resumed = store.beginRetry(failed);
        resumed.ifPresent(story -> resume(failed, story));
        return resumed;
    }

    private void resume(StoryDocument failed, StoryDocument story) {
        log.info("Retrying (attempt {}) after: {}", story.attempt(), failed.error() == null ? "?" : failed.error().reason());
        List<PendingUnit> pending = PendingUnit.of(story);
        // A scene's SceneWritten starts both its image and its narration; the stages skip what they already did.
        pending.stream().filter(unit -> unit.stage() == Stage.IMAGE || unit.stage() == Stage.NARRATION)
                .map(PendingUnit::scene).distinct().forEach(scene -> restart(story, Stage.IMAGE, scene));
        pending.stream().filter(unit -> unit.stage() == Stage.STORY || unit.stage() == Stage.CLIP && gateClaimed(story, unit)
                        || unit.stage() == Stage.MERGE)
                .forEach(unit -> restart(story, unit.stage(), unit.scene()));
        // New gates, and the render gate beginRetry left claimed long ago.
        gates.fireDueGates(story);
    }

    /**
     * Starts a unit again under the story's current attempt, from what the story recorded. False when
     * the story does not hold what the unit needs (its inputs were not recorded yet).
     */
    public boolean restart(StoryDocument story, Stage stage, Integer scene) {
        switch (stage) {
            case STORY -> {
                if (story.isWritten()) {
                    return false;
                }
                publisher.publish(StoryBindings.STORY_REQUESTED, StoryEvents.requested(story));
            }
            case IMAGE, NARRATION -> {
                if (scene == null || !story.isWritten() || scene < 0 || scene >= story.scenes().size()) {
                    return false;
                }
                publisher.publish(StoryBindings.SCENE_WRITTEN, StoryEvents.sceneWritten(story, scene));
            }
            case CLIP -> {
                if (!has(story, scene, Stage.IMAGE) || !has(story, scene, Stage.NARRATION)) {
                    return false;
                }
                publisher.publish(StoryBindings.SCENE_INPUTS_READY, StoryEvents.inputsReady(story, scene));
            }
            case MERGE -> {
                if (!has(story, scene, Stage.CLIP)) {
                    return false;
                }
                publisher.publish(StoryBindings.SCENE_CLIP_RENDERED, StoryEvents.clipRendered(story, scene));
            }
            case RENDER -> {
                if (!story.allScenesDone(Stage.MERGE)) {
                    return false;
                }
                publisher.publish(StoryBindings.ALL_SCENES_MERGED, StoryEvents.allMerged(story));
            }
        }
        return true;
    }

    /** A clip whose gate was never claimed is left to the gate, so the gate still fires once. */
    private static boolean gateClaimed(StoryDocument story, PendingUnit clip) {
        return story.scenes().get(clip.scene()).inputsGate() != null;
    }

    private static boolean has(StoryDocument story, Integer scene, Stage stage) {
        if (scene == null || !story.isWritten() || scene < 0 || scene >= story.scenes().size()) {
            return false;
        }
        SceneState state = story.scenes().get(scene);
        return state.isDone(stage);
    }
}
