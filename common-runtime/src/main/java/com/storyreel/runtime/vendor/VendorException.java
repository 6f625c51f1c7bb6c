package com.storyreel.runtime.vendor;

import java.time.Duration;

import com.storyreel.runtime.work.ProviderException;

/**
 * A vendor refused a call or could not be reached. Retryable failures (rate limits, overload, 5xx,
 * network) may carry the wait the vendor asked for; fatal ones (bad key, no quota, invalid input)
 * never succeed by repeating. Messages name the vendor and its own reason, never a credential.
 */
public class VendorException extends ProviderException {

    private final String vendor;
    private final boolean retryable;
    private final Duration retryAfter;
    private final boolean exhausted;

    private VendorException(String vendor, String message, boolean retryable, Duration retryAfter, boolean exhausted,
            Throwable cause) {
        super(vendor + ": " + message, retryable && !exhausted, cause);
        this.vendor = vendor;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.exhausted = exhausted;
    }

    /** A failure that may pass: the call can be made again, after {@code retryAfter} when the vendor said so. */
    public static VendorException retryable(String vendor, String message, Duration retryAfter) {
        return new VendorException(vendor, message, true, retryAfter, false, null);
    }

    public static VendorException retryable(String vendor, String message, Throwable cause) {
        return new VendorException(vendor, message, true, null, false, cause);
    }

    /** A failure that repeating the call cannot fix. */
    public static VendorException fatal(String vendor, String message) {
        return new VendorException(vendor, message, false, null, false, null);
    }

    /** The same failure after the vendor's retries ran out: callers stop retrying, pollers may still come back later. */
    VendorException exhausted(int attempts) {
        String reason = getMessage().substring(vendor.length() + 2);
        return new VendorException(vendor, reason + " (after " + attempts + " attempts)", retryable, retryAfter, true, this);
    }

    public String vendor() {
        return vendor;
    }

    /** Whether the failure may pass with time, even if this call's own retries are spent. */
    public boolean retryable() {
        return retryable;
    }

    /** The wait the vendor asked for, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
