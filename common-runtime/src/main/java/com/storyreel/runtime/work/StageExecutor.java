package com.storyreel.runtime.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.storyreel.events.StageFailed;
import com.storyreel.events.StoryEvent;
import com.storyreel.events.VendorCost;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import software.amazon.awssdk.core.exception.SdkClientException;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.vendor.VendorException;

/**
 * Runs one unit of work at most once: asks the {@link WorkLedger}, re-publishes the stored result of
 * a finished unit, leaves a unit someone else holds alone, and otherwise does the work, keeping its
 * lease alive, retrying transient failures with backoff and turning a permanent one into
 * {@link StageFailed}. Work done by a vendor job is submitted once and handed to the job, which the
 * {@link VendorJobPoller} follows until it ends.
 */
public class StageExecutor {

    /** The output binding every stage service declares for {@link StageFailed}. */
    public static final String FAILURE_BINDING = "stageFailed";

    private static final Logger log = LoggerFactory.getLogger(StageExecutor.class);

    private final WorkLedger ledger;
    private final EventPublisher publisher;
    private final JsonMapper json;
    private final WorkProperties props;
    private final MeterRegistry meters;
    private final ScheduledExecutorService scheduler;
    private final VendorJobStore jobs;
    private final Clock clock;

    public StageExecutor(WorkLedger ledger, EventPublisher publisher, JsonMapper json, WorkProperties props,
            MeterRegistry meters, ScheduledExecutorService scheduler, VendorJobStore jobs, Clock clock) {
        this.ledger = ledger;
        this.jobs = jobs;
        this.clock = clock;
        this.publisher = publisher;
        this.json = json;
        this.props = props;
        this.meters = meters;
        this.scheduler = scheduler;
    }

    /**
     * Runs a unit of work unless it is done or being done.
     *
     * @param input the event that asked for the work, kept so a dead worker's unit can be resumed
     * @param outputBinding where the completion event goes
     * @param work calls the provider, stores the asset and returns the completion event
     */
    public void run(WorkKey key, int attempt, StoryEvent input, String provider, String outputBinding,
            Supplier<? extends StoryEvent> work) {
        Claim claim = ledger.claim(key, attempt, input.getClass().getName(), json.writeValueAsString(input));
        switch (claim) {
            case Claim.Done done -> republish(key, done, outputBinding, provider);
            case Claim.Busy busy -> log.info("{} is being worked on elsewhere; leaving it", key.id());
            case Claim.Granted granted -> perform(key, granted.token(), attempt, provider, outputBinding, work);
        }
    }

    /**
     * Submits a unit of work to a vendor unless it is done or being done. The submission is made at
     * most once: it is never retried here, and a unit whose earlier submission was cut off (the
     * service stopped mid-call) fails with that reason instead of being submitted again, because
     * every vendor job is paid for. The unit then waits on the job, which the poller finishes.
     *
     * @param submit makes the vendor call and returns the accepted job
     */
    public void submit(WorkKey key, int attempt, StoryEvent input, String provider, String outputBinding,
            VendorJobHandler handler, Supplier<Submission> submit) {
        String inputJson = json.writeValueAsString(input);
        Claim claim = ledger.claim(key, attempt, input.getClass().getName(), inputJson);
        switch (claim) {
            case Claim.Done done -> republish(key, done, outputBinding, provider);
            case Claim.Busy busy -> log.info("{} is being worked on elsewhere; leaving it", key.id());
            case Claim.Granted granted -> submitOnce(key, granted.token(), attempt, input.getClass().getName(), inputJson,
                    provider, outputBinding, handler, submit);
        }
    }

    private void submitOnce(WorkKey key, String token, int attempt, String inputType, String inputJson, String provider,
            String outputBinding, VendorJobHandler handler, Supplier<Submission> submit) {
        var earlier = jobs.find(key.id()).filter(job -> job.attempt() >= attempt);
        if (earlier.isPresent() && earlier.get().status() == VendorJob.JobStatus.RUNNING) {
            log.info("{} is already running at {} as {}; waiting on it", key.id(), handler.vendor(),
                    earlier.get().vendorJobId());
            jobs.reattach(key.id(), token);
            ledger.await(key, token);
            return;
        }
        if (earlier.isPresent() && earlier.get().status() == VendorJob.JobStatus.SUBMITTING) {
            String reason = "The service stopped while submitting to " + handler.vendor()
                    + ", so whether the vendor started the job is unknown; it was not submitted again to avoid paying"
                    + " twice. Retry the story to submit it again.";
            fail(key, token, attempt, provider, reason, null);
            jobs.finished(key.id(), null, VendorJob.JobStatus.FAILED, null, reason);
            return;
        }
        jobs.submitting(key, attempt, handler, provider, outputBinding, token, inputType, inputJson);
        ScheduledFuture<?> heartbeat = keepLeased(key, token);
        Submission submission;
        try {
            // Only our own failures while preparing (storage, say) are retried: any vendor failure ends it.
            submission = retrying(key, provider, submit, ex -> !(ex instanceof VendorException) && isTransient(ex));
        }
        catch (RuntimeException failure) {
            heartbeat.cancel(false);
            String reason = reason(failure);
            log.warn("{} could not be submitted to {}: {}", key.id(), provider, reason, failure);
            fail(key, token, attempt, provider, reason, null);
            jobs.finished(key.id(), null, VendorJob.JobStatus.FAILED, null, reason);
            count(key, provider, "rejected");
            return;
        }
        heartbeat.cancel(false);
        Instant now = clock.instant();
        jobs.accepted(key.id(), handler.vendor(), submission, now.plus(handler.pollDelay(0)), now.plus(handler.deadline()));
        ledger.await(key, token);
        log.info("{} submitted to {} as {}", key.id(), handler.vendor(), submission.vendorJobId());
        count(key, provider, "submitted");
    }

