package com.storyreel.runtime.work;

import com.storyreel.events.VendorCost;

/**
 * A job the vendor accepted.
 *
 * @param cost what the vendor says the job costs, if it says so when accepting it
 * @param context what the handler will need to finish the job, as JSON (or null)
 */
public record Submission(String vendorJobId, VendorCost cost, String context) {
}
