package com.storyreel.runtime.vendor;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Which failures a vendor's Retry repeats (named in YAML as {@code retry-exception-predicate}): retryable
 * vendor failures of calls that are safe to repeat, unless the vendor asked for a wait longer than a
 * retry should block a thread for.
 */
public class RetryableVendorFailure implements Predicate<Throwable> {

    /** Longer waits fail the call instead; the same limit the official OpenAI client uses. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof VendorException vendor && vendor.retryable() && vendor.repeatable()
                && (vendor.retryAfter() == null || vendor.retryAfter().compareTo(LONGEST_WAIT) <= 0);
    }
}
