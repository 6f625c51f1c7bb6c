package com.storyreel.runtime.work;

import java.net.URI;
import java.util.List;

import com.storyreel.events.VendorCost;

/** What a vendor says about a job, from a poll or a callback. */
public sealed interface JobProgress {

    /** Not finished yet (or a callback that needs confirming by a poll). */
    record Pending(String vendorStatus) implements JobProgress {
    }

    /**
     * Finished: the results to download, and what the vendor billed beyond what the submission already
     * said it costs (null when nothing more).
     */
    record Finished(String vendorStatus, List<URI> results, VendorCost cost) implements JobProgress {
    }

    /** Failed at the vendor, with its reason and what it billed beyond the submission's cost. */
    record Failed(String reason, VendorCost cost) implements JobProgress {
    }
}
