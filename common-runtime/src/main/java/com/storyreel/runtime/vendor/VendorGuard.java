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
 * safe to repeat (and for billed calls the vendor did not accept), a circuit breaker, and, where configured, a rate limiter and a bulkhead. Order as in
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
        return retried(call);
    }

    /**
     * A billed call, such as a submission, that the vendor must accept once. It is sent again only while the
     * vendor answers that it did not accept it (a 429: waited out as its {@code Retry-After} or
     * {@code retry-after-ms} says, or with the backoff), up to the vendor's retry attempts. A failure that may
     * mean it was accepted (a 5xx, a timeout) is marked {@link VendorException#unsafeToRepeat()} by the client,
     * and the retry leaves it alone: the call is never repeated after it.
     */
    public <T> T callOnce(Supplier<T> call) {
        return retried(call);
    }

    private <T> T retried(Supplier<T> call) {
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
