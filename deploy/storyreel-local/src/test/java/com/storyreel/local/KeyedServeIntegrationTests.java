package com.storyreel.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher's gateway with API keys: clients send a key, metrics stay scrapeable on loopback. */
class KeyedServeIntegrationTests {

    private static final String KEYS = "first-local-key,second-local-key";

    @TempDir
    static Path data;

    private static LocalServices services;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startStoryReel() {
        services = LocalServices.start(data, LocalServices.Addresses.loopback(), Map.of("storyreel.access.keys", KEYS));
    }

    @AfterAll
    static void stopStoryReel() {
        services.close();
    }

    @Test
    void aClientWithTheFirstKeyAsksForAndReadsAStory() {
        var gateway = new GatewayClient(services.gatewayUrl(), Options.firstApiKey(KEYS));

        assertThat(gateway.isUp()).isTrue();
        String storyId = gateway.create(Map.of("script", "The lamp flickered. Then the room was dark."));
        assertThat(gateway.story(storyId).path("storyId").asString()).isEqualTo(storyId);
    }

    @Test
    void aClientWithoutAKeyIsToldToSetOne() {
        var gateway = new GatewayClient(services.gatewayUrl(), Optional.empty());

        assertThatThrownBy(gateway::isUp).hasMessageContaining("STORYREEL_API_KEYS");
    }

    @Test
    void metricsAreScrapedWithoutAKeyFromLoopbackOnTheirOwnPort() throws Exception {
        URI metrics = URI.create(services.metricsUrl());

        assertThat(metrics.getHost()).isEqualTo("127.0.0.1");
        assertThat(metrics.getPort()).isNotEqualTo(URI.create(services.gatewayUrl()).getPort());
        var response = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
        var health = http.send(HttpRequest.newBuilder(metrics.resolve("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }
}
