package com.storyreel.runtime.json2video;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Json2VideoPropertiesTests {

    @Test
    void neverPollsFasterThanEveryFiveSecondsEvenWhenConfiguredLower() {
        var props = properties(Duration.ofSeconds(1), Duration.ofSeconds(2), "");

        assertThat(props.nextPollDelay(0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(props.nextPollDelay(50)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void backsOffFromTheFirstDelayToTheLongest() {
        var props = properties(Duration.ofSeconds(5), Duration.ofSeconds(30), "");

        assertThat(List.of(0, 1, 2, 3, 5, 6, 9, 100)).map(props::nextPollDelay).containsExactly(Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void takesTheBaseUrlWithOrWithoutItsVersion() {
        assertThat(withBaseUrl("https://api.json2video.com/v2").apiBase()).isEqualTo("https://api.json2video.com/v2");
        assertThat(withBaseUrl("https://api.json2video.com/v2/").apiBase()).isEqualTo("https://api.json2video.com/v2");
        assertThat(withBaseUrl("https://api.json2video.com").apiBase()).isEqualTo("https://api.json2video.com/v2");
        assertThat(withBaseUrl("").apiBase()).isEqualTo("https://api.json2video.com/v2");
    }

    @Test
    void ignoresAWebhookUrlAssembledWithoutTheHostOrTheSecret() {
        assertThat(properties(Duration.ofSeconds(5), Duration.ofSeconds(30), "/webhooks/json2video/s3cret").webhookUrl())
                .isEmpty();
        assertThat(properties(Duration.ofSeconds(5), Duration.ofSeconds(30), "https://reel.example/webhooks/json2video/")
                .webhookUrl()).isEmpty();
        assertThat(properties(Duration.ofSeconds(5), Duration.ofSeconds(30),
                "https://reel.example/webhooks/json2video/s3cret").webhookUrl())
                .isEqualTo("https://reel.example/webhooks/json2video/s3cret");
        assertThat(properties(Duration.ofSeconds(5), Duration.ofSeconds(30),
                "https://reel.example//webhooks/json2video/s3cret").webhookUrl())
                .isEqualTo("https://reel.example/webhooks/json2video/s3cret");
    }

    @Test
    void refusesPresignedLinksLongerThanSigV4Allows() {
        assertThatThrownBy(() -> new Json2VideoProperties("key", "", "high", Duration.ofDays(8), Duration.ofMinutes(45),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30), List.of(".json2video.com"),
                DataSize.ofGigabytes(2), Duration.ofMinutes(15), "")).hasMessageContaining("at most 7 days");
    }

    @Test
    void printsNeitherTheKeyNorTheWebhookSecret() {
        var props = new Json2VideoProperties("sk-very-secret", "", "high", Duration.ofHours(12), Duration.ofMinutes(45),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30), List.of(".json2video.com"),
                DataSize.ofGigabytes(2), Duration.ofMinutes(15), "https://reel.example/webhooks/json2video/hook-secret");

        assertThat(props.toString()).doesNotContain("sk-very-secret").doesNotContain("hook-secret").contains("apiKey=****");
    }

    private static Json2VideoProperties withBaseUrl(String baseUrl) {
        return new Json2VideoProperties("key", baseUrl, "high", Duration.ofHours(12), Duration.ofMinutes(45),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30), List.of(".json2video.com"),
                DataSize.ofGigabytes(2), Duration.ofMinutes(15), "");
    }

    private static Json2VideoProperties properties(Duration pollDelay, Duration maxPollDelay, String webhookUrl) {
        return new Json2VideoProperties("key", "", "high", Duration.ofHours(12), Duration.ofMinutes(45), pollDelay,
                maxPollDelay, Duration.ofSeconds(30), List.of(".json2video.com"), DataSize.ofGigabytes(2), Duration.ofMinutes(15), webhookUrl);
    }
}
