package com.storyreel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A scene's silent clip is stored at {@code clipKey}. It lasts the narration plus padding; the narration
 * is to start {@code narrationOffsetSeconds} into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SceneClipRendered(String storyId, int scene, String clipKey, String audioKey, String captionsKey,
        double durationSeconds, double narrationOffsetSeconds, String provider, int attempt, VendorCost cost)
        implements SceneEvent {

    /** A clip cut by a free local provider. */
    public SceneClipRendered(String storyId, int scene, String clipKey, String audioKey, String captionsKey,
            double durationSeconds, double narrationOffsetSeconds, String provider, int attempt) {
        this(storyId, scene, clipKey, audioKey, captionsKey, durationSeconds, narrationOffsetSeconds, provider, attempt,
                null);
    }
}
