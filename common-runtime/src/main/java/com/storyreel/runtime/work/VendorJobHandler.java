package com.storyreel.runtime.work;

import java.time.Duration;

import com.storyreel.events.StoryEvent;
import com.storyreel.events.VendorCost;

/**
 * Follows one kind of vendor job: asks the vendor about it, reads the vendor's callbacks, and stores
 * the finished result. The {@link VendorJobPoller} calls it on its own threads, never a consumer's.
 */
public interface VendorJobHandler {

    /** The kind stored on each job, e.g. {@code leonardo-image}. */
    String kind();

    String vendor();

    /** Asks the vendor how the job is doing (a read, safe to repeat). */
    JobProgress poll(VendorJob job);

    /** Reads a callback the vendor sent for the job; {@link JobProgress.Pending} means confirm it by polling. */
    JobProgress read(VendorJob job, String callbackJson);

    /** Downloads and stores a finished job's results and builds the stage's completion event, with its cost. */
    StoryEvent complete(VendorJob job, JobProgress.Finished finished, VendorCost cost);

    /** How long to wait before the next poll, after {@code polls} polls. */
    Duration pollDelay(int polls);

    /** How long a job may run before it fails rather than being polled for ever. */
    Duration deadline();

    /**
     * Looks for the job of a submission cut off by a crash (accepted by the vendor, perhaps, but never recorded),
     * before anything is sent again. Only a vendor whose API can find a job by what we sent can say
     * {@link Lookup.Found}; by default the job cannot be looked up, and the unit fails rather than paying twice.
     */
    default Lookup lookUp(VendorJob job) {
        return new Lookup.NotFound(vendor() + "'s API offers no documented way to look the job up");
    }

    /** What the vendor knows of a cut-off submission. */
    sealed interface Lookup {

        /** The vendor has the job: the unit adopts it. */
        record Found(Submission submission) implements Lookup {
        }

        /** The job could not be found, and why. */
        record NotFound(String why) implements Lookup {
        }
    }
}
