package com.storyreel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A scene's narration is stored at {@code audioKey}, with its caption cues (a {@link SceneCaptions}
 * JSON document, times relative to the start of the narration) at {@code captionsKey}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SceneNarrated(String storyId, int scene, String audioKey, String captionsKey, double durationSeconds,
        String voice, String provider, int attempt, VendorCost cost) implements SceneEvent {

    /** A narration spoken by a free local provider. */
    public SceneNarrated(String storyId, int scene, String audioKey, String captionsKey, double durationSeconds,
            String voice, String provider, int attempt) {
        this(storyId, scene, audioKey, captionsKey, durationSeconds, voice, provider, attempt, null);
    }
}
