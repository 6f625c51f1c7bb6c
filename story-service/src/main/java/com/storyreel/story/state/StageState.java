package com.storyreel.story.state;

import com.storyreel.events.VendorCost;

import java.time.Instant;

/**
 * One stage of one scene as the story document records it. The asset fields that do not apply to a
 * stage are null; the factories name which apply.
 *
 * @param cost what the stage cost at a paid vendor, done or failed; null for the local providers
 */
public record StageState(StageStatus state, String provider, String key, String captionsKey, Double durationSeconds,
        Double narrationOffsetSeconds, String reason, Instant at, VendorCost cost) {

    /** A stage done with one asset and nothing else to record (an image). */
    public static StageState done(String provider, String key, Instant at, VendorCost cost) {
        return new StageState(StageStatus.DONE, provider, key, null, null, null, null, at, cost);
    }

    public static StageState narrated(String provider, String audioKey, String captionsKey, double durationSeconds,
            Instant at, VendorCost cost) {
        return new StageState(StageStatus.DONE, provider, audioKey, captionsKey, durationSeconds, null, null, at, cost);
    }

    public static StageState clipRendered(String provider, String clipKey, double durationSeconds,
            double narrationOffsetSeconds, Instant at, VendorCost cost) {
        return new StageState(StageStatus.DONE, provider, clipKey, null, durationSeconds, narrationOffsetSeconds, null, at,
                cost);
    }

    public static StageState merged(String provider, String videoKey, String captionsKey, double durationSeconds,
            double narrationOffsetSeconds, Instant at, VendorCost cost) {
        return new StageState(StageStatus.DONE, provider, videoKey, captionsKey, durationSeconds, narrationOffsetSeconds,
                null, at, cost);
    }

    public static StageState failed(String provider, String reason, Instant at, VendorCost cost) {
        return new StageState(StageStatus.FAILED, provider, null, null, null, null, reason, at, cost);
    }

    public boolean isDone() {
        return state == StageStatus.DONE;
    }

    public boolean isFailed() {
        return state == StageStatus.FAILED;
    }
}
