package com.storyreel.runtime.work;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How vendor jobs are polled.
 *
 * @param pollInterval how often due jobs are looked for (each job's own schedule decides when it is due)
 * @param threads how many jobs are handled at once; downloads of finished results run on these too
 * @param lease how long a poller holds a job it took without renewing it (it renews while it polls and downloads);
 *        another replica takes a crashed poller's jobs over after that
 */
@ConfigurationProperties("storyreel.jobs")
public record VendorJobProperties(@DefaultValue("1s") Duration pollInterval, @DefaultValue("4") int threads,
        @DefaultValue("30s") Duration lease) {
}
