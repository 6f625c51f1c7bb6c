package com.storyreel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Gate: a scene has both its image and its narration, so its clip can be cut. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SceneInputsReady(String storyId, int scene, String imageKey, String audioKey, String captionsKey,
        double narrationSeconds, String aspectRatio, int attempt) implements SceneEvent {
}
