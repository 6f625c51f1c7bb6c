package com.storyreel.runtime.work;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneInputsReady;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.localstack.LocalStackProperties;
import com.storyreel.localstack.TopicProbe;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.runtime.metrics.FailureKind;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.test.context.ContextConfiguration;

import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.providers.ProviderException;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.media.Ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = StageExecutorIntegrationTests.ProbeStage.class)
@ContextConfiguration(initializers = LocalStackProperties.class)
class StageExecutorIntegrationTests {

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading();

    @Autowired
    ProbeStage stage;

    @Autowired
    WorkLedger ledger;

    @Autowired
    StalledWorkRecovery recovery;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StageExecutor executor;

    @Autowired
    MeterRegistry meters;

    @Autowired
    EventPublisher publisher;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Autowired
    java.util.concurrent.ScheduledExecutorService workLeaseRenewals;

    @Autowired
    VendorJobStore jobs;

    @Test
    void redeliveredRequestRepublishesTheResultWithoutCallingTheProviderAgain() throws Exception {
        String storyId = "redelivery-" + UUID.randomUUID();
        byte[] request = EventJson.write(new SceneInputsReady(storyId, 0, "img", "audio", "captions", 2.0, "16:9", 0));
        try (var results = kafka.probe().read("probe.clip.rendered")) {
            kafka.probe().send("probe.inputs.ready", storyId, request);
            kafka.probe().send("probe.inputs.ready", storyId, request);

            await().atMost(Duration.ofSeconds(30)).until(() -> results.matching(r -> r.ofStory(storyId)).size() == 2);
            assertThat(stage.calls(storyId)).isEqualTo(1);
            assertThat(ledger.count(storyId, WorkStatus.DONE)).isEqualTo(1);
            assertThat(results.matching(r -> r.ofStory(storyId)))
                    .allSatisfy(r -> assertThat(EventJson.read(r.value().getBytes(), SceneClipRendered.class).clipKey())
                            .startsWith("stories/" + storyId));
        }
    }

    @Test
    void permanentProviderFailurePublishesStageFailedWithTheReason() throws Exception {
        String storyId = "failing-" + UUID.randomUUID();
        try (var failures = kafka.probe().read("probe.stage.failed")) {
            kafka.probe().send("probe.inputs.ready", storyId,
                    EventJson.write(new SceneInputsReady(storyId, 1, "img", "audio", "captions", -1, "16:9", 0)));

            await().atMost(Duration.ofSeconds(30)).until(() -> !failures.matching(r -> r.ofStory(storyId)).isEmpty());
            StageFailed failed = EventJson.read(failures.matching(r -> r.ofStory(storyId)).getFirst().value().getBytes(),
                    StageFailed.class);
            assertThat(failed.stage()).isEqualTo(Stage.CLIP);
            assertThat(failed.scene()).isEqualTo(1);
            assertThat(failed.provider()).isEqualTo("probe");
            assertThat(failed.reason()).isEqualTo("narration length must be positive");
        }
        assertThat(meters.get("storyreel.stage.failures").tags("stage", "clip", "provider", "probe", "reason", "other")
                .counter().count()).isPositive();
    }

