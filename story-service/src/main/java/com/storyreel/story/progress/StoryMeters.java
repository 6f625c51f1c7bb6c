package com.storyreel.story.progress;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.storyreel.events.VendorCost;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The story-level meters: stories finished by outcome with their time from request to end
 * ({@code storyreel.stories}, a histogram), stories in flight ({@code storyreel.stories.in.flight}, read
 * from MongoDB when scraped, so every gateway replica reports the same number) and what the vendors
 * charged ({@code storyreel.vendor.cost} by vendor and unit). All are registered at start.
 */
public class StoryMeters {

    /** Each paid vendor's unit of cost, as {@link VendorCost} names it. */
    static final Map<String, String> VENDOR_UNITS = Map.of("openai", "tokens", "leonardo", "credits",
            "elevenlabs", "characters", "json2video", "render-seconds");

    private final MeterRegistry meters;
    private final Clock clock;
    private final Timer completed;
    private final Timer failed;

    public StoryMeters(MeterRegistry meters, StoryStore store, Clock clock) {
        this.meters = meters;
        this.clock = clock;
        this.completed = finished("completed");
        this.failed = finished("failed");
        Gauge.builder("storyreel.stories.in.flight", store, stories -> stories.countInFlight(null))
                .description("Stories neither COMPLETED nor FAILED")
                .register(meters);
        VENDOR_UNITS.forEach(this::cost);
    }

    void completed(StoryDocument story) {
        completed.record(age(story));
    }

    void failed(StoryDocument story) {
        failed.record(age(story));
    }

    /** Counts a charge once it is recorded on the story (a duplicate event records nothing, so counts nothing). */
    public void charged(VendorCost cost) {
        if (cost != null && cost.amount() > 0) {
            cost(cost.vendor(), cost.unit()).increment(cost.amount());
        }
    }

    private Duration age(StoryDocument story) {
        return story.createdAt() == null ? Duration.ZERO : Duration.between(story.createdAt(), clock.instant());
    }

    private Timer finished(String outcome) {
        return Timer.builder("storyreel.stories")
                .description("Stories finished, by outcome, and their time from request to end")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofSeconds(1))
                .maximumExpectedValue(Duration.ofHours(2))
                .register(meters);
    }

    private Counter cost(String vendor, String unit) {
        return Counter.builder("storyreel.vendor.cost")
                .description("What the vendors charged, in each vendor's own unit")
                .tag("vendor", vendor)
                .tag("unit", unit)
                .register(meters);
    }
}
