package com.storyreel.story.progress;

import java.time.Clock;
import java.time.Duration;

import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.story.state.GateState;
import com.storyreel.story.state.Review;
import com.storyreel.story.state.SceneState;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the fan-in gates. A gate is claimed by a conditional update (only one caller can win), its
 * event built from the document and sent, and then marked published. A claim whose publisher died
 * before sending is taken over after {@code staleAfter} and sent again; downstream stages do not
 * redo work for a repeated event.
 */
public class StoryGates {

    private static final Logger log = LoggerFactory.getLogger(StoryGates.class);

    private final StoryStore store;
    private final EventPublisher publisher;
    private final Clock clock;
    private final Duration staleAfter;

    public StoryGates(StoryStore store, EventPublisher publisher, Clock clock, Duration staleAfter) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /**
     * After a scene's picture or narration was recorded on {@code story} (as read before): holds the story for its
     * pictures review once every scene has both, else fires the scene's inputs gate if both are done. The gate is
     * tried even when the hold was due, since an approval may have come between the read and the hold.
     */
    public void fireInputsGate(StoryDocument story, int scene) {
        if (!holdForPictures(story)) {
            fireInputsGate(story.id(), scene);
        }
    }

    /** Fires a scene's inputs gate if its image and narration are both done. */
    public void fireInputsGate(String storyId, int scene) {
        if (store.claimInputsGate(storyId, scene)) {
            publishInputsReady(storyId, scene);
        }
    }

    /** Fires the render gate if every scene is merged. */
    public void fireRenderGate(String storyId, int sceneCount) {
        if (store.claimRenderGate(storyId, sceneCount)) {
            publishAllMerged(storyId);
        }
    }

    /** Fires whatever is due on a story: its pictures review hold, new gates, and claims nobody published. */
    public void fireDueGates(StoryDocument story) {
        if (!story.isWritten() || story.status() != StoryStatus.GENERATING && story.status() != StoryStatus.RENDERING
                || holdForPictures(story)) {
            return;
        }
        for (SceneState scene : story.scenes()) {
            GateState gate = scene.inputsGate();
            if (gate == null) {
                fireInputsGate(story.id(), scene.index());
            }
            else if (isStale(gate) && store.reclaimInputsGate(story.id(), scene.index(), gate.at())) {
                log.info("Publishing the inputs gate of scene {} again: its claimer never did", scene.index());
                publishInputsReady(story.id(), scene.index());
            }
        }
        GateState render = story.renderGate();
        if (render == null) {
            fireRenderGate(story.id(), story.scenes().size());
        }
        else if (isStale(render) && store.reclaimRenderGate(story.id(), render.at())) {
            log.info("Publishing the render gate again: its claimer never did");
            publishAllMerged(story.id());
        }
    }

    /** Holds a story that asked for a pictures review once every scene has both inputs; true if this call did. */
    private boolean holdForPictures(StoryDocument story) {
        if (!story.holdsAt(Review.PICTURES) || !store.holdForPictures(story.id(), story.scenes().size())) {
            return false;
        }
        StoryDocument held = store.find(story.id()).orElseThrow();
        publisher.publish(StoryBindings.STORY_AWAITING_APPROVAL, StoryEvents.awaitingApproval(held));
        log.info("Every scene has its picture and narration: waiting for the owner's approval before the clips");
        return true;
    }

    private boolean isStale(GateState gate) {
        return !gate.isPublished() && gate.at().isBefore(clock.instant().minus(staleAfter));
    }

    private void publishInputsReady(String storyId, int scene) {
        StoryDocument story = store.find(storyId).orElseThrow();
        publisher.publish(StoryBindings.SCENE_INPUTS_READY, StoryEvents.inputsReady(story, scene));
        store.markInputsGatePublished(storyId, scene);
        log.info("Scene {} has its image and narration: clip requested", scene);
    }

    private void publishAllMerged(String storyId) {
        StoryDocument story = store.find(storyId).orElseThrow();
        publisher.publish(StoryBindings.ALL_SCENES_MERGED, StoryEvents.allMerged(story));
        store.markRenderGatePublished(storyId);
        log.info("All {} scenes merged: final render requested", story.scenes().size());
    }
}
