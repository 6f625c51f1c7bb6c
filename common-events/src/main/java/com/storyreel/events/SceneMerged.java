package com.storyreel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A scene's clip and narration are muxed into one video at {@code videoKey}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SceneMerged(String storyId, int scene, String videoKey, String captionsKey, double durationSeconds,
        double narrationOffsetSeconds, String provider, int attempt, VendorCost cost) implements SceneEvent {

    /** A scene merged by a free local provider. */
    public SceneMerged(String storyId, int scene, String videoKey, String captionsKey, double durationSeconds,
            double narrationOffsetSeconds, String provider, int attempt) {
        this(storyId, scene, videoKey, captionsKey, durationSeconds, narrationOffsetSeconds, provider, attempt, null);
    }
}
