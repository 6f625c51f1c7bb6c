package com.storyreel.runtime.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.StoryEvent;
import com.storyreel.events.VendorCost;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.metrics.FailureKind;
import com.storyreel.runtime.providers.ProviderException;
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
    private final WorkMeters meters;
    private final ScheduledExecutorService leaseRenewals;
    private final VendorJobStore jobs;
    private final Clock clock;
    /** Retries every transient failure. */
    private final WorkRetries transientRetries;
    /**
     * Retries our own transient failures while preparing a submission (storage, say), not a vendor's answer that it
     * did not accept the request (a rate limit): that is waited out and sent again by the vendor's guard.
     */
    private final WorkRetries ownTransientRetries;

    public StageExecutor(WorkLedger ledger, EventPublisher publisher, JsonMapper json, WorkProperties props,
            MeterRegistry meters, ScheduledExecutorService leaseRenewals, VendorJobStore jobs, Clock clock) {
        this.ledger = ledger;
        this.jobs = jobs;
        this.clock = clock;
        this.publisher = publisher;
        this.json = json;
        this.props = props;
        this.meters = new WorkMeters(meters);
        this.leaseRenewals = leaseRenewals;
        this.transientRetries = new WorkRetries(props, WorkFailures::isTransient);
        this.ownTransientRetries = new WorkRetries(props,
                failure -> !(failure instanceof VendorException) && WorkFailures.isTransient(failure));
    }

    /**
     * Registers, at 0, every meter this stage's units on {@code provider} may move, so that dashboards
     * show 0 rather than no data before the first unit: work time by outcome, reuse by outcome and
     * failures by kind. A service calls it once for each provider it may use.
     */
    public void expect(Stage stage, String provider) {
        meters.expect(stage, provider);
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
        run(key, attempt, input, provider, outputBinding, work, null);
    }

    /**
     * As {@link #run}, for work that calls a paid vendor synchronously (ElevenLabs speech): such a call has no job
     * to look up afterwards, so if the worker dies while the unit is in progress, whoever takes it over fails it
     * with that reason instead of calling the vendor again. A retry of the story calls it again.
     */
    public void runPaid(WorkKey key, int attempt, StoryEvent input, String provider, String outputBinding,
            Supplier<? extends StoryEvent> work) {
        runPaid(key, attempt, input, provider, outputBinding, work, Optional::empty);
    }

    /**
     * As {@link #runPaid(WorkKey, int, StoryEvent, String, String, Supplier)}, for paid work that keeps the vendor's
     * answer as soon as it has it: whoever takes over a unit whose worker died finishes it from the kept answer
     * ({@code kept}, which never calls the vendor), and fails it only when nothing was kept.
     */
    public void runPaid(WorkKey key, int attempt, StoryEvent input, String provider, String outputBinding,
            Supplier<? extends StoryEvent> work, Supplier<Optional<? extends StoryEvent>> kept) {
        run(key, attempt, input, provider, outputBinding, work, kept);
    }

    /** @param kept for paid work, what finishes a unit whose worker died from what it kept; null for free work */
    private void run(WorkKey key, int attempt, StoryEvent input, String provider, String outputBinding,
            Supplier<? extends StoryEvent> work, Supplier<Optional<? extends StoryEvent>> kept) {
        Claim claim = ledger.claim(key, attempt, input.getClass().getName(), json.writeValueAsString(input), kept != null);
        switch (claim) {
            case Claim.Done done -> republish(key, done, attempt, outputBinding, provider);
            case Claim.Busy busy -> log.info("{} is being worked on elsewhere; leaving it", key.id());
            case Claim.Granted granted -> perform(key, granted.token(), attempt, provider, outputBinding, work);
            case Claim.CutOff cutOff -> perform(key, cutOff.token(), attempt, provider, outputBinding, () -> {
                StoryEvent finished = kept.get().orElseThrow(() -> ProviderException.permanent("The service stopped"
                        + " while this work was calling " + provider + ", a paid service, so whether it was billed is"
                        + " unknown; it was not called again to avoid paying twice. Retry the story to call it again."));
                log.info("{} is finished from the answer {} gave before its worker stopped", key.id(), provider);
                return finished;
            });
        }
    }

    /**
     * Submits a unit of work to a vendor unless it is done or being done. The submission is accepted at
     * most once: it is sent again only while the vendor answers that it did not accept it (a rate limit),
     * a unit whose job is known reuses it, and a unit whose earlier submission was cut off (the service
     * stopped mid-call) adopts the job if the vendor can find it and otherwise fails with that reason
     * instead of being submitted again, because every vendor job is paid for. The unit then waits on the
     * job, which the poller finishes.
     *
     * @param submit makes the vendor call and returns the accepted job
     */
    public void submit(WorkKey key, int attempt, StoryEvent input, String provider, String outputBinding,
            VendorJobHandler handler, Supplier<Submission> submit) {
        String inputJson = json.writeValueAsString(input);
        Claim claim = ledger.claim(key, attempt, input.getClass().getName(), inputJson);
        switch (claim) {
            case Claim.Done done -> republish(key, done, attempt, outputBinding, provider);
            case Claim.Busy busy -> log.info("{} is being worked on elsewhere; leaving it", key.id());
            case Claim.Granted granted -> submitOnce(key, granted.token(), attempt, input.getClass().getName(), inputJson,
                    provider, outputBinding, handler, submit);
            // Never claimed as paid work: a submission's own record (SUBMITTING) tells what its dead holder left.
            case Claim.CutOff cutOff -> submitOnce(key, cutOff.token(), attempt, input.getClass().getName(), inputJson,
                    provider, outputBinding, handler, submit);
        }
    }

    /**
     * Submits a unit whose claim this worker holds, unless its vendor job is already known: a job that is done
     * has its stored result published, one still running is re-attached (a newer attempt taking the unit over
     * waits on it rather than paying again), and one whose submission was cut off is looked up at the vendor.
     */
    private void submitOnce(WorkKey key, String token, int attempt, String inputType, String inputJson, String provider,
            String outputBinding, VendorJobHandler handler, Supplier<Submission> submit) {
        var earlier = jobs.find(key.id());
        if (earlier.isPresent() && reuse(earlier.get(), key, token, attempt, handler)) {
            return;
        }
        jobs.submitting(key, attempt, handler, provider, outputBinding, token, inputType, inputJson);
        Submission submission = null;
        Throwable failure = null;
        LeaseKeeper lease = LeaseKeeper.keep(leaseRenewals, props.lease(), props.deadline(), key.id(),
                () -> ledger.renew(key, token));
        try {
            submission = ownTransientRetries.run(key.id() + " on " + provider, submit);
        }
        // A class the service cannot load (a broken deployment) fails the unit by name, not only after the watchdog.
        catch (RuntimeException | LinkageError ex) {
            failure = ex;
        }
        finally {
            lease.close();
        }
        if (submission != null) {
            // Recorded even when the lease was lost meanwhile: the vendor has the job, and whoever holds the unit
            // now re-attaches to it instead of paying again.
            Instant now = clock.instant();
            jobs.accepted(key.id(), handler.vendor(), submission, now.plus(handler.pollDelay(0)), now.plus(handler.deadline()));
            log.info("{} submitted to {} as {}", key.id(), handler.vendor(), submission.vendorJobId());
            meters.reuse(key.stage(), provider, "submitted").increment();
            if (!ledger.await(key, token)) {
                log.warn("{} lost its lease while submitting; the unit's new holder takes the job over", key.id());
            }
            return;
        }
        if (lease.lost()) {
            log.warn("{} lost its lease while submitting to {}; left to its new holder", key.id(), provider);
            meters.reuse(key.stage(), provider, "abandoned").increment();
            return;
        }
        String reason = lease.overran() ? overran(provider) : WorkFailures.reason(failure);
        log.warn("{} could not be submitted to {}: {}", key.id(), provider, reason, failure);
        fail(key, token, attempt, provider, reason, null);
        // A submission that may have been accepted (it timed out, or met a 5xx) stays in doubt, so that a retry
        // looks it up at the vendor before paying again; one the vendor surely refused is simply failed.
        if (!(failure instanceof VendorException vendor && !vendor.repeatable())) {
            jobs.finished(key.id(), null, VendorJob.JobStatus.FAILED, null, reason);
        }
        meters.reuse(key.stage(), provider, "rejected").increment();
    }

    /** Uses the unit's known vendor job instead of submitting; false when a new submission is due (the job failed). */
    private boolean reuse(VendorJob job, WorkKey key, String token, int attempt, VendorJobHandler handler) {
        switch (job.status()) {
            case DONE -> {
                var stored = jobs.result(job.id());
                if (stored.isPresent()) {
                    log.info("{} was already done at {} as {}; publishing its stored result", key.id(), handler.vendor(),
                            job.vendorJobId());
                    StoryEvent result = readResult(stored.get());
                    finish(key, token, result, job.outputBinding());
                    meters.reuse(key.stage(), job.provider(), "reused").increment();
                }
                else {
                    fail(key, token, attempt, job.provider(), handler.vendor() + " job " + job.vendorJobId()
                            + " is done but its result was not kept; it was not submitted again to avoid paying twice."
                            + " Retry the story to submit it again.", null);
                }
                return true;
            }
            case RUNNING -> {
                if (!jobs.reattach(job.id(), token, attempt)) {
                    // It ended just now: look again.
                    return jobs.find(job.id()).map(ended -> reuse(ended, key, token, attempt, handler)).orElse(false);
                }
                log.info("{} is already running at {} as {}; waiting on it", key.id(), handler.vendor(), job.vendorJobId());
                ledger.await(key, token);
                return true;
            }
            case SUBMITTING -> {
                return reconcile(job, key, token, attempt, handler);
            }
            case FAILED -> {
                return false;
            }
        }
        throw new IllegalStateException("Unknown job status " + job.status());
    }

    /**
     * A submission in doubt (cut off by a crash, or met by a timeout or a 5xx): the vendor may have accepted it. The
     * job is looked up at the vendor, and a job found there is adopted. Otherwise the unit fails with the reason
     * rather than paying a second time, unless this is a newer attempt than the one in doubt: the story's retry,
     * asked for after that reason was shown, submits it again (false).
     */
    private boolean reconcile(VendorJob job, WorkKey key, String token, int attempt, VendorJobHandler handler) {
        VendorJobHandler.Lookup lookup;
        try {
            lookup = handler.lookUp(job);
        }
        catch (RuntimeException ex) {
            lookup = new VendorJobHandler.Lookup.NotFound("looking it up failed (" + WorkFailures.reason(ex) + ")");
        }
        switch (lookup) {
            case VendorJobHandler.Lookup.Found found -> {
                Instant now = clock.instant();
                jobs.adopt(job.id(), token, attempt, handler.vendor(), found.submission(), now, now.plus(handler.deadline()));
                ledger.await(key, token);
                log.info("{} was found at {} as {} after a submission in doubt; adopted", key.id(), handler.vendor(),
                        found.submission().vendorJobId());
                meters.reuse(key.stage(), job.provider(), "adopted").increment();
                return true;
            }
            case VendorJobHandler.Lookup.NotFound notFound -> {
                if (attempt > job.attempt()) {
                    log.info("{}: {} ({}); the story's retry submits it again", key.id(), handler.vendor(), notFound.why());
                    return false;
                }
                String reason = "The service stopped while submitting to " + handler.vendor()
                        + ", so whether the vendor started the job is unknown (" + notFound.why()
                        + "); it was not submitted again to avoid paying twice. Retry the story to submit it again.";
                fail(key, token, attempt, job.provider(), reason, null);
                return true;
            }
        }
    }

    /**
     * Finishes a unit whose vendor job succeeded, for the poller holding the job under {@code jobLease}: the job
     * keeps the completion event first (a later claim publishes it instead of paying again), then the unit is
     * completed for its current holder and the event published. False when the poller's lease was lost.
     */
    boolean completeJob(VendorJob job, String jobLease, StoryEvent result, VendorCost cost) {
        var ended = jobs.done(job.id(), jobLease, cost, result.getClass().getName(), json.writeValueAsString(result));
        if (ended.isEmpty()) {
            return false;
        }
        VendorJob now = ended.get();
        if (!finish(now.workKey(), now.workToken(), result, now.outputBinding())) {
            log.info("{} was finished by another holder; not publishing it again", job.id());
        }
        return true;
    }

    /** Fails a unit whose vendor job failed, as {@link #completeJob} finishes one. */
    boolean failJob(VendorJob job, String jobLease, String reason, VendorCost cost) {
        var ended = jobs.failed(job.id(), jobLease, cost, reason);
        ended.ifPresent(now -> fail(now.workKey(), now.workToken(), now.attempt(), now.provider(), reason, cost));
        return ended.isPresent();
    }

    /** Records the completion, and publishes it only if this holder still had the unit. */
    private boolean finish(WorkKey key, String token, StoryEvent result, String outputBinding) {
        boolean applied = ledger.complete(key, token, result.getClass().getName(), json.writeValueAsString(result));
        if (applied) {
            publisher.publish(outputBinding, result);
        }
        return applied;
    }

    private void fail(WorkKey key, String token, int attempt, String provider, String reason, VendorCost cost) {
        StageFailed failed = new StageFailed(key.storyId(), key.stage(), key.scene(), provider, reason, attempt, cost);
        if (ledger.fail(key, token, StageFailed.class.getName(), json.writeValueAsString(failed))) {
            meters.failures(key.stage(), provider, FailureKind.of(reason)).increment();
            publisher.publish(FAILURE_BINDING, failed);
        }
        else {
            log.warn("{} no longer held when failing ({}); its holder decides", key.id(), reason);
        }
    }

    /**
     * Publishes a finished unit's stored result again, under the attempt that asked for it when that is newer: the
     * aggregator records a scene's stage only from the attempt of the scene's latest edit on, and a scene edited
     * back to earlier text finds that text's unit done. A stored failure keeps its own attempt.
     */
    private void republish(WorkKey key, Claim.Done done, int attempt, String outputBinding, String provider) {
        StoryEvent result = readResult(done);
        if (!(result instanceof StageFailed) && json.readTree(done.resultJson()) instanceof ObjectNode stored
                && stored.path("attempt").asInt() < attempt) {
            result = json.treeToValue(stored.put("attempt", attempt), result.getClass());
        }
        log.info("{} was already done; publishing its result again", key.id());
        publisher.publish(result instanceof StageFailed ? FAILURE_BINDING : outputBinding, result);
        meters.reuse(key.stage(), provider, "reused").increment();
    }

    /**
     * Does the work while the lease is kept. A lost lease stops the work (its thread is interrupted, killing a
     * child process it waits on), and then the unit is neither finished nor published: it belongs to whoever
     * took it over.
     */
    private void perform(WorkKey key, String token, int attempt, String provider, String outputBinding,
            Supplier<? extends StoryEvent> work) {
        Timer.Sample sample = meters.start();
        StoryEvent result = null;
        Throwable failure = null;
        LeaseKeeper lease = LeaseKeeper.keep(leaseRenewals, props.lease(), props.deadline(), key.id(),
                () -> ledger.renew(key, token));
        try {
            result = transientRetries.run(key.id() + " on " + provider, work);
        }
        catch (RuntimeException | LinkageError ex) {
            failure = ex;
        }
        finally {
            lease.close();
        }
        if (lease.lost()) {
            log.warn("{} stopped on {}: its lease was lost; neither finished nor published", key.id(), provider);
            sample.stop(meters.work(key.stage(), provider, "abandoned"));
            return;
        }
        if (failure != null || lease.overran()) {
            String reason = lease.overran() ? overran(provider) : WorkFailures.reason(failure);
            log.warn("{} failed on {}: {}", key.id(), provider, reason, failure);
            fail(key, token, attempt, provider, reason, null);
            sample.stop(meters.work(key.stage(), provider, "failed"));
            return;
        }
        boolean finished = finish(key, token, result, outputBinding);
        if (!finished) {
            log.warn("{} was done on {} after its lease ran out; not published", key.id(), provider);
        }
        sample.stop(meters.work(key.stage(), provider, finished ? "done" : "abandoned"));
    }

    private String overran(String provider) {
        Duration deadline = props.deadline();
        return "Stopped on " + provider + " after " + (deadline.toMinutes() > 0 ? deadline.toMinutes() + " min"
                : deadline.toSeconds() + " s") + ", the most one unit of work may take"
                + " (storyreel.work.deadline), so that its Kafka consumer is never taken for dead. Retry the story to try again.";
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
}
