package com.storyreel.story.openai;

import java.util.List;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.storyreel.runtime.vendor.RetryableVendorFailure;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;
import com.storyreel.runtime.vendor.VendorOutage;
import com.storyreel.runtime.vendor.VendorProperties;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** An {@link OpenAiClient} against a stub server, retrying as in production (4 attempts) but after waits of milliseconds. */
final class OpenAiTestClient {

    static final String KEY = "sk-test-4f7Qm2Zx9KpL0aB3cD5eF7gH";

    static final int MAX_ATTEMPTS = 4;

    private OpenAiTestClient() {
    }

    static RetryRegistry quickRetries() {
        return RetryRegistry.of(RetryConfig.custom().maxAttempts(MAX_ATTEMPTS)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(5), 2))
                .retryOnException(new RetryableVendorFailure()).build());
    }

    static OpenAiClient against(String stubBaseUrl, RetryRegistry retries, JsonMapper json) {
        var props = new OpenAiProperties(KEY, stubBaseUrl + "/v1", "gpt-4o-mini", 4000, 2, Duration.ofSeconds(10), 0.7);
        var guards = new VendorGuards(retries,
                CircuitBreakerRegistry.of(CircuitBreakerConfig.custom().recordException(new VendorOutage()).build()),
                RateLimiterRegistry.ofDefaults(), BulkheadRegistry.ofDefaults());
        var http = new VendorHttp(RestClient.builder(), new VendorProperties(false, Duration.ofMinutes(1), Duration.ofSeconds(5)), new SimpleMeterRegistry(), List.of());
        return new OpenAiClient(props, http, guards, json, Clock.systemUTC());
    }
}
