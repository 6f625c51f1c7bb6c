package com.storyreel.story.openai;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiPropertiesTests {

    @Test
    void neverPrintsTheKey() {
        var props = new OpenAiProperties("sk-secret-123", "https://api.openai.com/v1", "gpt-4o-mini", 4000, 2,
                Duration.ofMinutes(2), 0.8);

        assertThat(props.toString()).doesNotContain("sk-secret-123").contains("apiKey=****", "model=gpt-4o-mini");
    }

    @Test
    void sendsNoTemperatureWhenItIsSetEmptyAndDefaultsTheRest() {
        var source = new MapConfigurationPropertySource(Map.of("storyreel.openai.api-key", "sk-1",
                "storyreel.openai.temperature", ""));

        OpenAiProperties props = new Binder(source).bind("storyreel.openai", OpenAiProperties.class).get();

        assertThat(props.temperature()).isNull();
        assertThat(props.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(props.model()).isEqualTo("gpt-4o-mini");
        assertThat(props.maxCompletionTokens()).isEqualTo(4000);
        assertThat(props.timeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void countsABlankKeyAsNone() {
        var props = new OpenAiProperties(" ", "https://api.openai.com/v1", "gpt-4o-mini", 4000, 2, Duration.ofMinutes(2), null);

        assertThat(props.hasApiKey()).isFalse();
        assertThat(props.toString()).contains("apiKey=(none)");
    }

    @Test
    void neverShrinksTheBudgetForTheRetryAfterACutOffAnswer() {
        assertThat(new OpenAiProperties("k", "u", "m", 4000, 2, Duration.ofMinutes(2), null).largerBudget(4000)).isEqualTo(8000);
        assertThat(new OpenAiProperties("k", "u", "m", 4000, 1.5, Duration.ofMinutes(2), null).largerBudget(4000)).isEqualTo(6000);
        assertThat(new OpenAiProperties("k", "u", "m", 4000, 0.5, Duration.ofMinutes(2), null).largerBudget(4000)).isEqualTo(4000);
    }
}
