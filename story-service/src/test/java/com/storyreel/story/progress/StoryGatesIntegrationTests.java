package com.storyreel.story.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneInputsReady;
import com.storyreel.events.SceneMerged;
import com.storyreel.events.SceneNarrated;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.story.StoryServiceTest;
import com.storyreel.story.WrittenStories;
import com.storyreel.story.state.StageState;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

@StoryServiceTest
class StoryGatesIntegrationTests {

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading("scene.inputs.ready", "story.scenes.merged");

    @Autowired
    StoryProgress progress;

    @Autowired
    StoryStore store;

    @Autowired
    WrittenStories written;

    @Autowired
    StoryRecovery recovery;

    @Autowired
    StoryRetry retry;

    @Test
    void duplicatedConcurrentOutOfOrderCompletionsFireEachGateOnce() throws Exception {
        String storyId = written.story("gates-", 4);
        List<Runnable> inputs = new ArrayList<>();
        for (int scene = 0; scene < 4; scene++) {
            for (int copy = 0; copy < 3; copy++) {
                inputs.add(image(storyId, scene));
                inputs.add(narration(storyId, scene));
            }
        }
        runShuffledOnEightThreads(inputs);

        await().atMost(Duration.ofSeconds(20)).until(() -> gateEvents("scene.inputs.ready", storyId) >= 4);
        List<Runnable> merges = new ArrayList<>();
        for (int scene = 0; scene < 4; scene++) {
            for (int copy = 0; copy < 3; copy++) {
                merges.add(merge(storyId, scene));
            }
        }
        runShuffledOnEightThreads(merges);

        await().atMost(Duration.ofSeconds(20)).until(() -> gateEvents("story.scenes.merged", storyId) >= 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                gateEvents("scene.inputs.ready", storyId) == 4 && gateEvents("story.scenes.merged", storyId) == 1);
        assertThat(kafka.reader("scene.inputs.ready").matching(r -> r.ofStory(storyId)))
                .extracting(r -> EventJson.read(r.value().getBytes(), SceneInputsReady.class).scene())
                .containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(store.find(storyId).orElseThrow().status()).isEqualTo(StoryStatus.RENDERING);
    }

