package com.storyreel.events;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StoryIdsTests {

    @Test
    void acceptsTheIdsTheGatewayMakesAndTheConsoleProducerExample() {
        assertThat(StoryIds.isValid("st-" + UUID.randomUUID())).isTrue();
        assertThat(StoryIds.isValid("st-9c1e0b7a2d4f6e81")).isTrue();
        assertThat(StoryIds.isValid("st-console-1")).isTrue();
        assertThat(StoryIds.isValid("a")).isTrue();
        assertThat(StoryIds.isValid("Story_2.v1")).isTrue();
        assertThat(StoryIds.isValid("x".repeat(64))).isTrue();
        assertThat(StoryIds.problem("st-console-1")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "st 1", "st-1\n", "st-1\r\nINFO forged", "st-1\u0000", "-st", ".hidden", "_x",
            "st/../other", "st\\x", "st%2F1", "st-\u00e9", "st-\u2028", "st-1;", "st:1" })
    void refusesAnythingElse(String storyId) {
        assertThat(StoryIds.isValid(storyId)).isFalse();
        assertThat(StoryIds.problem(storyId)).isPresent();
    }

    @Test
    void refusesAMissingIdAndOneLongerThan64Characters() {
        assertThat(StoryIds.isValid(null)).isFalse();
        assertThat(StoryIds.problem(null)).contains("The record has no storyId");
        assertThat(StoryIds.isValid("x".repeat(65))).isFalse();
        assertThat(StoryIds.problem("x".repeat(65))).contains("storyId must match " + StoryIds.PATTERN + " (was 65 characters)");
    }

    @Test
    void theReasonNamesTheFieldButNeverRepeatsTheId() {
        String forged = "st-1\r\n12:00:00.000 INFO  [st-2] forged line";
        assertThat(StoryIds.problem(forged)).hasValueSatisfying(reason -> {
            assertThat(reason).startsWith("storyId must match ").endsWith("with control characters)");
            assertThat(reason).doesNotContain("forged").doesNotContain("\n").doesNotContain("\r");
        });
    }
}
