package com.storyreel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A stage failed for good (after its own retries). Marks the scene and the story FAILED.
 *
 * @param scene the scene, or null when the stage works on the whole story
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StageFailed(String storyId, Stage stage, Integer scene, String provider, String reason, int attempt,
        VendorCost cost) implements StoryEvent {

    /** A failure that cost nothing at a vendor. */
    public StageFailed(String storyId, Stage stage, Integer scene, String provider, String reason, int attempt) {
        this(storyId, stage, scene, provider, reason, attempt, null);
    }
}
