package com.storyreel.runtime.work;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.storyreel.events.StoryEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.tracing.StoryContext;

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
    private final StoryContext storyContext;
    private final RepeatingTask schedule;

    public StalledWorkRecovery(WorkLedger ledger, List<StageWorker<?>> workers, JsonMapper json, WorkProperties props,
            StoryContext storyContext) {
        this.ledger = ledger;
        this.workers = workers.stream().collect(Collectors.toMap(w -> w.inputType().getName(), Function.identity()));
        this.json = json;
        this.storyContext = storyContext;
        this.schedule = new RepeatingTask("stalled-work", props.recoveryInterval(), "Looking for stalled work",
                this::resumeStalled);
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
        try (var story = storyContext.open(event.storyId())) {
            log.info("Resuming stalled unit {}", unit.id());
            worker.handle(event);
        }
        catch (RuntimeException ex) {
            log.warn("Could not resume {}", unit.id(), ex);
        }
    }

    @Override
    public void start() {
        schedule.start();
    }

    @Override
    public void stop() {
        schedule.stop();
    }

    @Override
    public boolean isRunning() {
        return schedule.running();
    }
}
