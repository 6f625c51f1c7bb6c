package com.storyreel.runtime.work;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How units of work are leased and retried.
 *
 * @param lease how long a claim holds without renewal; a crashed worker's unit is resumed after it
 * @param retries attempts after the first for a transient failure (our S3 or MongoDB unreachable, a broken
 *        connection): with the backoff, six ride out about a minute of outage before the unit fails
 * @param retryBackoff the first wait between attempts, doubled each time
 * @param recoveryInterval how often stalled units (expired leases) are looked for
 * @param deadline the most one unit of work may take on a consumer's thread: it is stopped and failed then, so
 *        every poll returns well within Kafka's {@code max.poll.interval.ms} and a long unit never makes the
 *        group take its consumer for dead ({@link WorkDeadlineCheck})
 */
@ConfigurationProperties("storyreel.work")
public record WorkProperties(@DefaultValue("30s") Duration lease, @DefaultValue("6") int retries,
        @DefaultValue("1s") Duration retryBackoff, @DefaultValue("10s") Duration recoveryInterval,
        @DefaultValue("20m") Duration deadline) {
}
