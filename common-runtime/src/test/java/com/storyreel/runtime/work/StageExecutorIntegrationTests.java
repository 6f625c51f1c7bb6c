package com.storyreel.runtime.work;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneInputsReady;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.localstack.LocalStackProperties;
import com.storyreel.localstack.SharedLocalStack;
import com.storyreel.localstack.TopicProbe;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.events.StoryMdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = StageExecutorIntegrationTests.ProbeStage.class)
@ContextConfiguration(initializers = LocalStackProperties.class)
class StageExecutorIntegrationTests {

    private static TopicProbe probe;

    @BeforeAll
    static void startProbe() {
        probe = new TopicProbe(SharedLocalStack.get().kafka().bootstrapServers());
    }

    @AfterAll
    static void stopProbe() {
        probe.close();
    }

    @Autowired
    ProbeStage stage;

    @Autowired
    WorkLedger ledger;

    @Autowired
    StalledWorkRecovery recovery;

    @Autowired
    MongoTemplate mongo;

    @Test
    void redeliveredRequestRepublishesTheResultWithoutCallingTheProviderAgain() throws Exception {
        String storyId = "redelivery-" + UUID.randomUUID();
        byte[] request = EventJson.write(new SceneInputsReady(storyId, 0, "img", "audio", "captions", 2.0, "16:9", 0));
        try (var results = probe.read("probe.clip.rendered")) {
            probe.send("probe.inputs.ready", storyId, request);
            probe.send("probe.inputs.ready", storyId, request);

            await().atMost(Duration.ofSeconds(30)).until(() -> results.matching(r -> storyId.equals(r.key())).size() == 2);
            assertThat(stage.calls(storyId)).isEqualTo(1);
            assertThat(ledger.count(storyId, WorkStatus.DONE)).isEqualTo(1);
            assertThat(results.matching(r -> storyId.equals(r.key())))
                    .allSatisfy(r -> assertThat(EventJson.read(r.value().getBytes(), SceneClipRendered.class).clipKey())
                            .startsWith("stories/" + storyId));
        }
    }

    @Test
    void permanentProviderFailurePublishesStageFailedWithTheReason() throws Exception {
        String storyId = "failing-" + UUID.randomUUID();
        try (var failures = probe.read("probe.stage.failed")) {
            probe.send("probe.inputs.ready", storyId,
                    EventJson.write(new SceneInputsReady(storyId, 1, "img", "audio", "captions", -1, "16:9", 0)));

            await().atMost(Duration.ofSeconds(30)).until(() -> !failures.matching(r -> storyId.equals(r.key())).isEmpty());
            StageFailed failed = EventJson.read(failures.matching(r -> storyId.equals(r.key())).getFirst().value().getBytes(),
                    StageFailed.class);
            assertThat(failed.stage()).isEqualTo(Stage.CLIP);
            assertThat(failed.scene()).isEqualTo(1);
            assertThat(failed.provider()).isEqualTo("probe");
            assertThat(failed.reason()).isEqualTo("narration length must be positive");
        }
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopicAndTheConsumerGoesOn() throws Exception {
        String storyId = "after-garbage-" + UUID.randomUUID();
        try (var dead = probe.read("probe.inputs.ready.probe-stage.dlt"); var results = probe.read("probe.clip.rendered")) {
            probe.send("probe.inputs.ready", "garbage", "{not json at all");
            probe.send("probe.inputs.ready", "no-id", "{\"scene\":3}");
            probe.send("probe.inputs.ready", storyId,
                    EventJson.write(new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.0, "16:9", 0)));

            await().atMost(Duration.ofSeconds(60)).until(() -> dead.records().size() >= 2
                    && !results.matching(r -> storyId.equals(r.key())).isEmpty());
            assertThat(dead.records()).extracting(TopicProbe.Received::value).contains("{not json at all", "{\"scene\":3}");
            assertThat(dead.records()).allSatisfy(r -> assertThat(r.header("x-exception-message")).isNotBlank());
            assertThat(dead.matching(r -> "no-id".equals(r.key())).getFirst().header("x-exception-message"))
                    .contains("no storyId");
        }
    }

    @Test
    void unitWhoseWorkerDiedIsResumedFromItsStoredRequestOnceTheLeaseRunsOut() throws Exception {
        String storyId = "stalled-" + UUID.randomUUID();
        var request = new SceneInputsReady(storyId, 0, "img", "audio", "captions", 1.5, "16:9", 0);
        insertUnit(request, Instant.now().minusSeconds(5));
        try (var results = probe.read("probe.clip.rendered")) {
            recovery.resumeStalled();

            await().atMost(Duration.ofSeconds(30)).until(() -> results.matching(r -> storyId.equals(r.key())).size() == 1);
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

    /** A unit as a worker leaves it when it claims and then dies before finishing. */
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

        private final java.util.Map<String, AtomicInteger> calls = new java.util.concurrent.ConcurrentHashMap<>();

        @Autowired
        private StageExecutor executor;

        @Bean
        Consumer<SceneInputsReady> probeWork() {
            return StoryMdc.around(this::handle);
        }

        @Override
        public Class<SceneInputsReady> inputType() {
            return SceneInputsReady.class;
        }

        @Override
        public void handle(SceneInputsReady event) {
            var key = key(event);
            executor.run(key, event.attempt(), event, "probe", "clipRendered", () -> {
                calls.computeIfAbsent(event.storyId(), id -> new AtomicInteger()).incrementAndGet();
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
