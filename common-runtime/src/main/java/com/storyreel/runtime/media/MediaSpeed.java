package com.storyreel.runtime.media;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records how fast a media stage works, as a multiple of real time (seconds of media made per
 * second of wall time), per stage and provider.
 */
public final class MediaSpeed {

    private static final Logger log = LoggerFactory.getLogger(MediaSpeed.class);

    private MediaSpeed() {
    }

    public static void record(MeterRegistry meters, String stage, String provider, double mediaSeconds, long wallNanos) {
        if (wallNanos <= 0 || mediaSeconds <= 0) {
            return;
        }
        double multiple = mediaSeconds / (wallNanos / 1e9);
        log.info("{} by {}: {} s of media in {} s, {}x real time", stage, provider, String.format("%.2f", mediaSeconds),
                String.format("%.2f", wallNanos / 1e9), String.format("%.2f", multiple));
        summary(meters, stage, provider).record(multiple);
    }

    /** Registers the stage's speed meter before its first unit, so dashboards find it from the start. */
    public static void expect(MeterRegistry meters, String stage, String provider) {
        summary(meters, stage, provider);
    }

    private static DistributionSummary summary(MeterRegistry meters, String stage, String provider) {
        return DistributionSummary.builder("storyreel.media.realtime")
                .description("Seconds of media produced per second of wall time")
                .baseUnit("x")
                .tag("stage", stage)
                .tag("provider", provider)
                .register(meters);
    }
}
