package com.storyreel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A scene's illustration is stored at {@code imageKey}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SceneImageGenerated(String storyId, int scene, String imageKey, int width, int height, String provider,
        int attempt) implements StoryEvent {
}
