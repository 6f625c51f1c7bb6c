package com.storyreel.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The owner changed a scene's text (topic {@value Topics#SCENE_EDITED}); the scene's stale stages are made again
 * under {@code attempt}, then the final render. Keyed by storyId, so a client sees a story's edits in order.
 *
 * @param narration the new narration, or null when it did not change
 * @param imagePrompt the new picture prompt, or null when it did not change
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SceneEdited(String storyId, int scene, String narration, String imagePrompt, int attempt,
        Instant editedAt) implements StoryEvent {
}
