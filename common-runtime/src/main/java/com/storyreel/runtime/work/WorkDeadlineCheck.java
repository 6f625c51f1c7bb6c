package com.storyreel.runtime.work;

import java.time.Duration;

import org.springframework.core.env.Environment;

/**
 * Refuses to start a service whose records could keep a consumer from polling for longer than Kafka's
 * {@code max.poll.interval.ms}: each record is one unit of work, stopped at its deadline, so a poll of
 * {@code max.poll.records} records returns within their deadlines. Otherwise a long unit would make the
 * group take the consumer for dead, rebalance, and hand the record to another replica mid-work.
 *
 * @param maxPollRecords the binder's {@code max.poll.records} (Kafka's default 500 when unset)
 * @param maxPollInterval the binder's {@code max.poll.interval.ms} (Kafka's default 5 min when unset)
 */
record WorkDeadlineCheck(int maxPollRecords, Duration maxPollInterval) {

    private static final String CONSUMER = "spring.cloud.stream.kafka.binder.consumer-properties.";

    static WorkDeadlineCheck of(Environment environment) {
        return new WorkDeadlineCheck(environment.getProperty(CONSUMER + "max.poll.records", Integer.class, 500),
                Duration.ofMillis(environment.getProperty(CONSUMER + "max.poll.interval.ms", Long.class, 300_000L)));
    }

    /** Throws unless {@code maxPollRecords} units of {@code deadline} each end before {@code maxPollInterval}. */
    void verify(Duration deadline) {
        Duration worst = deadline.multipliedBy(maxPollRecords);
        if (worst.compareTo(maxPollInterval) >= 0) {
            throw new IllegalStateException("storyreel.work.deadline " + deadline + " x max.poll.records " + maxPollRecords
                    + " = " + worst + " is not below max.poll.interval.ms " + maxPollInterval.toMillis()
                    + " ms: a long unit of work would make Kafka rebalance its consumer away. Lower the deadline or"
                    + " max.poll.records, or raise max.poll.interval.ms.");
        }
    }
}
