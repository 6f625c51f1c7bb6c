package com.storyreel.runtime.vendor;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VendorHttpTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private HttpServer vendor;

    @BeforeEach
    void startVendor() throws Exception {
        vendor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        vendor.createContext("/ok", exchange -> {
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("{}".getBytes());
            exchange.close();
        });
        vendor.createContext("/busy", exchange -> {
            exchange.sendResponseHeaders(429, -1);
            exchange.close();
        });
        vendor.start();
    }

    @AfterEach
    void stopVendor() {
        vendor.stop(0);
    }

    @Test
    void everyVendorsRequestTimersExistAtZeroFromTheStart() {
        new VendorHttp(RestClient.builder(), new VendorProperties(true, Duration.ofSeconds(5), Duration.ofSeconds(2)), meters,
                List.of("elevenlabs", "leonardo"));

        assertThat(meters.find("storyreel.vendor.requests").timers()).hasSize(2 * VendorHttp.OUTCOMES.size())
                .allSatisfy(timer -> assertThat(timer.count()).isZero());
        assertThat(meters.find("storyreel.vendor.requests").tags("vendor", "leonardo", "outcome", "rate_limited").timer())
                .isNotNull();
    }

    @Test
    void eachRequestIsTimedByVendorAndOutcomeA429AsRateLimited() {
        RestClient client = new VendorHttp(RestClient.builder(),
                new VendorProperties(true, Duration.ofSeconds(5), Duration.ofSeconds(2)), meters, List.of("acme"))
                .client("acme", "http://127.0.0.1:" + vendor.getAddress().getPort(), Duration.ofSeconds(5));

        client.get().uri("/ok").retrieve().toBodilessEntity();
        assertThatThrownBy(() -> client.get().uri("/busy").retrieve().toBodilessEntity())
                .isInstanceOf(HttpClientErrorException.TooManyRequests.class);

        assertThat(meters.get("storyreel.vendor.requests").tags("vendor", "acme", "outcome", "ok").timer().count()).isEqualTo(1);
        assertThat(meters.get("storyreel.vendor.requests").tags("vendor", "acme", "outcome", "rate_limited").timer().count())
                .isEqualTo(1);
        assertThat(meters.get("storyreel.vendor.requests").tags("vendor", "acme", "outcome", "server_error").timer().count())
                .isZero();
    }
}
