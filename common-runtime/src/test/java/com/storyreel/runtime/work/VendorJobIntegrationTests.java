package com.storyreel.runtime.work;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneMerged;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.localstack.LocalStackProperties;
import com.storyreel.localstack.TopicProbe;
import com.storyreel.localstack.TopicProbeExtension;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.work.AcmeVendorStage.AcmeJobs;
import com.storyreel.runtime.work.AcmeVendorStage.AcmeVendor;
import com.storyreel.runtime.work.AcmeVendorStage.AcmeWorker;
import com.storyreel.runtime.work.VendorJob.JobStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = StageExecutorIntegrationTests.ProbeStage.class)
@ContextConfiguration(initializers = LocalStackProperties.class)
class VendorJobIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading();

    @Autowired
    AcmeVendor vendor;

    @Autowired
    AcmeJobs handler;

    @Autowired
    VendorJobStore jobs;

    @Autowired
    WorkLedger ledger;

    @Autowired
    StageExecutor executor;

    @Autowired
    StalledWorkRecovery recovery;

    @Autowired
    VendorJobPoller poller;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Autowired
    StoryContext storyContext;

    @AfterEach
    void restoreHandler() {
        handler.firstPoll = Duration.ofMillis(100);
        handler.deadline = Duration.ofMinutes(1);
        if (handler.storing != null) {
            handler.storing.countDown();
            handler.storing = null;
        }
    }

    @Test
    void jobIsSubmittedOnceThenFollowedByPollingWhileTheConsumerMovesOn() throws Exception {
        String storyId = story("polled");
        try (var merged = kafka.probe().read("probe.scene.merged")) {
            request(storyId);
            request(storyId);

            await().atMost(PATIENCE).until(() -> vendor.polls(storyId) >= 2);
            assertThat(ledger.count(storyId, WorkStatus.WAITING)).isEqualTo(1);
            assertThat(jobs.count(storyId, JobStatus.RUNNING)).isEqualTo(1);
            assertThat(results(merged, storyId)).isEmpty();

            vendor.answer(storyId, "done");

            await().atMost(PATIENCE).until(() -> results(merged, storyId).size() == 1);
            SceneMerged result = EventJson.read(results(merged, storyId).getFirst().value().getBytes(), SceneMerged.class);
            assertThat(result.videoKey()).isEqualTo("/" + storyId + ".mp4");
            assertThat(result.cost()).isEqualTo(AcmeJobs.RENDER_COST);
        }
        assertThat(vendor.submissions(storyId)).isEqualTo(1);
        assertThat(ledger.count(storyId, WorkStatus.DONE)).isEqualTo(1);
        assertThat(jobs.find(AcmeWorker.key(clip(storyId)).id())).hasValueSatisfying(job -> {
            assertThat(job.status()).isEqualTo(JobStatus.DONE);
            assertThat(job.cost()).isEqualTo(AcmeJobs.RENDER_COST);
        });
    }

    @Test
    void finishedUnitIsPublishedAgainOnRedeliveryWithoutANewJob() throws Exception {
        String storyId = story("redelivered");
        vendor.answer(storyId, "done");
        try (var merged = kafka.probe().read("probe.scene.merged")) {
            request(storyId);
            await().atMost(PATIENCE).until(() -> results(merged, storyId).size() == 1);

            request(storyId);

            await().atMost(PATIENCE).until(() -> results(merged, storyId).size() == 2);
        }
        assertThat(vendor.submissions(storyId)).isEqualTo(1);
    }

    @Test
    void callbackBeforeTheFirstPollFinishesTheJobWithoutAskingTheVendor() throws Exception {
        handler.firstPoll = Duration.ofHours(1);
        String storyId = story("called-back");
        try (var merged = kafka.probe().read("probe.scene.merged")) {
            request(storyId);
            await().atMost(PATIENCE).until(() -> jobs.count(storyId, JobStatus.RUNNING) == 1);

            assertThat(jobs.recordCallback("acme", storyId, "{\"url\":\"https://acme.test/x.mp4\"}")).isTrue();

            await().atMost(PATIENCE).until(() -> results(merged, storyId).size() == 1);
            assertThat(vendor.polls(storyId)).isZero();

            assertThat(jobs.recordCallback("acme", storyId, "{\"url\":\"https://acme.test/x.mp4\"}")).isFalse();
            await().during(Duration.ofMillis(500)).atMost(PATIENCE).until(() -> results(merged, storyId).size() == 1);
        }
        assertThat(vendor.polls(storyId)).isZero();
        assertThat(jobs.count(storyId, JobStatus.DONE)).isEqualTo(1);
    }

    @Test
    void callbackThatCameBeforeTheJobWasRecordedIsReadAtOnce() throws Exception {
        handler.firstPoll = Duration.ofHours(1);
        String storyId = story("early-callback");
        try (var merged = kafka.probe().read("probe.scene.merged")) {
            assertThat(jobs.recordCallback("acme", storyId, "{\"url\":\"https://acme.test/x.mp4\"}")).isFalse();

            request(storyId);

            await().atMost(PATIENCE).until(() -> results(merged, storyId).size() == 1);
        }
        assertThat(vendor.polls(storyId)).isZero();
    }

    @Test
    void inconclusiveCallbackIsConfirmedByPolling() throws Exception {
        handler.firstPoll = Duration.ofHours(1);
        String storyId = story("confirmed");
        try (var merged = kafka.probe().read("probe.scene.merged")) {
            request(storyId);
            await().atMost(PATIENCE).until(() -> jobs.count(storyId, JobStatus.RUNNING) == 1);
            vendor.answer(storyId, "done");

            jobs.recordCallback("acme", storyId, "{\"status\":\"error\"}");

            await().atMost(PATIENCE).until(() -> results(merged, storyId).size() == 1);
        }
        assertThat(vendor.polls(storyId)).isEqualTo(1);
    }

    @Test
    void vendorFailureFailsTheStageWithTheVendorsReasonAndCost() throws Exception {
        String storyId = story("failed");
        vendor.answer(storyId, "failed");
        StageFailed failed = awaitFailure(storyId, () -> request(storyId));

        assertThat(failed.stage()).isEqualTo(Stage.MERGE);
        assertThat(failed.scene()).isEqualTo(2);
        assertThat(failed.provider()).isEqualTo("acme");
        assertThat(failed.reason()).isEqualTo("acme could not render: out of llamas");
        assertThat(ledger.count(storyId, WorkStatus.FAILED)).isEqualTo(1);
    }

    @Test
    void retryOfTheStoryAfterAVendorFailureSubmitsOnceMore() throws Exception {
        String storyId = story("retried");
        vendor.answer(storyId, "failed");
        awaitFailure(storyId, () -> request(storyId));
        vendor.answer(storyId, "done");
        try (var merged = kafka.probe().read("probe.scene.merged")) {
            SceneClipRendered retry = clip(storyId, 1);
            kafka.probe().send("probe.acme.requested", storyId, EventJson.write(retry));
            kafka.probe().send("probe.acme.requested", storyId, EventJson.write(retry));

            await().atMost(PATIENCE).until(() -> !results(merged, storyId).isEmpty());
            assertThat(EventJson.read(results(merged, storyId).getFirst().value().getBytes(), SceneMerged.class).attempt())
                    .isEqualTo(1);
        }
        assertThat(vendor.submissions(storyId)).isEqualTo(2);
        assertThat(jobs.find(AcmeWorker.key(clip(storyId)).id())).hasValueSatisfying(job -> {
            assertThat(job.attempt()).isEqualTo(1);
            assertThat(job.status()).isEqualTo(JobStatus.DONE);
        });
    }

    @Test
    void everyFollowedJobKindHasItsPollAndJobMetersFromTheStart() {
        assertThat(meters.find("storyreel.vendor.polls").tags("vendor", "acme", "kind", "acme-merge").counters())
                .extracting(counter -> counter.getId().getTag("outcome"))
                .containsExactlyInAnyOrder("pending", "finished", "failed", "error");
        assertThat(meters.find("storyreel.vendor.jobs").tags("vendor", "acme", "kind", "acme-merge").timers())
                .extracting(timer -> timer.getId().getTag("outcome"))
                .containsExactlyInAnyOrder("done", "failed", "expired");
    }

    @Test
    void vendorOutageIsAskedAgainLater() throws Exception {
        String storyId = story("outage");
        vendor.answer(storyId, "down");
        try (var merged = kafka.probe().read("probe.scene.merged")) {
            request(storyId);
            await().atMost(PATIENCE).until(() -> vendor.polls(storyId) >= 2);

            vendor.answer(storyId, "done");

            await().atMost(PATIENCE).until(() -> results(merged, storyId).size() == 1);
        }
        assertThat(meters.counter("storyreel.vendor.polls", "vendor", "acme", "kind", "acme-merge", "outcome", "error")
                .count()).isPositive();
    }

    @Test
    void jobPastItsDeadlineFailsInsteadOfBeingPolledForEver() throws Exception {
        handler.deadline = Duration.ofMillis(300);
        String storyId = story("slow");
        vendor.answer(storyId, "running 40%");

        StageFailed failed = awaitFailure(storyId, () -> request(storyId));

        assertThat(failed.reason()).startsWith("acme job " + storyId + " did not finish within")
                .endsWith("(last status: running 40%)");
        assertThat(jobs.count(storyId, JobStatus.FAILED)).isEqualTo(1);
    }

    @Test
    void submissionMetByA5xxAfterTheVendorTookItIsFoundAndAdoptedWhenTheStoryIsRetried() throws Exception {
        String storyId = story("5xx-taken");
        vendor.failNextSubmission(storyId, true);
        StageFailed failed = awaitFailure(storyId, () -> request(storyId));
        assertThat(failed.reason()).contains("HTTP 503");
        vendor.answer(storyId, "done");

        retryAndAwaitOneResult(storyId);

        assertThat(vendor.submissions(storyId)).isEqualTo(1);
    }

    @Test
    void submissionMetByA5xxBeforeTheVendorTookItIsSubmittedAgainWhenTheStoryIsRetried() throws Exception {
        String storyId = story("5xx-refused");
        vendor.failNextSubmission(storyId, false);
        awaitFailure(storyId, () -> request(storyId));
        vendor.answer(storyId, "done");

        retryAndAwaitOneResult(storyId);

        assertThat(vendor.submissions(storyId)).isEqualTo(1);
    }

    @Test
    void submissionCutOffByACrashIsNotRepeated() throws Exception {
        String storyId = story("cut-off");
        cutOffSubmission(clip(storyId));

        StageFailed failed = awaitFailure(storyId, recovery::resumeStalled);

        assertThat(failed.reason()).contains("stopped while submitting to acme")
                .contains("acme lists no job for " + storyId).contains("Retry the story");
        assertThat(vendor.submissions(storyId)).isZero();
    }

    @Test
    void submissionCutOffByACrashIsAdoptedWhenTheVendorHasTheJob() throws Exception {
        String storyId = story("adopted");
        SceneClipRendered clip = clip(storyId);
        vendor.submit(storyId);
        cutOffSubmission(clip);
        vendor.answer(storyId, "done");
        try (var merged = kafka.probe().read("probe.scene.merged")) {
            recovery.resumeStalled();

            await().atMost(PATIENCE).until(() -> results(merged, storyId).size() == 1);
        }
        assertThat(vendor.submissions(storyId)).isEqualTo(1);
        assertThat(ledger.count(storyId, WorkStatus.DONE)).isEqualTo(1);
    }

    @Test
    void vendorJobAlreadyDoneHasItsStoredResultPublishedWithoutANewSubmission() throws Exception {
        String storyId = story("done-at-vendor");
        SceneClipRendered clip = clip(storyId);
        WorkKey key = AcmeWorker.key(clip);
        SceneMerged stored = new SceneMerged(storyId, 2, "/" + storyId + ".mp4", null, 3.0, 0.5, "acme", 0, null);
        // The poller recorded the job done, then its service died before completing the unit.
        cutOffSubmission(clip);
        mongo.getCollection("vendor_jobs").updateOne(new Document("_id", key.id()), new Document("$set",
                new Document("status", JobStatus.DONE.name()).append("vendorJobId", storyId)
                        .append("resultType", SceneMerged.class.getName())
                        .append("result", new String(EventJson.write(stored), java.nio.charset.StandardCharsets.UTF_8))));
        try (var merged = kafka.probe().read("probe.scene.merged")) {
            recovery.resumeStalled();

            await().atMost(PATIENCE).until(() -> results(merged, storyId).size() == 1);
            assertThat(EventJson.read(results(merged, storyId).getFirst().value().getBytes(), SceneMerged.class))
                    .isEqualTo(stored);
        }
        assertThat(vendor.submissions(storyId)).isZero();
        assertThat(ledger.count(storyId, WorkStatus.DONE)).isEqualTo(1);
    }

    @Test
    void newerAttemptTakesOverAWaitingUnitAndWaitsOnTheRunningJob() throws Exception {
        String storyId = story("taken-over");
        try (var merged = kafka.probe().read("probe.scene.merged")) {
            kafka.probe().send("probe.acme.requested", storyId, EventJson.write(clip(storyId, 0)));
            await().atMost(PATIENCE).until(() -> ledger.count(storyId, WorkStatus.WAITING) == 1);

            kafka.probe().send("probe.acme.requested", storyId, EventJson.write(clip(storyId, 1)));
            await().atMost(PATIENCE).until(() -> jobs.find(AcmeWorker.key(clip(storyId)).id())
                    .map(VendorJob::attempt).orElse(0) == 1 && ledger.count(storyId, WorkStatus.WAITING) == 1);
            vendor.answer(storyId, "done");

            await().atMost(PATIENCE).until(() -> results(merged, storyId).size() == 1);
            assertThat(EventJson.read(results(merged, storyId).getFirst().value().getBytes(), SceneMerged.class).attempt())
                    .isEqualTo(1);
        }
        assertThat(vendor.submissions(storyId)).isEqualTo(1);
        assertThat(ledger.count(storyId, WorkStatus.DONE)).isEqualTo(1);
    }

    @Test
    void pollerKeepsItsLeaseThroughALongDownload() throws Exception {
        var download = new CountDownLatch(1);
        handler.storing = download;
        String storyId = story("long-download");
        poller.stop();
        var shortLease = new VendorJobProperties(Duration.ofMillis(50), 2, Duration.ofSeconds(1));
        var first = new VendorJobPoller(jobs, List.of(handler), executor, shortLease, java.time.Clock.systemUTC(), meters, storyContext);
        var second = new VendorJobPoller(jobs, List.of(handler), executor, shortLease, java.time.Clock.systemUTC(), meters, storyContext);
        int storedBefore = handler.stored.get();
        try (var merged = kafka.probe().read("probe.scene.merged")) {
            request(storyId);
            await().atMost(PATIENCE).until(() -> jobs.count(storyId, JobStatus.RUNNING) == 1);
            vendor.answer(storyId, "done");
            first.start();
            second.start();

            // The download lasts three job leases, during which the other poller never takes the job over.
            await().atMost(PATIENCE).until(() -> handler.stored.get() - storedBefore == 1);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> handler.stored.get() - storedBefore == 1);
            download.countDown();

            await().atMost(PATIENCE).until(() -> results(merged, storyId).size() == 1);
            assertThat(handler.stored.get() - storedBefore).isEqualTo(1);
        }
        finally {
            first.stop();
            second.stop();
            poller.start();
        }
        assertThat(ledger.count(storyId, WorkStatus.DONE)).isEqualTo(1);
    }

    @Test
    void anotherPollerTakesTheJobUpAfterARestart() throws Exception {
        String storyId = story("restarted");
        poller.stop();
        try (var merged = kafka.probe().read("probe.scene.merged")) {
            request(storyId);
            await().atMost(PATIENCE).until(() -> jobs.count(storyId, JobStatus.RUNNING) == 1);
            vendor.answer(storyId, "done");
            var replica = new VendorJobPoller(jobs, List.of(handler), executor,
                    new VendorJobProperties(Duration.ofMillis(50), 2, Duration.ofMinutes(1)), java.time.Clock.systemUTC(),
                    meters, storyContext);
            replica.start();
            try {
                await().atMost(PATIENCE).until(() -> results(merged, storyId).size() == 1);
            }
            finally {
                replica.stop();
            }
        }
        finally {
            poller.start();
        }
    }

    @Test
    void dueJobIsLeasedToOnePollerOnly() throws Exception {
        handler.firstPoll = Duration.ZERO;
        String storyId = story("leased");
        poller.stop();
        try {
            request(storyId);
            await().atMost(PATIENCE).until(() -> jobs.count(storyId, JobStatus.RUNNING) == 1);
            VendorJob job = jobs.find(AcmeWorker.key(clip(storyId)).id()).orElseThrow();

            var first = jobs.lease(job, Duration.ofMinutes(1));
            var second = jobs.lease(job, Duration.ofMinutes(1));

            assertThat(first).isPresent();
            assertThat(second).isEmpty();
            assertThat(jobs.due(List.of("acme-merge"), 100)).extracting(VendorJob::id).doesNotContain(job.id());
        }
        finally {
            poller.start();
        }
    }

    @Test
    void everyVendorsResilienceStateIsInTheMetrics() {
        for (String vendor : List.of("openai", "leonardo", "elevenlabs", "json2video")) {
            assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", vendor).gauges()).as(vendor).isNotEmpty();
            assertThat(meters.find("resilience4j.retry.calls").tag("name", vendor).meters()).as(vendor).isNotEmpty();
        }
        assertThat(meters.find("resilience4j.ratelimiter.available.permissions").tag("name", "leonardo-generations")
                .gauge()).isNotNull();
        assertThat(meters.find("resilience4j.bulkhead.available.concurrent.calls").tag("name", "elevenlabs").gauge()
                .value()).isEqualTo(3);
    }

    /** A unit as a worker leaves it when it dies mid-submission: its lease run out, its job SUBMITTING. */
    private void cutOffSubmission(SceneClipRendered clip) {
        WorkKey key = AcmeWorker.key(clip);
        String input = new String(EventJson.write(clip), java.nio.charset.StandardCharsets.UTF_8);
        mongo.getCollection("work_units").insertOne(new Document("_id", key.id()).append("storyId", clip.storyId())
                .append("scene", key.scene()).append("stage", key.stage().name()).append("inputHash", key.inputHash())
                .append("status", WorkStatus.IN_PROGRESS.name()).append("attempt", 0).append("token", "dead-worker")
                .append("renewedAt", Date.from(Instant.now().minusSeconds(5))).append("leaseMs", 0L)
                .append("inputType", SceneClipRendered.class.getName()).append("input", input));
        jobs.submitting(key, 0, handler, "acme", "sceneMerged", "dead-worker", SceneClipRendered.class.getName(), input);
    }

    private static String story(String label) {
        return label + "-" + UUID.randomUUID();
    }

    private static SceneClipRendered clip(String storyId) {
        return clip(storyId, 0);
    }

    private static SceneClipRendered clip(String storyId, int attempt) {
        return new SceneClipRendered(storyId, 2, "stories/" + storyId + "/clip.mp4", "audio", "captions", 3.0, 0.5, "probe",
                attempt);
    }

    private static void request(String storyId) throws Exception {
        kafka.probe().send("probe.acme.requested", storyId, EventJson.write(clip(storyId)));
    }

    /** Asks for the unit again as the story's retry (attempt 1) does, and waits for its one result. */
    private void retryAndAwaitOneResult(String storyId) throws InterruptedException {
        try (var merged = kafka.probe().read("probe.scene.merged")) {
            kafka.probe().send("probe.acme.requested", storyId, EventJson.write(clip(storyId, 1)));

            await().atMost(PATIENCE).until(() -> results(merged, storyId).size() == 1);
        }
    }

    private static List<TopicProbe.Received> results(TopicProbe.Reader merged, String storyId) {
        return merged.matching(r -> r.ofStory(storyId));
    }

    private StageFailed awaitFailure(String storyId, ThrowingAction action) throws Exception {
        try (var failures = kafka.probe().read("probe.stage.failed")) {
            action.run();
            await().atMost(PATIENCE).until(() -> !results(failures, storyId).isEmpty());
            return EventJson.read(results(failures, storyId).getFirst().value().getBytes(), StageFailed.class);
        }
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws Exception;
    }
}
