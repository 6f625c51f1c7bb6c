package com.storyreel.runtime.vendor;

import java.time.Duration;

import com.storyreel.runtime.providers.ProviderException;

/**
 * A vendor refused a call or could not be reached. Retryable failures (rate limits, overload, 5xx,
 * network) may carry the wait the vendor asked for; fatal ones (bad key, no quota, invalid input)
 * never succeed by repeating. Messages name the vendor and its own reason, never a credential.
 */
public class VendorException extends ProviderException {

    private final String vendor;
    private final String reason;
    private final boolean retryable;
    private final Duration retryAfter;
    private final boolean exhausted;
    private final boolean repeatable;

    private VendorException(String vendor, String message, boolean retryable, Duration retryAfter, boolean exhausted,
            boolean repeatable, Throwable cause) {
        super(vendor + ": " + message, retryable && !exhausted && repeatable, cause);
        this.vendor = vendor;
        this.reason = message;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.exhausted = exhausted;
        this.repeatable = repeatable;
    }

    /** A failure that may pass: the call can be made again, after {@code retryAfter} when the vendor said so. */
    public static VendorException retryable(String vendor, String message, Duration retryAfter) {
        return new VendorException(vendor, message, true, retryAfter, false, true, null);
    }

    public static VendorException retryable(String vendor, String message, Throwable cause) {
        return new VendorException(vendor, message, true, null, false, true, cause);
    }

    /** A failure that repeating the call cannot fix. */
    public static VendorException fatal(String vendor, String message) {
        return new VendorException(vendor, message, false, null, false, true, null);
    }

    /** The same failure after the vendor's retries ran out: callers stop retrying, pollers may still come back later. */
    VendorException exhausted(int attempts) {
        return new VendorException(vendor, reason + (attempts > 1 ? " (after " + attempts + " attempts)" : ""), retryable,
                retryAfter, true, repeatable, this);
    }

    /**
     * The same failure of a call that may have taken effect at the vendor (a billed submission that timed
     * out or met a 5xx): an outage all the same, but the call is not repeated.
     */
    public VendorException unsafeToRepeat() {
        return new VendorException(vendor, reason, retryable, retryAfter, exhausted, false, getCause());
    }

    public String vendor() {
        return vendor;
    }

    /** Whether the failure may pass with time, even if this call's own retries are spent. */
    public boolean retryable() {
        return retryable;
    }

    /** Whether repeating the call is harmless (false for submissions that may have been accepted). */
    public boolean repeatable() {
        return repeatable;
    }

    /** The wait the vendor asked for, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
