package com.storyreel.runtime.media;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records how fast a media stage works, as a multiple of real time (seconds of media made per
 * second of wall time), per stage and provider.
 */
public final class MediaSpeed {

    private MediaSpeed() {
    }

    public static void record(MeterRegistry meters, String stage, String provider, double mediaSeconds, long wallNanos) {
        if (wallNanos <= 0 || mediaSeconds <= 0) {
            return;
        }
        DistributionSummary.builder("storyreel.media.realtime")
                .description("Seconds of media produced per second of wall time")
                .baseUnit("x")
                .tag("stage", stage)
                .tag("provider", provider)
                .register(meters)
                .record(mediaSeconds / (wallNanos / 1e9));
    }
}
