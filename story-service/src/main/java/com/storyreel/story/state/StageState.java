package com.storyreel.story.state;

import com.storyreel.events.VendorCost;

import java.time.Instant;

/**
 * One stage of one scene as the story document records it. The asset fields that do not apply to a
 * stage are null.
 *
 * @param cost what the stage cost at a paid vendor, done or failed; null for the local providers
 */
public record StageState(String state, String provider, String key, String captionsKey, Double durationSeconds,
        Double narrationOffsetSeconds, String reason, Instant at, VendorCost cost) {

    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    public boolean isDone() {
        return DONE.equals(state);
    }

    public boolean isFailed() {
        return FAILED.equals(state);
    }
}
