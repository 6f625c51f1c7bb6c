package com.storyreel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The final video and its SRT and WebVTT subtitles are stored. The story is complete. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoryRendered(String storyId, String videoKey, String srtKey, String vttKey, double durationSeconds,
        String provider, int attempt, VendorCost cost) implements StoryEvent {

    /** A story rendered by a free local provider. */
    public StoryRendered(String storyId, String videoKey, String srtKey, String vttKey, double durationSeconds,
            String provider, int attempt) {
        this(storyId, videoKey, srtKey, vttKey, durationSeconds, provider, attempt, null);
    }
}
