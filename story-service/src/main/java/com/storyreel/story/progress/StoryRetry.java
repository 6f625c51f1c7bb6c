package com.storyreel.story.progress;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.storyreel.events.Stage;
import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.story.state.SceneState;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resumes a failed story from where it failed: the events that start each failed unit of work are
 * published again with the next attempt number. Finished units are not redone, because every stage
 * looks its work up before doing it.
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
        if (!story.isWritten()) {
            publisher.publish(StoryBindings.STORY_REQUESTED, StoryEvents.requested(story));
            return;
        }
        boolean inputsFailed = false;
        Set<Integer> clipsFailed = new TreeSet<>();
        Set<Integer> mergesFailed = new TreeSet<>();
        for (SceneState scene : failed.scenes()) {
            inputsFailed |= isFailed(scene, Stage.IMAGE) || isFailed(scene, Stage.NARRATION);
            if (isFailed(scene, Stage.CLIP)) {
                clipsFailed.add(scene.index());
            }
            if (isFailed(scene, Stage.MERGE)) {
                mergesFailed.add(scene.index());
            }
        }
        if (inputsFailed) {
            publisher.publish(StoryBindings.STORY_WRITTEN, StoryEvents.written(story));
        }
        clipsFailed.forEach(scene -> publisher.publish(StoryBindings.SCENE_INPUTS_READY, StoryEvents.inputsReady(story, scene)));
        mergesFailed.forEach(scene -> publisher.publish(StoryBindings.SCENE_CLIP_RENDERED, StoryEvents.clipRendered(story, scene)));
        gates.fireDueGates(story);
    }

    private static boolean isFailed(SceneState scene, Stage stage) {
        var state = scene.stage(stage);
        return state != null && state.isFailed();
    }
}
