package com.storyreel.runtime.work;

import java.util.List;
import java.util.Locale;

import com.storyreel.events.Stage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import com.storyreel.runtime.metrics.FailureKind;

/**
 * The meters of stage work, tagged by stage and provider: {@code storyreel.stage.work} (time of a unit, by how it
 * ended), {@code storyreel.stage.reused} (what became of work done or started before) and
 * {@code storyreel.stage.failures} (units that failed for good, by the kind of reason, never its text).
 */
final class WorkMeters {

    /** How a unit of work ends ({@code storyreel.stage.work}'s outcome tag). */
    private static final List<String> WORK_OUTCOMES = List.of("done", "failed", "abandoned");

    /** What happened to work done or started before ({@code storyreel.stage.reused}'s outcome tag). */
    private static final List<String> REUSE_OUTCOMES = List.of("reused", "adopted", "submitted", "abandoned", "rejected");

    private final MeterRegistry meters;

    WorkMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Registers, at 0, every meter the stage's units on {@code provider} may move. */
    void expect(Stage stage, String provider) {
        for (String outcome : WORK_OUTCOMES) {
            work(stage, provider, outcome);
        }
        for (String outcome : REUSE_OUTCOMES) {
            reuse(stage, provider, outcome);
        }
        for (FailureKind kind : FailureKind.values()) {
            failures(stage, provider, kind);
        }
    }

    Timer.Sample start() {
        return Timer.start(meters);
    }

    Timer work(Stage stage, String provider, String outcome) {
        return Timer.builder("storyreel.stage.work")
                .description("Time to do one unit of stage work")
                .tag("stage", tag(stage))
                .tag("provider", provider)
                .tag("outcome", outcome)
                .register(meters);
    }

    Counter reuse(Stage stage, String provider, String outcome) {
        return meters.counter("storyreel.stage.reused", "stage", tag(stage), "provider", provider, "outcome", outcome);
    }

    Counter failures(Stage stage, String provider, FailureKind kind) {
        return Counter.builder("storyreel.stage.failures")
                .description("Units of stage work that failed, by kind of failure")
                .tag("stage", tag(stage))
                .tag("provider", provider)
                .tag("reason", kind.tag())
                .register(meters);
    }

    private static String tag(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }
}