    @Test
    void manyStoriesCompletingAtOnceEachFireTheirGatesOnce() throws Exception {
        List<String> stories = IntStream.range(0, 30).mapToObj(i -> written.story("gates-", 2)).toList();
        List<Runnable> work = new ArrayList<>();
        for (String storyId : stories) {
            for (int scene = 0; scene < 2; scene++) {
                work.add(image(storyId, scene));
                work.add(image(storyId, scene));
                work.add(narration(storyId, scene));
                work.add(narration(storyId, scene));
            }
        }
        runShuffledOnEightThreads(work);

        await().atMost(Duration.ofSeconds(30)).until(() -> stories.stream().allMatch(id -> gateEvents("scene.inputs.ready", id) >= 2));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                stories.stream().allMatch(id -> gateEvents("scene.inputs.ready", id) == 2));
    }

    @Test
    void duplicateCompletionsThroughKafkaFireTheSceneGateOnce() throws Exception {
        String storyId = written.story("gates-", 1);
        byte[] image = EventJson.write(new SceneImageGenerated(storyId, 0, "img-key", 1920, 1080, "painter", 0));
        byte[] narration = EventJson.write(new SceneNarrated(storyId, 0, "audio-key", "captions-key", 3.5, "slt", "local", 0));
        kafka.probe().send("scene.narrated", storyId, narration);
        kafka.probe().send("scene.image.generated", storyId, image);
        kafka.probe().send("scene.image.generated", storyId, image);
        kafka.probe().send("scene.narrated", storyId, narration);

        await().atMost(Duration.ofSeconds(30)).until(() -> gateEvents("scene.inputs.ready", storyId) >= 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> gateEvents("scene.inputs.ready", storyId) == 1);
        SceneInputsReady ready = EventJson.read(kafka.reader("scene.inputs.ready").matching(r -> r.ofStory(storyId)).getFirst().value().getBytes(),
                SceneInputsReady.class);
        assertThat(ready.imageKey()).isEqualTo("img-key");
        assertThat(ready.audioKey()).isEqualTo("audio-key");
        assertThat(ready.narrationSeconds()).isEqualTo(3.5);
    }

    @Test
    void gateClaimedByAPublisherThatDiedIsPublishedByTheRecovery() {
        String storyId = written.story("gates-", 1);
        store.recordStage(storyId, 0, Stage.IMAGE, done("img"), 0);
        store.recordStage(storyId, 0, Stage.NARRATION, StageState.narrated("test", "audio", "captions", 2.0,
                Instant.now(), null), 0);
        assertThat(store.claimInputsGate(storyId, 0)).isTrue();

        await().atMost(Duration.ofSeconds(15)).until(() -> {
            recovery.nudgeQuietStories();
            return gateEvents("scene.inputs.ready", storyId) == 1;
        });
        assertThat(store.find(storyId).orElseThrow().scenes().getFirst().inputsGate().isPublished()).isTrue();
    }

    @Test
    void failedStoryNamesStageSceneProviderAndReasonAndRetriesEveryUnitStillOpen() {
        String storyId = written.story("gates-", 2);
        for (int scene = 0; scene < 2; scene++) {
            image(storyId, scene).run();
            narration(storyId, scene).run();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> gateEvents("scene.inputs.ready", storyId) == 2);
        progress.onFailed(new StageFailed(storyId, Stage.CLIP, 1, "ffmpeg-kenburns", "ffmpeg failed: out of memory", 0));

        StoryDocument failed = store.find(storyId).orElseThrow();
        assertThat(failed.status()).isEqualTo(StoryStatus.FAILED);
        assertThat(failed.error().stage()).isEqualTo(Stage.CLIP);
        assertThat(failed.error().scene()).isEqualTo(1);
        assertThat(failed.error().provider()).isEqualTo("ffmpeg-kenburns");
        assertThat(failed.error().reason()).isEqualTo("ffmpeg failed: out of memory");

        StoryDocument resumed = retry.retry(failed).orElseThrow();

        assertThat(resumed.status()).isEqualTo(StoryStatus.GENERATING);
        assertThat(resumed.attempt()).isEqualTo(1);
        assertThat(resumed.error()).isNull();
        // Scene 1's failed clip, and scene 0's, still in flight, are asked for again under attempt 1.
        await().atMost(Duration.ofSeconds(20)).until(() -> gateEvents("scene.inputs.ready", storyId) == 4);
        // Scenes are keyed apart, so their records may arrive in any order.
        assertThat(kafka.reader("scene.inputs.ready").matching(r -> r.ofStory(storyId)))
                .extracting(r -> EventJson.read(r.value().getBytes(), SceneInputsReady.class))
                .extracting(SceneInputsReady::scene, SceneInputsReady::attempt)
                .containsExactlyInAnyOrder(tuple(0, 0), tuple(1, 0), tuple(0, 1), tuple(1, 1));

        // A late failure of scene 0's clip from before the retry starts it again under the retry's attempt.
        progress.onFailed(new StageFailed(storyId, Stage.CLIP, 0, "ffmpeg-kenburns", "late", 0));
        assertThat(store.find(storyId).orElseThrow().status()).isEqualTo(StoryStatus.GENERATING);
        await().atMost(Duration.ofSeconds(20)).until(() -> gateEvents("scene.inputs.ready", storyId) == 5);
        SceneInputsReady again = EventJson.read(kafka.reader("scene.inputs.ready").matching(r -> r.ofStory(storyId)).getLast().value().getBytes(),
                SceneInputsReady.class);
        assertThat(again.scene()).isZero();
        assertThat(again.attempt()).isEqualTo(1);
        merge(storyId, 0).run();
        merge(storyId, 1).run();
        await().atMost(Duration.ofSeconds(20)).until(() -> gateEvents("story.scenes.merged", storyId) == 1);
    }

    private Runnable image(String storyId, int scene) {
        return () -> progress.onImageGenerated(new SceneImageGenerated(storyId, scene, "img-" + scene, 1920, 1080, "painter", 0));
    }

    private Runnable narration(String storyId, int scene) {
        return () -> progress.onNarrated(new SceneNarrated(storyId, scene, "audio-" + scene, "captions-" + scene, 2.5, "slt",
                "local", 0));
    }

    private Runnable merge(String storyId, int scene) {
        return () -> progress.onMerged(new SceneMerged(storyId, scene, "scene-" + scene, "captions-" + scene, 3.75, 0.5,
                "ffmpeg-mux", 0));
    }

    private static StageState done(String key) {
        return StageState.done("test", key, Instant.now(), null);
    }

    private static long gateEvents(String topic, String storyId) {
        return kafka.reader(topic).matching(r -> r.ofStory(storyId)).size();
    }

    private static void runShuffledOnEightThreads(List<Runnable> work) throws Exception {
        List<Runnable> shuffled = new ArrayList<>(work);
        Collections.shuffle(shuffled, new Random(42));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : shuffled) {
                futures.add(pool.submit(task));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        finally {
            pool.shutdown();
        }
    }
}
