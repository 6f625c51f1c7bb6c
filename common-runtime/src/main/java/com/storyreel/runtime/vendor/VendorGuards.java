package com.storyreel.runtime.vendor;


import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds each vendor's {@link VendorGuard} from the Resilience4j registries, which Spring Boot fills
 * from the {@code resilience4j.*} YAML. The retry keeps its YAML backoff but waits as long as the
 * vendor's Retry-After says when it says anything.
 */
public class VendorGuards {

    private static final Logger log = LoggerFactory.getLogger(VendorGuards.class);

    private final RetryRegistry retries;
    private final CircuitBreakerRegistry breakers;
    private final RateLimiterRegistry limiters;
    private final BulkheadRegistry bulkheads;

    public VendorGuards(RetryRegistry retries, CircuitBreakerRegistry breakers, RateLimiterRegistry limiters,
            BulkheadRegistry bulkheads) {
        this.retries = retries;
        this.breakers = breakers;
        this.limiters = limiters;
        this.bulkheads = bulkheads;
        breakers.getAllCircuitBreakers().forEach(VendorGuards::logStateChanges);
        breakers.getEventPublisher().onEntryAdded(added -> logStateChanges(added.getAddedEntry()));
    }

    /** An outage's start and end show in the log: a breaker opening, trying again and closing. */
    private static void logStateChanges(CircuitBreaker breaker) {
        breaker.getEventPublisher().onStateTransition(event -> log.warn("Circuit breaker {}: {} -> {}",
                event.getCircuitBreakerName(), event.getStateTransition().getFromState(), event.getStateTransition().getToState()));
    }

    /** The guard for a vendor: its retry, breaker and bulkhead, and a rate limiter if YAML declares one under its name. */
    public VendorGuard guard(String vendor) {
        return guard(vendor, vendor);
    }

    /** The guard for some of a vendor's calls that have a rate limit of their own, named {@code limiter} in YAML. */
    public VendorGuard guard(String vendor, String limiter) {
        return new VendorGuard(vendor, retry(vendor), breakers.circuitBreaker(vendor), limiters.find(limiter).orElse(null),
                bulkheads.find(vendor).orElse(null));
    }

    /** The vendor's retry, made to honour Retry-After the first time it is asked for. */
    private Retry retry(String vendor) {
        return retries.find(vendor).filter(r -> r.getRetryConfig().getIntervalBiFunction() instanceof RetryAfterOrBackoff)
                .orElseGet(() -> honouringRetryAfter(retries.retry(vendor)));
    }

    private Retry honouringRetryAfter(Retry configured) {
        RetryConfig base = configured.getRetryConfig();
        IntervalBiFunction<Object> backoff = base.getIntervalBiFunction();
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(base.getMaxAttempts())
                .failAfterMaxAttempts(base.isFailAfterMaxAttempts())
                .retryOnException(base.getExceptionPredicate())
                .intervalBiFunction(new RetryAfterOrBackoff(backoff))
                .build();
        Retry retry = Retry.of(configured.getName(), config, configured.getTags());
        retries.replace(configured.getName(), retry);
        return retry;
    }

    /** The vendor's Retry-After when it sent one, the configured backoff otherwise. */
    private record RetryAfterOrBackoff(IntervalBiFunction<Object> backoff) implements IntervalBiFunction<Object> {

        @Override
        public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
            if (outcome.isLeft() && outcome.getLeft() instanceof VendorException failure && failure.retryAfter() != null) {
                return Math.max(1, failure.retryAfter().toMillis());
            }
            return backoff.apply(attempt, outcome);
        }
    }
}
