package com.storyreel.story.access;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTests {

    private final ApiKeys keys = new ApiKeys(List.of("first-key", "second-key"));

    @Test
    void aConfiguredKeyIsKnownByItsFingerprint() {
        assertThat(keys.callerOf("second-key")).hasValue(new Caller(ApiKeys.fingerprint("second-key")));
        assertThat(ApiKeys.fingerprint("second-key")).matches("key-[0-9a-f]{12}").doesNotContain("second");
    }

    @Test
    void keysHaveDifferentFingerprints() {
        assertThat(keys.callerOf("first-key")).isNotEqualTo(keys.callerOf("second-key"));
    }

    @Test
    void anUnknownKeyOrAPrefixOfOneIsNobody() {
        assertThat(keys.callerOf("first-ke")).isEmpty();
        assertThat(keys.callerOf("first-key ")).isEmpty();
        assertThat(keys.callerOf("")).isEmpty();
    }

    @Test
    void blankEntriesOfTheListAreNoKeys() {
        var properties = new AccessProperties(List.of(" ", "", " only-key "), 20, 120, java.time.Duration.ofSeconds(30));

        assertThat(properties.keys()).containsExactly("only-key");
        assertThat(properties.toString()).doesNotContain("only-key");
        assertThat(new ApiKeys(List.of()).isEmpty()).isTrue();
    }
}
