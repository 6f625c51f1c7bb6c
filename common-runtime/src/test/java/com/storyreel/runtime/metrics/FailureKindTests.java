package com.storyreel.runtime.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureKindTests {

    @Test
    void vendorsTurningUsAwayAreRateLimited() {
        assertThat(FailureKind.of("ElevenLabs answered 429 too_many_concurrent_requests")).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(FailureKind.of("leonardo: calls are paused after repeated failures (circuit breaker leonardo is open)"))
                .isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(FailureKind.of("elevenlabs: all 3 concurrent call slots stayed busy")).isEqualTo(FailureKind.RATE_LIMITED);
    }

    @Test
    void statusCodesAndTimeoutsNameTheirKind() {
        assertThat(FailureKind.of("JSON2Video answered 503 after 3 tries")).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(FailureKind.of("HttpTimeoutException: request timed out")).isEqualTo(FailureKind.TIMEOUT);
        assertThat(FailureKind.of("Leonardo refused the prompt (400): moderated content")).isEqualTo(FailureKind.REFUSED);
        assertThat(FailureKind.of("OpenAI answered with an unreadable storyboard")).isEqualTo(FailureKind.BAD_ANSWER);
    }

    @Test
    void ourOwnStopsNameTheirKindBeforeAnyStatusTheyQuote() {
        assertThat(FailureKind.of("Over budget: the estimate of leonardo credits 400 is more than the budget of 100"))
                .isEqualTo(FailureKind.BUDGET);
        assertThat(FailureKind.of("The submission was cut off by a crash; not called again to avoid paying twice (500)"))
                .isEqualTo(FailureKind.CUT_OFF);
        assertThat(FailureKind.of("The lease was lost while rendering")).isEqualTo(FailureKind.LEASE_LOST);
    }

    @Test
    void anythingElseIsOtherAndTheTagIsTheLowerCaseName() {
        assertThat(FailureKind.of("narration length must be positive")).isEqualTo(FailureKind.OTHER);
        assertThat(FailureKind.of(null)).isEqualTo(FailureKind.OTHER);
        assertThat(FailureKind.of("Please pick another voice")).isEqualTo(FailureKind.OTHER);
        assertThat(FailureKind.RATE_LIMITED.tag()).isEqualTo("rate_limited");
    }
}
