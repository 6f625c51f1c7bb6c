package com.storyreel.runtime.work;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkDeadlineCheckTests {

    @Test
    void oneRecordPerPollWithADeadlineBelowThePollIntervalPasses() {
        var check = WorkDeadlineCheck.of(new MockEnvironment()
                .withProperty("spring.cloud.stream.kafka.binder.consumer-properties.max.poll.records", "1")
                .withProperty("spring.cloud.stream.kafka.binder.consumer-properties.max.poll.interval.ms", "1500000"));

        assertThatCode(() -> check.verify(Duration.ofMinutes(20))).doesNotThrowAnyException();
    }

    @Test
    void pollsThatCouldOutlastThePollIntervalRefuseToStartNamingTheSettings() {
        var check = WorkDeadlineCheck.of(new MockEnvironment()
                .withProperty("spring.cloud.stream.kafka.binder.consumer-properties.max.poll.records", "5")
                .withProperty("spring.cloud.stream.kafka.binder.consumer-properties.max.poll.interval.ms", "1500000"));

        assertThatThrownBy(() -> check.verify(Duration.ofMinutes(20))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("storyreel.work.deadline PT20M x max.poll.records 5")
                .hasMessageContaining("max.poll.interval.ms 1500000 ms");
    }

    @Test
    void kafkasOwnDefaultsApplyWhenNothingIsSet() {
        assertThatThrownBy(() -> WorkDeadlineCheck.of(new MockEnvironment()).verify(Duration.ofSeconds(1)))
                .hasMessageContaining("max.poll.records 500");
    }
}
