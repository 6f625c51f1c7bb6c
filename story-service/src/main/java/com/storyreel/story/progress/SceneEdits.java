package com.storyreel.story.progress;

import java.util.Optional;

import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes one scene's text and makes again only what the change made stale: that scene's picture or narration,
 * its clip and merged scene, then the final render. Every other unit is reused, because the stages key their work
 * by its inputs: the scene's unchanged input is found done and its result published again.
 */
public class SceneEdits {

    private static final Logger log = LoggerFactory.getLogger(SceneEdits.class);

    private final StoryStore store;
    private final StoryRetry retry;
    private final EventPublisher publisher;

    public SceneEdits(StoryStore store, StoryRetry retry, EventPublisher publisher) {
        this.store = store;
        this.retry = retry;
        this.publisher = publisher;
    }

    /**
     * Edits a scene of a story read as COMPLETED, FAILED or AWAITING_APPROVAL; a null text is left as it is. A
     * FAILED story is retried with it. Empty when the story changed since it was read.
     */
    public Optional<StoryDocument> edit(StoryDocument read, int scene, String narration, String imagePrompt) {
        Optional<StoryDocument> edited = store.editScene(read, scene, narration, imagePrompt);
        if (edited.isEmpty()) {
            return edited;
        }
        StoryDocument story = edited.get();
        publisher.publish(StoryBindings.SCENE_EDITED, StoryEvents.sceneEdited(story, scene, narration, imagePrompt));
        log.info("Scene {} edited ({}): made again under attempt {}", scene,
                narration == null ? "picture prompt" : imagePrompt == null ? "narration" : "narration, picture prompt",
                story.scenes().get(scene).editAttempt());
        switch (story.status()) {
            case FAILED -> {
                return retry.retry(story).or(() -> store.find(story.id()));
            }
            case GENERATING -> publisher.publish(StoryBindings.SCENE_WRITTEN, StoryEvents.sceneWritten(story, scene));
            // Held for its storyboard: nothing is made until the owner approves.
            default -> {
            }
        }
        return edited;
    }
}
