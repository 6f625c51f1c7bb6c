package com.storyreel.runtime.vendor;

import java.util.function.Predicate;

/**
 * Which failures count against a vendor's circuit breaker (named in YAML as
 * {@code record-exception-predicate}): outages and overload, not our own bad requests.
 */
public class VendorOutage implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof VendorException vendor && vendor.retryable();
    }
}
