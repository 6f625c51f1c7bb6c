package com.storyreel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A scene's illustration is stored at {@code imageKey}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SceneImageGenerated(String storyId, int scene, String imageKey, int width, int height, String provider,
        int attempt, VendorCost cost) implements SceneEvent {

    /** An image made by a free local provider. */
    public SceneImageGenerated(String storyId, int scene, String imageKey, int width, int height, String provider,
            int attempt) {
        this(storyId, scene, imageKey, width, height, provider, attempt, null);
    }
}
