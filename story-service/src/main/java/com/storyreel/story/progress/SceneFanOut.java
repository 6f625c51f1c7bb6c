package com.storyreel.story.progress;

import java.util.List;

import com.storyreel.events.Stage;
import com.storyreel.events.StoryWritten;
import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.story.state.SceneState;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a written story with one {@code SceneWritten} per scene still waiting for its picture or its
 * narration, built from the stored story under its current attempt. Each is keyed by story and scene, so
 * the scenes spread over the image and narration services' partitions and replicas rather than queueing
 * behind one another in the story's partition.
 *
 * <p>A story held for its storyboard review sends nothing until it is approved (see StoryApprovals).
 *
 * <p>It may run more than once for a story (a redelivery, the writer re-publishing, a retry): the stages
 * look every unit up first, so a scene sent twice is still pictured and narrated once.
 */
public class SceneFanOut {

    private static final Logger log = LoggerFactory.getLogger(SceneFanOut.class);

    private final StoryStore store;
    private final EventPublisher publisher;

    public SceneFanOut(StoryStore store, EventPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    public void onWritten(StoryWritten written) {
        StoryDocument story = store.find(written.storyId())
                .orElseThrow(() -> new InvalidEventException("Unknown story " + written.storyId()));
        InvalidEventException.require(story.isWritten(), "Story " + story.id() + " is " + story.status()
                + " and has no written scenes");
        if (story.status() == StoryStatus.FAILED) {
            log.info("Story failed; its scenes wait for a retry");
            return;
        }
        if (story.status() == StoryStatus.AWAITING_APPROVAL) {
            // Sent again on a redelivery: a client takes it as "still waiting", not as a second hold.
            publisher.publish(StoryBindings.STORY_AWAITING_APPROVAL, StoryEvents.awaitingApproval(story));
            log.info("Story written and held for its {} review: nothing is made until it is approved", story.awaiting().label());
            return;
        }
        List<Integer> sent = send(story);
        log.info("Sent {} of {} scenes to be pictured and narrated", sent.size(), story.scenes().size());
    }

    /** Sends the scenes still waiting for their picture or narration; returns their indexes. */
    List<Integer> send(StoryDocument story) {
        List<Integer> open = story.scenes().stream().filter(SceneFanOut::waitsForInputs).map(SceneState::index).toList();
        for (int scene : open) {
            publisher.publish(StoryBindings.SCENE_WRITTEN, StoryEvents.sceneWritten(story, scene));
        }
        return open;
    }

    private static boolean waitsForInputs(SceneState scene) {
        return !scene.isDone(Stage.IMAGE) || !scene.isDone(Stage.NARRATION);
    }
}
