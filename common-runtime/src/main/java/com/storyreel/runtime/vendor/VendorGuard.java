package com.storyreel.runtime.vendor;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;

/**
 * One vendor's Resilience4j instances, all named after the vendor in YAML: a retry for calls that are
 * safe to repeat, a circuit breaker, and, where configured, a rate limiter and a bulkhead. Order as in
 * Resilience4j's own aspects: retry outside the breaker, the limiter and bulkhead closest to the call.
 */
public final class VendorGuard {

    private final String vendor;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final RateLimiter limiter;
    private final Bulkhead bulkhead;

    VendorGuard(String vendor, Retry retry, CircuitBreaker breaker, RateLimiter limiter, Bulkhead bulkhead) {
        this.vendor = vendor;
        this.retry = retry;
        this.breaker = breaker;
        this.limiter = limiter;
        this.bulkhead = bulkhead;
    }

    /** A call that is safe to repeat: retried on retryable failures, waiting as long as the vendor asked. */
    public <T> T call(Supplier<T> call) {
        AtomicInteger attempts = new AtomicInteger();
        Supplier<T> once = once(call);
        Supplier<T> guarded = Retry.decorateSupplier(retry, () -> {
            attempts.incrementAndGet();
            return once.get();
        });
        try {
            return guarded.get();
        }
        catch (VendorException failure) {
            throw failure.retryable() ? failure.exhausted(attempts.get()) : failure;
        }
    }

    /** A call that must not be repeated, such as a billed submission: the breaker and limits apply, no retry. */
    public <T> T callOnce(Supplier<T> call) {
        try {
            return once(call).get();
        }
        catch (VendorException failure) {
            throw failure.retryable() ? failure.exhausted(1) : failure;
        }
    }

    private <T> Supplier<T> once(Supplier<T> call) {
        Supplier<T> guarded = call;
        if (bulkhead != null) {
            guarded = Bulkhead.decorateSupplier(bulkhead, guarded);
        }
        if (limiter != null) {
            guarded = RateLimiter.decorateSupplier(limiter, guarded);
        }
        Supplier<T> limited = CircuitBreaker.decorateSupplier(breaker, guarded);
        return () -> {
            try {
                return limited.get();
            }
            catch (CallNotPermittedException open) {
                throw VendorException.retryable(vendor, "calls are paused after repeated failures (circuit breaker "
                        + breaker.getName() + " is open)", open);
            }
            catch (RequestNotPermitted limited1) {
                throw VendorException.retryable(vendor, "the rate limit " + limiter.getName()
                        + " allowed no call within its timeout", limited1);
            }
            catch (BulkheadFullException full) {
                throw VendorException.retryable(vendor, "all " + bulkhead.getBulkheadConfig().getMaxConcurrentCalls()
                        + " concurrent call slots stayed busy", full);
            }
        };
    }

    public String vendor() {
        return vendor;
    }
}
