package com.storyreel.runtime.vendor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.core.IntervalFunction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VendorGuardTests {

    private final RetryRegistry retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(4)
            .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(5), 2))
            .retryOnException(new RetryableVendorFailure()).build());
    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
            .slidingWindowSize(4).minimumNumberOfCalls(4).failureRateThreshold(50)
            .recordException(new VendorOutage()).build());
    private final VendorGuards guards = new VendorGuards(retries, breakers, RateLimiterRegistry.ofDefaults(),
            BulkheadRegistry.ofDefaults());
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private VendorGuard guard() {
        VendorGuard guard = guards.guard("acme");
        retries.retry("acme").getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));
        return guard;
    }

    @Test
    void waitsAsLongAsTheVendorAsksBeforeRepeatingACall() {
        VendorGuard guard = guard();
        AtomicInteger calls = new AtomicInteger();

        String answer = guard.call(() -> {
            if (calls.incrementAndGet() < 3) {
                throw VendorException.retryable("acme", "rate limited", Duration.ofMillis(30));
            }
            return "ok";
        });

        assertThat(answer).isEqualTo("ok");
        assertThat(calls).hasValue(3);
        assertThat(waits).containsExactly(Duration.ofMillis(30), Duration.ofMillis(30));
    }

    @Test
    void backsOffExponentiallyWhenTheVendorNamesNoWait() {
        VendorGuard guard = guard();

        assertThatThrownBy(() -> guard.call(() -> {
            throw VendorException.retryable("acme", "HTTP 503", (Duration) null);
        })).isInstanceOf(VendorException.class);

        assertThat(waits).containsExactly(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    void givesUpWithTheAttemptCountAndStopsFurtherRetriesByTheStage() {
        VendorGuard guard = guard();

        assertThatThrownBy(() -> guard.call(() -> {
            throw VendorException.retryable("acme", "HTTP 500 internal error", (Duration) null);
        })).isInstanceOfSatisfying(VendorException.class, failure -> {
            assertThat(failure).hasMessage("acme: HTTP 500 internal error (after 4 attempts)");
            assertThat(failure.retryable()).isTrue();
            assertThat(failure.isTransient()).isFalse();
        });
    }

    @Test
    void neverRepeatsAFatalFailure() {
        VendorGuard guard = guard();
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> guard.call(() -> {
            calls.incrementAndGet();
            throw VendorException.fatal("acme", "invalid_api_key");
        })).hasMessage("acme: invalid_api_key");

        assertThat(calls).hasValue(1);
    }

    @Test
    void doesNotBlockForAWaitLongerThanTwoMinutes() {
        VendorGuard guard = guard();
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> guard.call(() -> {
            calls.incrementAndGet();
            throw VendorException.retryable("acme", "rate limited", Duration.ofMinutes(10));
        })).isInstanceOf(VendorException.class);

        assertThat(calls).hasValue(1);
    }

    @Test
    void billedCallThatMayHaveBeenAcceptedIsMadeOnce() {
        VendorGuard guard = guard();
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> guard.callOnce(() -> {
            calls.incrementAndGet();
            throw VendorException.retryable("acme", "HTTP 502", (Duration) null).unsafeToRepeat();
        })).isInstanceOfSatisfying(VendorException.class, failure -> assertThat(failure.isTransient()).isFalse());

        assertThat(calls).hasValue(1);
    }

    @Test
    void billedCallTheVendorDidNotAcceptIsSentAgainAfterTheWaitItAskedFor() {
        VendorGuard guard = guard();
        AtomicInteger calls = new AtomicInteger();

        String accepted = guard.callOnce(() -> {
            if (calls.incrementAndGet() == 1) {
                throw VendorException.retryable("acme", "HTTP 429", Duration.ofMillis(40));
            }
            return "job-1";
        });

        assertThat(accepted).isEqualTo("job-1");
        assertThat(calls).hasValue(2);
        assertThat(waits).containsExactly(Duration.ofMillis(40));
    }

    @Test
    void doesNotRepeatASubmissionThatMayHaveBeenAccepted() {
        VendorGuard guard = guard();
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> guard.call(() -> {
            calls.incrementAndGet();
            throw VendorException.retryable("acme", "HTTP 502 on POST /jobs", (Duration) null).unsafeToRepeat();
        })).isInstanceOfSatisfying(VendorException.class, failure -> {
            assertThat(failure.retryable()).isTrue();
            assertThat(failure).hasMessage("acme: HTTP 502 on POST /jobs");
        });

        assertThat(calls).hasValue(1);
    }

    @Test
    void opensTheBreakerOnOutagesButNotOnBadRequests() {
        VendorGuard guard = guard();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> guard.callOnce(() -> {
                throw VendorException.fatal("acme", "HTTP 400 bad prompt");
            })).isInstanceOf(VendorException.class);
        }
        assertThat(breakers.circuitBreaker("acme").getState().name()).isEqualTo("CLOSED");

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> guard.callOnce(() -> {
                throw VendorException.retryable("acme", "HTTP 503", (Duration) null);
            })).isInstanceOf(VendorException.class);
        }

        assertThatThrownBy(() -> guard.callOnce(() -> "never called"))
                .hasMessageContaining("acme: calls are paused after repeated failures (circuit breaker acme is open)");
    }
}