    /** Finishes a unit whose vendor job succeeded: records and publishes its completion event. */
    void completeJob(VendorJob job, StoryEvent result) {
        ledger.complete(job.workKey(), job.workToken(), result.getClass().getName(), json.writeValueAsString(result));
        publisher.publish(job.outputBinding(), result);
    }

    /** Fails a unit whose vendor job failed. */
    void failJob(VendorJob job, String reason, VendorCost cost) {
        fail(job.workKey(), job.workToken(), job.attempt(), job.provider(), reason, cost);
    }

    private void fail(WorkKey key, String token, int attempt, String provider, String reason, VendorCost cost) {
        StageFailed failed = new StageFailed(key.storyId(), key.stage(), key.scene(), provider, reason, attempt, cost);
        ledger.fail(key, token, StageFailed.class.getName(), json.writeValueAsString(failed));
        publisher.publish(FAILURE_BINDING, failed);
    }

    private void republish(WorkKey key, Claim.Done done, String outputBinding, String provider) {
        StoryEvent result = readResult(done);
        log.info("{} was already done; publishing its result again", key.id());
        publisher.publish(result instanceof StageFailed ? FAILURE_BINDING : outputBinding, result);
        count(key, provider, "reused");
    }

    private void perform(WorkKey key, String token, int attempt, String provider, String outputBinding,
            Supplier<? extends StoryEvent> work) {
        ScheduledFuture<?> heartbeat = keepLeased(key, token);
        Timer.Sample sample = Timer.start(meters);
        StoryEvent result;
        try {
            result = retrying(key, provider, work, StageExecutor::isTransient);
        }
        catch (RuntimeException failure) {
            heartbeat.cancel(false);
            String reason = reason(failure);
            log.warn("{} failed on {}: {}", key.id(), provider, reason, failure);
            fail(key, token, attempt, provider, reason, null);
            sample.stop(timer(key, provider, "failed"));
            return;
        }
        heartbeat.cancel(false);
        ledger.complete(key, token, result.getClass().getName(), json.writeValueAsString(result));
        publisher.publish(outputBinding, result);
        sample.stop(timer(key, provider, "done"));
    }

    /** Runs {@code work}, again with backoff after each failure that {@code mayPass}, up to the configured retries. */
    private <T> T retrying(WorkKey key, String provider, Supplier<? extends T> work, Predicate<RuntimeException> mayPass) {
        Duration backoff = props.retryBackoff();
        for (int tries = 0;; tries++) {
            try {
                return work.get();
            }
            catch (RuntimeException ex) {
                if (!mayPass.test(ex) || tries >= props.retries()) {
                    throw tries == 0 ? ex : new ProviderException(reason(ex) + " (after " + (tries + 1) + " attempts)", false, ex);
                }
                log.info("{} on {} failed ({}); trying again in {}", key.id(), provider, reason(ex), backoff);
                pause(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private ScheduledFuture<?> keepLeased(WorkKey key, String token) {
        long renewEvery = props.lease().dividedBy(3).toMillis();
        return scheduler.scheduleAtFixedRate(() -> renew(key, token), renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    }

    private void renew(WorkKey key, String token) {
        try {
            if (!ledger.renew(key, token)) {
                log.warn("Lost the lease on {}", key.id());
            }
        }
        catch (RuntimeException ex) {
            log.warn("Could not renew the lease on {}", key.id(), ex);
        }
    }

    private StoryEvent readResult(Claim.Done done) {
        if (done.resultType() == null || !done.resultType().startsWith("com.storyreel.events.")) {
            throw new IllegalStateException("Unexpected stored result type " + done.resultType());
        }
        try {
            return (StoryEvent) json.readValue(done.resultJson(), Class.forName(done.resultType()));
        }
        catch (ClassNotFoundException ex) {
            throw new IllegalStateException("Unknown stored result type " + done.resultType(), ex);
        }
    }

    /** Whether a failure may pass if the same work is tried again later. */
    public static boolean isTransient(Throwable failure) {
        if (failure instanceof ProviderException provider) {
            return provider.isTransient();
        }
        return failure instanceof UncheckedIOException || failure instanceof SdkClientException
                || failure instanceof TransientDataAccessException || failure.getCause() instanceof IOException;
    }

    /** The reason recorded on the story for a failure. */
    public static String reason(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof ProviderException || failure instanceof IllegalArgumentException) {
            return message;
        }
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ProviderException("Interrupted while waiting to retry", false, ex);
        }
    }

    private Timer timer(WorkKey key, String provider, String outcome) {
        return Timer.builder("storyreel.stage.work")
                .description("Time to do one unit of stage work")
                .tag("stage", key.stage().name().toLowerCase())
                .tag("provider", provider)
                .tag("outcome", outcome)
                .register(meters);
    }

    private void count(WorkKey key, String provider, String outcome) {
        meters.counter("storyreel.stage.reused", "stage", key.stage().name().toLowerCase(), "provider", provider,
                "outcome", outcome).increment();
    }
}
