package com.storyreel.story.state;

import java.time.Instant;

/**
 * One stage of one scene as the story document records it. The asset fields that do not apply to a
 * stage are null.
 */
public record StageState(String state, String provider, String key, String captionsKey, Double durationSeconds,
        Double narrationOffsetSeconds, String reason, Instant at) {

    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    public boolean isDone() {
        return DONE.equals(state);
    }

    public boolean isFailed() {
        return FAILED.equals(state);
    }
}
