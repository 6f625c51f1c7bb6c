package com.storyreel.story.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestRateTests {

    private final SteppedClock clock = new SteppedClock();
    private final RequestRate rate = new RequestRate(3, clock);
    private final Caller caller = new Caller("key-000000000001");

    @Test
    void aMinutesAllowanceMayBeSpentAtOnceThenTheWaitIsUntilTheNextRefill() {
        assertThat(rate.take(caller)).isEmpty();
        assertThat(rate.take(caller)).isEmpty();
        assertThat(rate.take(caller)).isEmpty();

        assertThat(rate.take(caller)).hasValue(Duration.ofSeconds(20));
        clock.advance(Duration.ofSeconds(5));
        assertThat(rate.take(caller)).hasValue(Duration.ofSeconds(15));
    }

    @Test
    void theAllowanceRefillsEvenlyAndNeverBeyondAMinutesWorth() {
        for (int i = 0; i < 3; i++) {
            rate.take(caller);
        }
        clock.advance(Duration.ofSeconds(20));
        assertThat(rate.take(caller)).isEmpty();
        assertThat(rate.take(caller)).isPresent();

        clock.advance(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            assertThat(rate.take(caller)).isEmpty();
        }
        assertThat(rate.take(caller)).isPresent();
    }

    @Test
    void eachCallerHasItsOwnAllowance() {
        for (int i = 0; i < 3; i++) {
            rate.take(caller);
        }

        assertThat(rate.take(new Caller("key-000000000002"))).isEmpty();
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        assertThat(new QuotaExceededException("x", Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
        assertThat(new QuotaExceededException("x", Duration.ofMillis(10)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new QuotaExceededException("x", Duration.ofSeconds(30)).retryAfterSeconds()).isEqualTo(30);
    }

    private static final class SteppedClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
