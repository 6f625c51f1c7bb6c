package com.storyreel.runtime.work;

import java.time.Instant;

import com.storyreel.events.Stage;
import com.storyreel.events.VendorCost;

/**
 * A job running at a vendor for one unit of work, as kept in the {@code vendor_jobs} collection.
 *
 * @param id the unit of work's id; one job per unit (a retry of the story replaces it)
 * @param kind which {@link VendorJobHandler} follows it
 * @param vendorJobId the vendor's id (Leonardo generationId, JSON2Video project), null until accepted
 * @param attempt the story attempt that submitted it
 * @param polls how many times the vendor has been asked about it
 * @param deadline when the job fails instead of being polled again
 * @param workToken the token of the unit's claim, needed to finish the unit
 * @param input the event that asked for the work, as JSON ({@code inputType} names its class)
 * @param context what the handler needs besides the input, as JSON
 * @param cost what the submission cost, when the vendor says so at once
 * @param vendorStatus the vendor's last word on the job (PENDING, running 40%...)
 */
public record VendorJob(String id, String storyId, Integer scene, Stage stage, String inputHash, String vendor, String kind,
        String vendorJobId, JobStatus status, int attempt, int polls, Instant nextPollAt, Instant deadline,
        String provider, String outputBinding, String workToken, String inputType, String input, String context,
        VendorCost cost, String vendorStatus, String reason, Instant createdAt) {

    public WorkKey workKey() {
        return new WorkKey(storyId, scene, stage, inputHash);
    }

    /** The life of a vendor job. */
    public enum JobStatus {
        /** About to be (or being) submitted; if it stays so, whether the vendor took it is unknown. */
        SUBMITTING,
        /** Accepted by the vendor; polled until it ends or a callback ends it. */
        RUNNING,
        DONE,
        FAILED
    }
}
