package com.storyreel.runtime.work;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task run every {@code interval} on a thread of its own, from {@link #start} until {@link #stop}. Its own thread,
 * so that what it does never holds up other schedules (lease renewals above all). A run that fails is logged, and
 * the next one comes as usual: a passing outage never ends the schedule.
 */
public final class RepeatingTask {

    private static final Logger log = LoggerFactory.getLogger(RepeatingTask.class);

    private final String thread;
    private final Duration interval;
    private final String what;
    private final Runnable task;
    private ScheduledExecutorService scheduler;

    /**
     * @param thread the name of its thread
     * @param what what a run does, for the log line when it fails ("Looking for stalled work")
     */
    public RepeatingTask(String thread, Duration interval, String what, Runnable task) {
        this.thread = thread;
        this.interval = interval;
        this.what = what;
        this.task = task;
    }

    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(thread).daemon().factory());
            long every = interval.toMillis();
            scheduler.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void runOnce() {
        try {
            task.run();
        }
        catch (RuntimeException ex) {
            log.warn("{} failed", what, ex);
        }
    }

    /** Stops the schedule and interrupts a run in progress. */
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    public synchronized boolean running() {
        return scheduler != null;
    }
}
