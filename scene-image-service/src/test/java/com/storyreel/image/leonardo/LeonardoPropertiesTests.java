package com.storyreel.image.leonardo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeonardoPropertiesTests {

    @Test
    void neverPrintsTheApiKey() {
        LeonardoProperties props = LeonardoClientTests.properties("https://cloud.leonardo.ai/api/rest/v1",
                Duration.ofSeconds(30), "");

        assertThat(props.toString()).doesNotContain(LeonardoStub.KEY).contains("apiKey=****")
                .contains("baseUrl=https://cloud.leonardo.ai/api/rest/v1");
    }
}