    @Test
    void expectedStageHasEveryOutcomeAndFailureKindAtZeroBeforeItsFirstUnit() {
        executor.expect(Stage.RENDER, "expected-probe");

        assertThat(meters.find("storyreel.stage.work").tags("stage", "render", "provider", "expected-probe").timers())
                .extracting(timer -> timer.getId().getTag("outcome")).containsExactlyInAnyOrder("done", "failed", "abandoned");
        assertThat(meters.find("storyreel.stage.reused").tags("stage", "render", "provider", "expected-probe").counters())
                .extracting(counter -> counter.getId().getTag("outcome"))
                .containsExactlyInAnyOrder("reused", "adopted", "submitted", "abandoned", "rejected");
        assertThat(meters.find("storyreel.stage.failures").tags("stage", "render", "provider", "expected-probe").counters())
                .hasSize(FailureKind.values().length)
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopicAndTheConsumerGoesOn() throws Exception {
        String storyId = "after-garbage-" + UUID.randomUUID();
        try (var dead = kafka.probe().read("probe.inputs.ready.probe-stage.dlt"); var results = kafka.probe().read("probe.clip.rendered")) {
            kafka.probe().send("probe.inputs.ready", "garbage", "{not json at all");
            kafka.probe().send("probe.inputs.ready", "no-id", "{\"scene\":3}");
            kafka.probe().send("probe.inputs.ready", storyId,
                    EventJson.write(new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.0, "16:9", 0)));

            await().atMost(Duration.ofSeconds(60)).until(() -> dead.records().size() >= 2
                    && !results.matching(r -> r.ofStory(storyId)).isEmpty());
            assertThat(dead.records()).extracting(TopicProbe.Received::value).contains("{not json at all", "{\"scene\":3}");
            assertThat(dead.records()).allSatisfy(r -> assertThat(r.header("x-exception-message")).isNotBlank());
            assertThat(dead.matching(r -> r.ofStory("no-id")).getFirst().header("x-exception-message"))
                    .contains("no storyId");
        }
        assertThat(meters.get("storyreel.dead.letters").tags("group", "probe-stage", "topic", "probe.inputs.ready")
                .counter().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void unitWhoseWorkerDiedIsResumedFromItsStoredRequestOnceTheLeaseRunsOut() throws Exception {
        String storyId = "stalled-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.5, "16:9", 0);
        insertUnit(request, Instant.now().minusSeconds(5));
        try (var results = kafka.probe().read("probe.clip.rendered")) {
            recovery.resumeStalled();

            await().atMost(Duration.ofSeconds(30)).until(() -> results.matching(r -> r.ofStory(storyId)).size() == 1);
        }
        assertThat(stage.calls(storyId)).isEqualTo(1);
        assertThat(ledger.count(storyId, WorkStatus.DONE)).isEqualTo(1);
    }

    @Test
    void unitLeasedByALiveWorkerIsLeftAlone() {
        String storyId = "leased-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.5, "16:9", 0);
        insertUnit(request, Instant.now().plusSeconds(300));

        stage.handle(request);
        recovery.resumeStalled();

        assertThat(stage.calls(storyId)).isZero();
        assertThat(ledger.count(storyId, WorkStatus.IN_PROGRESS)).isEqualTo(1);
    }

    @Test
    void workerThatLosesItsLeaseKillsItsChildProcessAndLeavesTheUnitToItsNewHolder() throws Exception {
        String storyId = "lease-lost-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", ProbeStage.SLOW, "16:9", 0);
        var key = ProbeStage.key(request);
        try (var results = kafka.probe().read("probe.clip.rendered")) {
            Thread first = Thread.ofPlatform().start(() -> stage.handle(request));
            await().atMost(Duration.ofSeconds(30)).until(() -> ffmpegOf(storyId).isPresent());
            ProcessHandle ffmpeg = ffmpegOf(storyId).orElseThrow();

            // The first worker's lease runs out (as when it cannot reach the database), and recovery takes the unit over.
            mongo.getCollection("work_units").updateOne(new Document("_id", key.id()),
                    new Document("$set", new Document("leaseMs", 0L)));
            recovery.resumeStalled();

            await().atMost(Duration.ofSeconds(30)).until(() -> !ffmpeg.isAlive() && !first.isAlive());
            assertThat(results.matching(r -> r.ofStory(storyId))).hasSize(1);
        }
        assertThat(stage.calls(storyId)).isEqualTo(2);
        assertThat(ledger.count(storyId, WorkStatus.DONE)).isEqualTo(1);
        assertThat(mongo.getCollection("work_units").find(new Document("_id", key.id())).first().getString("result"))
                .contains("\"attempt\":0").doesNotContain("slow-clip");
    }

    @Test
    void unitStillRunningAtItsDeadlineIsStoppedWithItsChildProcessAndFailedWithTheReason() throws Exception {
        String storyId = "overran-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.5, "16:9", 0);
        var key = ProbeStage.key(request);
        var props = new WorkProperties(Duration.ofSeconds(30), 0, Duration.ofMillis(10), Duration.ofSeconds(10),
                Duration.ofSeconds(2));
        var shortDeadline = new StageExecutor(ledger, publisher, json, props, meters, workLeaseRenewals, jobs,
                Clock.systemUTC());
        try (var failures = kafka.probe().read("probe.stage.failed")) {
            long started = System.nanoTime();
            shortDeadline.run(key, 0, request, "probe", "clipRendered", () -> {
                Ffmpeg.onPath().run(List.of("-re", "-f", "lavfi", "-i", "anullsrc", "-t", "120",
                        "-metadata", "comment=" + storyId, "-f", "null", "-"), Duration.ofMinutes(5));
                throw new AssertionError("ffmpeg must be stopped at the deadline");
            });

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
            assertThat(Thread.currentThread().isInterrupted()).as("the consumer thread goes on").isFalse();
            assertThat(ffmpegOf(storyId)).isEmpty();
            await().atMost(Duration.ofSeconds(30)).until(() -> !failures.matching(r -> r.ofStory(storyId)).isEmpty());
            StageFailed failed = EventJson.read(failures.matching(r -> r.ofStory(storyId)).getFirst().value().getBytes(),
                    StageFailed.class);
            assertThat(failed.reason()).startsWith("Stopped on probe after 2 s").contains("storyreel.work.deadline");
        }
        assertThat(ledger.count(storyId, WorkStatus.FAILED)).isEqualTo(1);
    }

    @Test
    void transientFailureIsTriedAgainAfterTheBackoffDoubledEachTime() throws Exception {
        String storyId = "retried-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.5, "16:9", 0);
        List<Long> tries = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var results = kafka.probe().read("probe.clip.rendered")) {
            retrying(2, Duration.ofMillis(100), Duration.ofMinutes(20)).run(ProbeStage.key(request), 0, request, "probe",
                    "clipRendered", () -> {
                        tries.add(System.nanoTime());
                        if (tries.size() < 3) {
                            throw new UncheckedIOException("S3 unreachable", new java.io.IOException("connection reset"));
                        }
                        return new SceneClipRendered(storyId, 0, "stories/" + storyId + "/clip.mp4", "audio", "captions",
                                1.5, 0, "probe", 0);
                    });

            await().atMost(Duration.ofSeconds(30)).until(() -> results.matching(r -> r.ofStory(storyId)).size() == 1);
        }
        assertThat(tries).hasSize(3);
        assertThat(Duration.ofNanos(tries.get(1) - tries.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(Duration.ofNanos(tries.get(2) - tries.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void transientFailureThatOutlastsTheRetriesFailsWithTheNumberOfAttempts() throws Exception {
        String storyId = "retries-exhausted-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.5, "16:9", 0);
        AtomicInteger calls = new AtomicInteger();
        try (var failures = kafka.probe().read("probe.stage.failed")) {
            retrying(2, Duration.ofMillis(10), Duration.ofMinutes(20)).run(ProbeStage.key(request), 0, request, "probe",
                    "clipRendered", () -> {
                        calls.incrementAndGet();
                        throw new UncheckedIOException("S3 unreachable", new java.io.IOException("connection reset"));
                    });

            assertThat(failureOf(failures, storyId).reason()).isEqualTo("UncheckedIOException: S3 unreachable (after 3 attempts)");
        }
        assertThat(calls).hasValue(3);
    }

    @Test
    void workWhoseClassCannotBeLoadedFailsAtOnceNamingTheClass() throws Exception {
        String storyId = "unloadable-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.5, "16:9", 0);
        AtomicInteger calls = new AtomicInteger();
        try (var failures = kafka.probe().read("probe.stage.failed")) {
            retrying(2, Duration.ofMillis(10), Duration.ofMinutes(20)).run(ProbeStage.key(request), 0, request, "probe",
                    "clipRendered", () -> {
                        calls.incrementAndGet();
                        throw new NoClassDefFoundError("opennlp/tools/tokenize/TokenizerME");
                    });

            assertThat(failureOf(failures, storyId).reason())
                    .isEqualTo("NoClassDefFoundError: opennlp/tools/tokenize/TokenizerME");
        }
        assertThat(calls).as("not tried again").hasValue(1);
        assertThat(ledger.count(storyId, WorkStatus.FAILED)).isEqualTo(1);
    }

    @Test
    void permanentFailureAfterATransientOneIsNotTriedAgain() throws Exception {
        String storyId = "retry-refused-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.5, "16:9", 0);
        AtomicInteger calls = new AtomicInteger();
        try (var failures = kafka.probe().read("probe.stage.failed")) {
            retrying(5, Duration.ofMillis(10), Duration.ofMinutes(20)).run(ProbeStage.key(request), 0, request, "probe",
                    "clipRendered", () -> {
                        if (calls.incrementAndGet() == 1) {
                            throw ProviderException.transientFailure("probe answered 503", null);
                        }
                        throw ProviderException.permanent("probe refused the clip");
                    });

            assertThat(failureOf(failures, storyId).reason()).isEqualTo("probe refused the clip (after 2 attempts)");
        }
        assertThat(calls).hasValue(2);
    }

    @Test
    void waitBeforeATryAgainEndsAtTheDeadline() throws Exception {
        String storyId = "retry-overran-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.5, "16:9", 0);
        AtomicInteger calls = new AtomicInteger();
        try (var failures = kafka.probe().read("probe.stage.failed")) {
            long started = System.nanoTime();
            retrying(2, Duration.ofHours(1), Duration.ofSeconds(2)).run(ProbeStage.key(request), 0, request, "probe",
                    "clipRendered", () -> {
                        calls.incrementAndGet();
                        throw ProviderException.transientFailure("probe answered 503", null);
                    });

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
            assertThat(Thread.currentThread().isInterrupted()).as("the consumer thread goes on").isFalse();
            assertThat(failureOf(failures, storyId).reason()).startsWith("Stopped on probe after 2 s");
        }
        assertThat(calls).hasValue(1);
    }

    private StageExecutor retrying(int retries, Duration backoff, Duration deadline) {
        var props = new WorkProperties(Duration.ofSeconds(30), retries, backoff, Duration.ofSeconds(10), deadline);
        return new StageExecutor(ledger, publisher, json, props, meters, workLeaseRenewals, jobs, Clock.systemUTC());
    }

    private static StageFailed failureOf(TopicProbe.Reader failures, String storyId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !failures.matching(r -> r.ofStory(storyId)).isEmpty());
        return EventJson.read(failures.matching(r -> r.ofStory(storyId)).getFirst().value().getBytes(), StageFailed.class);
    }

    @Test
    void paidWorkWhoseWorkerDiedFailsWithTheReasonInsteadOfCallingTheVendorAgain() throws Exception {
        String storyId = "died-paying-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.5, "16:9", 0);
        var key = paidUnitWhoseWorkerDied(request);
        AtomicInteger calls = new AtomicInteger();
        try (var failures = kafka.probe().read("probe.stage.failed")) {
            executor.runPaid(key, 0, request, "acme-speech", "clipRendered", () -> {
                calls.incrementAndGet();
                throw new IllegalStateException("the vendor must not be called");
            });

            await().atMost(Duration.ofSeconds(30)).until(() -> !failures.matching(r -> r.ofStory(storyId)).isEmpty());
            StageFailed failed = EventJson.read(failures.matching(r -> r.ofStory(storyId)).getFirst().value().getBytes(),
                    StageFailed.class);
            assertThat(failed.reason()).contains("calling acme-speech, a paid service")
                    .contains("not called again to avoid paying twice");
        }
        assertThat(calls).hasValue(0);
        assertThat(ledger.count(storyId, WorkStatus.FAILED)).isEqualTo(1);
    }

    @Test
    void paidWorkWhoseWorkerDiedAfterTheVendorAnsweredIsFinishedFromTheKeptAnswer() throws Exception {
        String storyId = "died-after-paying-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.5, "16:9", 0);
        var key = paidUnitWhoseWorkerDied(request);
        AtomicInteger calls = new AtomicInteger();
        try (var results = kafka.probe().read("probe.clip.rendered")) {
            executor.runPaid(key, 0, request, "acme-speech", "clipRendered", () -> {
                calls.incrementAndGet();
                throw new IllegalStateException("the vendor must not be called");
            }, () -> Optional.of(new SceneClipRendered(storyId, 0, "stories/" + storyId + "/kept.mp4", "audio", "captions",
                    1.5, 0, "acme-speech", 0)));

            await().atMost(Duration.ofSeconds(30)).until(() -> results.matching(r -> r.ofStory(storyId)).size() == 1);
        }
        assertThat(calls).hasValue(0);
        assertThat(ledger.count(storyId, WorkStatus.DONE)).isEqualTo(1);
    }

    @Test
    void replicaWhoseClockIsAnHourAheadDoesNotTakeALiveLease() {
        String storyId = "skewed-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.5, "16:9", 0);
        var key = ProbeStage.key(request);
        String input = new String(EventJson.write(request), java.nio.charset.StandardCharsets.UTF_8);
        var props = new WorkProperties(Duration.ofSeconds(30), 0, Duration.ofMillis(10), Duration.ofSeconds(10),
                Duration.ofMinutes(20));
        var here = new WorkLedger(mongo, Clock.systemUTC(), props);
        var ahead = new WorkLedger(mongo, Clock.offset(Clock.systemUTC(), Duration.ofHours(1)), props);
        var behind = new WorkLedger(mongo, Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)), props);

        var held = (Claim.Granted) here.claim(key, 0, SceneInputsReady.class.getName(), input);

        assertThat(ahead.claim(key, 0, SceneInputsReady.class.getName(), input)).isInstanceOf(Claim.Busy.class);
        assertThat(ahead.stalled(List.of(SceneInputsReady.class.getName()), 100)).noneMatch(u -> u.id().equals(key.id()));
        assertThat(behind.renew(key, held.token())).isTrue();
        assertThat(behind.complete(key, held.token(), SceneClipRendered.class.getName(), "{}")).isTrue();
    }

    @Test
    void workerWhoseLeaseRanOutFinishesNothing() {
        String storyId = "ran-out-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.5, "16:9", 0);
        var key = ProbeStage.key(request);
        var held = (Claim.Granted) ledger.claim(key, 0, SceneInputsReady.class.getName(), "{}");
        mongo.getCollection("work_units").updateOne(new Document("_id", key.id()),
                new Document("$set", new Document("leaseMs", 0L)));

        assertThat(ledger.complete(key, held.token(), SceneClipRendered.class.getName(), "{}")).isFalse();
        assertThat(ledger.fail(key, held.token(), StageFailed.class.getName(), "{}")).isFalse();
        assertThat(ledger.count(storyId, WorkStatus.IN_PROGRESS)).isEqualTo(1);
    }

    private static java.util.Optional<ProcessHandle> ffmpegOf(String storyId) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(args -> String.join(" ", args).contains(storyId)).orElse(false))
                .findFirst();
    }

