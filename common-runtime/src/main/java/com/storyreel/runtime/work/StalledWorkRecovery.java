package com.storyreel.runtime.work;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.storyreel.events.StoryEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.events.StoryMdc;

/**
 * Resumes units of work whose worker stopped renewing its lease (a crash or a kill), by handling the
 * stored event that asked for them again. Kafka redelivers the record too, but a redelivery that
 * arrives while the dead worker's lease still holds finds the unit busy and leaves it; this closes
 * that gap.
 */
public class StalledWorkRecovery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StalledWorkRecovery.class);

    private final WorkLedger ledger;
    private final Map<String, StageWorker<?>> workers;
    private final JsonMapper json;
    private final WorkProperties props;
    private final ScheduledExecutorService scheduler;
    private volatile ScheduledFuture<?> task;

    public StalledWorkRecovery(WorkLedger ledger, List<StageWorker<?>> workers, JsonMapper json, WorkProperties props,
            ScheduledExecutorService scheduler) {
        this.ledger = ledger;
        this.workers = workers.stream().collect(Collectors.toMap(w -> w.inputType().getName(), Function.identity()));
        this.json = json;
        this.props = props;
        this.scheduler = scheduler;
    }

    /** Resumes what is stalled now; returns how many units it handed back to their workers. */
    public int resumeStalled() {
        if (workers.isEmpty()) {
            return 0;
        }
        var stalled = ledger.stalled(List.copyOf(workers.keySet()), 20);
        for (var unit : stalled) {
            resume(unit);
        }
        return stalled.size();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void resume(WorkLedger.StalledUnit unit) {
        StageWorker worker = workers.get(unit.inputType());
        StoryEvent event = (StoryEvent) json.readValue(unit.inputJson(), worker.inputType());
        try (var mdc = StoryMdc.open(event.storyId())) {
            log.info("Resuming stalled unit {}", unit.id());
            worker.handle(event);
        }
        catch (RuntimeException ex) {
            log.warn("Could not resume {}", unit.id(), ex);
        }
    }

    @Override
    public void start() {
        long every = props.recoveryInterval().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::resumeQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void resumeQuietly() {
        try {
            resumeStalled();
        }
        catch (RuntimeException ex) {
            log.warn("Looking for stalled work failed", ex);
        }
    }

    @Override
    public void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    @Override
    public boolean isRunning() {
        return task != null;
    }
}
