package com.storyreel.runtime.work;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Keeps a lease alive while work runs on the thread that opened it, and stops that work once the lease
 * is lost: a renewal found another holder, or renewals failed until the last good one is two thirds of a
 * lease old (so the work stops before the lease can run out under it). Stopping interrupts the working
 * thread, which ends its sleeps and HTTP calls and kills the child process it waits on (ffmpeg, a speech
 * engine: their runners destroy the process when interrupted). The caller then checks {@link #lost()} and
 * neither finishes the unit nor publishes. Given a deadline, it stops the work the same way once the
 * deadline passes, and the caller, seeing {@link #overran()}, fails the unit. Closing it, on the working
 * thread, ends the renewals and clears an interrupt it caused, so the thread (a Kafka consumer's, say)
 * goes on normally. Its lines carry the working thread's MDC (storyId, service, traceId), so they read
 * as part of the story's work.
 */
final class LeaseKeeper implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    private final String what;
    private final BooleanSupplier renew;
    private final long staleAfterNanos;
    private final Thread worker = Thread.currentThread();
    private final Map<String, String> workerMdc = MDC.getCopyOfContextMap();
    private volatile long lastRenewed = System.nanoTime();
    private volatile boolean lost;
    private volatile boolean overran;
    private volatile ScheduledFuture<?> renewals;
    private volatile ScheduledFuture<?> deadline;
    private boolean working = true;

    private LeaseKeeper(String what, Duration lease, BooleanSupplier renew) {
        this.what = what;
        this.renew = renew;
        this.staleAfterNanos = lease.multipliedBy(2).dividedBy(3).toNanos();
    }

    /**
     * Renews the lease every third of it on {@code scheduler}, for the work about to run on this thread.
     *
     * @param renew extends the lease; false when another holder has it, an exception when it could not tell
     */
    static LeaseKeeper keep(ScheduledExecutorService scheduler, Duration lease, String what, BooleanSupplier renew) {
        LeaseKeeper keeper = new LeaseKeeper(what, lease, renew);
        long every = Math.max(1, lease.dividedBy(3).toMillis());
        keeper.renewals = scheduler.scheduleAtFixedRate(keeper::renew, every, every, TimeUnit.MILLISECONDS);
        return keeper;
    }

    /** As {@link #keep(ScheduledExecutorService, Duration, String, BooleanSupplier)}, stopping the work at {@code deadline}. */
    static LeaseKeeper keep(ScheduledExecutorService scheduler, Duration lease, Duration deadline, String what,
            BooleanSupplier renew) {
        LeaseKeeper keeper = keep(scheduler, lease, what, renew);
        keeper.deadline = scheduler.schedule(keeper::overrun, deadline.toMillis(), TimeUnit.MILLISECONDS);
        return keeper;
    }

    private void overrun() {
        Map<String, String> own = MDC.getCopyOfContextMap();
        MDC.setContextMap(workerMdc == null ? Map.of() : workerMdc);
        try {
            synchronized (this) {
                if (!working || lost) {
                    return;
                }
                overran = true;
            }
            log.warn("{} is still running at its deadline; stopping it", what);
            halt();
        }
        finally {
            MDC.setContextMap(own == null ? Map.of() : own);
        }
    }

    private void renew() {
        Map<String, String> own = MDC.getCopyOfContextMap();
        MDC.setContextMap(workerMdc == null ? Map.of() : workerMdc);
        try {
            renewOrStop();
        }
        finally {
            MDC.setContextMap(own == null ? Map.of() : own);
        }
    }

    private void renewOrStop() {
        try {
            if (renew.getAsBoolean()) {
                lastRenewed = System.nanoTime();
                return;
            }
            log.warn("Lost the lease on {}: another worker holds it now; stopping this work", what);
        }
        catch (RuntimeException ex) {
            if (System.nanoTime() - lastRenewed < staleAfterNanos) {
                log.warn("Could not renew the lease on {}; trying again", what, ex);
                return;
            }
            log.warn("Could not renew the lease on {} in time; stopping this work before another worker takes it", what,
                    ex);
        }
        stop();
    }

    private synchronized void stop() {
        lost = true;
        halt();
    }

    private synchronized void halt() {
        renewals.cancel(false);
        if (working) {
            worker.interrupt();
        }
    }

    /** Whether the lease was lost; once closed, the answer no longer changes. */
    boolean lost() {
        return lost;
    }

    /** Whether the work was stopped at its deadline (the lease still held); once closed, the answer no longer changes. */
    boolean overran() {
        return overran;
    }

    /** Stops renewing; call it on the working thread when the work is over, before finishing the unit. */
    @Override
    public synchronized void close() {
        working = false;
        renewals.cancel(false);
        if (deadline != null) {
            deadline.cancel(false);
        }
        if (lost || overran) {
            // The interrupt was ours and meant for the work; the thread itself goes on.
            Thread.interrupted();
        }
    }
}
