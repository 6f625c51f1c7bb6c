package com.storyreel.runtime.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.storyreel.events.StoryEvent;
import com.storyreel.events.VendorCost;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.vendor.VendorException;

/**
 * Follows the running vendor jobs of this service's kinds until they end: takes each due job with a
 * lease, reads the vendor's callback if one came or polls the vendor otherwise, and finishes the unit
 * of work with the result or the vendor's reason. The lease is renewed while the vendor is asked and a
 * finished result downloaded; a poller that loses it stops and writes nothing, and the job and unit
 * are finished only under the lease (the job first, keeping the result for any later claim of the unit). A job past its deadline fails instead of being polled
 * again. All of it runs on the poller's own threads, never on a Kafka consumer's; the state is in
 * MongoDB, so after a restart polling picks up where it was.
 */
public class VendorJobPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(VendorJobPoller.class);

    private static final List<String> POLL_OUTCOMES = List.of("pending", "finished", "failed", "error");
    private static final List<String> JOB_OUTCOMES = List.of("done", "failed", "expired");

    private final VendorJobStore jobs;
    private final Map<String, VendorJobHandler> handlers;
    private final StageExecutor executor;
    private final VendorJobProperties props;
    private final Clock clock;
    private final MeterRegistry meters;
    private final StoryContext storyContext;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final RepeatingTask ticker;
    private volatile ExecutorService workers;
    private volatile ScheduledExecutorService leaseRenewals;

    public VendorJobPoller(VendorJobStore jobs, List<VendorJobHandler> handlers, StageExecutor executor,
            VendorJobProperties props, Clock clock, MeterRegistry meters, StoryContext storyContext) {
        this.jobs = jobs;
        this.handlers = handlers.stream().collect(Collectors.toMap(VendorJobHandler::kind, Function.identity()));
        this.executor = executor;
        this.props = props;
        this.clock = clock;
        this.meters = meters;
        this.storyContext = storyContext;
        this.ticker = new RepeatingTask("vendor-poller", props.pollInterval(), "Looking for due vendor jobs", this::pollDue);
        // At 0 before the first job, so dashboards show every vendor job kind this service follows.
        for (VendorJobHandler handler : handlers) {
            POLL_OUTCOMES.forEach(outcome -> polls(handler.vendor(), handler.kind(), outcome));
            JOB_OUTCOMES.forEach(outcome -> jobTimer(handler.vendor(), handler.kind(), outcome));
        }
    }

    /** Takes the jobs due now and hands them to the workers; returns how many it took. */
    int pollDue() {
        int free = props.threads() - inFlight.get();
        if (free <= 0 || handlers.isEmpty()) {
            return 0;
        }
        int taken = 0;
        for (VendorJob job : jobs.due(handlers.keySet(), free)) {
            var lease = jobs.lease(job, props.lease());
            if (lease.isPresent()) {
                taken++;
                inFlight.incrementAndGet();
                workers.execute(() -> {
                    try {
                        follow(job, lease.get());
                    }
                    finally {
                        inFlight.decrementAndGet();
                    }
                });
            }
        }
        return taken;
    }

    private void follow(VendorJob job, String lease) {
        VendorJobHandler handler = handlers.get(job.kind());
        try (var story = storyContext.open(job.storyId())) {
            JobProgress progress;
            try {
                progress = leased(job, lease, () -> ask(handler, job));
            }
            catch (RuntimeException failure) {
                if (!mayPass(failure)) {
                    fail(job, lease, WorkFailures.reason(failure), null, "failed");
                    return;
                }
                log.info("Asking {} about {} failed ({}); asking again later", job.vendor(), job.vendorJobId(),
                        WorkFailures.reason(failure));
                countPoll(job, "error");
                pollLaterOrExpire(handler, job, lease, job.vendorStatus());
                return;
            }
            switch (progress) {
                case JobProgress.Pending pending -> {
                    countPoll(job, "pending");
                    pollLaterOrExpire(handler, job, lease, pending.vendorStatus());
                }
                case JobProgress.Failed failed -> {
                    countPoll(job, "failed");
                    fail(job, lease, failed.reason(), total(job.cost(), failed.cost()), "failed");
                }
                case JobProgress.Finished finished -> {
                    countPoll(job, "finished");
                    finish(handler, job, lease, finished);
                }
            }
        }
        catch (LeaseLost lost) {
            log.warn("Lost the lease on job {} while following it; another poller takes it up", job.id());
        }
        catch (RuntimeException unexpected) {
            log.error("Following job {} failed unexpectedly; it will be taken up again when its lease ends", job.id(),
                    unexpected);
        }
    }

    /**
     * Runs a call to the vendor (a poll, a long download) while renewing this poller's lease on the job. If the
     * lease is lost the call is stopped and nothing about the job is written: another poller has it.
     */
    private <T> T leased(VendorJob job, String lease, Supplier<T> call) {
        LeaseKeeper keeper = LeaseKeeper.keep(leaseRenewals, props.lease(), "job " + job.id(),
                () -> jobs.renewLease(job.id(), lease));
        T value;
        try {
            value = call.get();
        }
        catch (RuntimeException failure) {
            keeper.close();
            throw keeper.lost() ? new LeaseLost() : failure;
        }
        keeper.close();
        if (keeper.lost()) {
            throw new LeaseLost();
        }
        return value;
    }

    private JobProgress ask(VendorJobHandler handler, VendorJob job) {
        var callback = jobs.callback(job.vendor(), job.vendorJobId());
        if (callback.isPresent()) {
            JobProgress said = handler.read(job, callback.get());
            if (!(said instanceof JobProgress.Pending)) {
                log.info("{} called back for {}", job.vendor(), job.vendorJobId());
                return said;
            }
        }
        return handler.poll(job);
    }

    private void finish(VendorJobHandler handler, VendorJob job, String lease, JobProgress.Finished finished) {
        VendorCost cost = total(job.cost(), finished.cost());
        StoryEvent result;
        try {
            result = leased(job, lease, () -> handler.complete(job, finished, cost));
        }
        catch (LeaseLost lost) {
            throw lost;
        }
        catch (RuntimeException failure) {
            if (mayPass(failure)) {
                log.info("Storing the result of {} failed ({}); trying again later", job.vendorJobId(),
                        WorkFailures.reason(failure));
                pollLaterOrExpire(handler, job, lease, finished.vendorStatus());
            }
            else {
                fail(job, lease, WorkFailures.reason(failure), cost, "failed");
            }
            return;
        }
        if (!executor.completeJob(job, lease, result, cost)) {
            throw new LeaseLost();
        }
        log.info("{} job {} for {} is done", job.vendor(), job.vendorJobId(), job.id());
        record(job, "done");
    }

    private void pollLaterOrExpire(VendorJobHandler handler, VendorJob job, String lease, String vendorStatus) {
        Instant now = clock.instant();
        if (job.deadline() != null && now.isAfter(job.deadline())) {
            Duration allowed = Duration.between(job.createdAt(), job.deadline());
            fail(job, lease, job.vendor() + " job " + job.vendorJobId() + " did not finish within " + describe(allowed)
                    + " (last status: " + (vendorStatus == null ? "unknown" : vendorStatus) + ")", job.cost(), "expired");
            return;
        }
        jobs.pollAgain(job.id(), lease, now.plus(handler.pollDelay(job.polls() + 1)), vendorStatus);
    }

    private void fail(VendorJob job, String lease, String reason, VendorCost cost, String outcome) {
        log.warn("{} job {} for {} failed: {}", job.vendor(), job.vendorJobId(), job.id(), reason);
        if (!executor.failJob(job, lease, reason, cost)) {
            throw new LeaseLost();
        }
        record(job, outcome);
    }

    /** Whether asking again later may help: a vendor outage, a network error, a storage hiccup. */
    private static boolean mayPass(RuntimeException failure) {
        return failure instanceof VendorException vendor ? vendor.retryable() : WorkFailures.isTransient(failure);
    }

    private static String describe(Duration duration) {
        if (duration.toMinutes() >= 1) {
            return duration.toMinutes() + " min";
        }
        return duration.toSeconds() >= 1 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static VendorCost total(VendorCost first, VendorCost second) {
        return first == null ? second : first.plus(second);
    }

    private void countPoll(VendorJob job, String outcome) {
        polls(job.vendor(), job.kind(), outcome).increment();
    }

    private Counter polls(String vendor, String kind, String outcome) {
        return meters.counter("storyreel.vendor.polls", "vendor", vendor, "kind", kind, "outcome", outcome);
    }

    private void record(VendorJob job, String outcome) {
        jobTimer(job.vendor(), job.kind(), outcome).record(Duration.between(job.createdAt(), clock.instant()));
    }

    private Timer jobTimer(String vendor, String kind, String outcome) {
        return Timer.builder("storyreel.vendor.jobs")
                .description("Vendor jobs from submission to their end")
                .tag("vendor", vendor)
                .tag("kind", kind)
                .tag("outcome", outcome)
                .register(meters);
    }

    /** This poller lost its lease on a job while following it: it writes nothing more about the job. */
    private static final class LeaseLost extends RuntimeException {

        LeaseLost() {
            super(null, null, false, false);
        }
    }

    @Override
    public void start() {
        workers = Executors.newFixedThreadPool(props.threads(), Thread.ofPlatform().name("vendor-jobs-", 0).daemon().factory());
        // Its own thread, so a slow poll round never delays the renewal of a lease on a long download.
        leaseRenewals = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("vendor-job-leases").daemon().factory());
        ticker.start();
    }

    @Override
    public void stop() {
        if (ticker.running()) {
            ticker.stop();
            workers.shutdown();
            try {
                // Jobs being followed hold a lease; whatever is cut off here is taken up again when it ends.
                workers.awaitTermination(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            workers.shutdownNow();
            leaseRenewals.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return ticker.running();
    }
}