    /** A unit as a worker leaves it when it claims and then dies before finishing. */
    /** A paid unit in progress whose holder's lease ran out 5 s ago, as a worker that died mid-call leaves it. */
    private WorkKey paidUnitWhoseWorkerDied(SceneInputsReady request) {
        var key = ProbeStage.key(request);
        insertUnit(request, Instant.now().minusSeconds(5));
        mongo.getCollection("work_units").updateOne(new Document("_id", key.id()),
                new Document("$set", new Document("paid", true)));
        return key;
    }

    private void insertUnit(SceneInputsReady request, Instant leaseUntil) {
        var key = ProbeStage.key(request);
        mongo.getCollection("work_units").insertOne(new Document("_id", key.id()).append("storyId", key.storyId())
                .append("scene", key.scene()).append("stage", key.stage().name()).append("inputHash", key.inputHash())
                .append("status", WorkStatus.IN_PROGRESS.name()).append("attempt", 0).append("token", "dead-worker")
                .append("renewedAt", Date.from(leaseUntil)).append("leaseMs", 0L).append("inputType", SceneInputsReady.class.getName())
                .append("input", new String(EventJson.write(request), java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A stage that "cuts a clip" by counting calls, run through the real executor, ledger and bindings. */
    @SpringBootApplication
    static class ProbeStage implements StageWorker<SceneInputsReady> {

        /** Narration length that makes the first call run ffmpeg for two minutes, as a long render would. */
        static final double SLOW = 99;

        private final java.util.Map<String, AtomicInteger> calls = new java.util.concurrent.ConcurrentHashMap<>();

        @Autowired
        private StageExecutor executor;

        @Bean
        Consumer<Message<SceneInputsReady>> probeWork(StoryContext storyContext) {
            return storyContext.around(this::handle);
        }

        @Override
        public Class<SceneInputsReady> inputType() {
            return SceneInputsReady.class;
        }

        @Override
        public void handle(SceneInputsReady event) {
            var key = key(event);
            executor.run(key, event.attempt(), event, "probe", "clipRendered", () -> {
                int call = calls.computeIfAbsent(event.storyId(), id -> new AtomicInteger()).incrementAndGet();
                if (event.narrationSeconds() == SLOW && call == 1) {
                    Ffmpeg.onPath().run(List.of("-re", "-f", "lavfi", "-i", "anullsrc", "-t", "120",
                            "-metadata", "comment=" + event.storyId(), "-f", "null", "-"), Duration.ofMinutes(5));
                    return new SceneClipRendered(event.storyId(), event.scene(), "slow-clip", event.audioKey(),
                            event.captionsKey(), 1, 0.5, "probe", event.attempt());
                }
                if (event.narrationSeconds() <= 0) {
                    throw ProviderException.permanent("narration length must be positive");
                }
                return new SceneClipRendered(event.storyId(), event.scene(),
                        AssetKeys.scene(event.storyId(), event.scene(), "clip", key.inputHash(), "mp4"), event.audioKey(),
                        event.captionsKey(), event.narrationSeconds() + 1, 0.5, "probe", event.attempt());
            });
        }

        static WorkKey key(SceneInputsReady event) {
            return new WorkKey(event.storyId(), event.scene(), Stage.CLIP, AssetKeys.hash(event.imageKey(), event.narrationSeconds()));
        }

        int calls(String storyId) {
            return calls.getOrDefault(storyId, new AtomicInteger()).get();
        }
    }
}
