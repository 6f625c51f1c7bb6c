package com.storyreel.runtime.vendor;

import java.util.List;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

/** What every vendor client needs: its Resilience4j guard, an HTTP client and checked downloads. */
@AutoConfiguration(afterName = {
        "io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration",
        "io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration",
        "io.github.resilience4j.springboot.ratelimiter.autoconfigure.RateLimiterAutoConfiguration",
        "io.github.resilience4j.springboot.bulkhead.autoconfigure.BulkheadAutoConfiguration",
        "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration" })
@EnableConfigurationProperties(VendorProperties.class)
public class VendorAutoConfiguration {

    @Bean
    VendorGuards vendorGuards(RetryRegistry retries, CircuitBreakerRegistry breakers, RateLimiterRegistry limiters,
            BulkheadRegistry bulkheads) {
        return new VendorGuards(retries, breakers, limiters, bulkheads);
    }

    @Bean
    VendorHttp vendorHttp(RestClient.Builder builder, VendorProperties props, MeterRegistry meters,
            CircuitBreakerRegistry breakers) {
        // Every vendor has a circuit breaker in YAML, so the breakers name them all.
        List<String> vendors = breakers.getAllCircuitBreakers().stream().map(CircuitBreaker::getName).sorted().toList();
        return new VendorHttp(builder, props, meters, vendors);
    }

    @Bean
    VendorDownloads vendorDownloads(VendorProperties props) {
        return new VendorDownloads(props.allowHttpDownloads(), props.downloadTimeout());
    }
}
