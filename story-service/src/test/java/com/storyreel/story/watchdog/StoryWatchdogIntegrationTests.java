package com.storyreel.story.watchdog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneMerged;
import com.storyreel.events.SceneNarrated;
import com.storyreel.events.Stage;
import com.storyreel.events.StoryRendered;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.work.WorkKey;
import com.storyreel.runtime.work.WorkLedger;
import com.storyreel.story.StoryServiceTest;
import com.storyreel.story.WrittenStories;
import com.storyreel.story.progress.StoryProgress;
import com.storyreel.story.progress.StoryRetry;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The watchdog on the shared local stack. Each test builds its own watchdogs with a 1 s stall time; a
 * clock set ahead makes a story quiet for as long as a test needs without waiting for it.
 */
@StoryServiceTest
class StoryWatchdogIntegrationTests {

    private static final Duration STALL_AFTER = Duration.ofSeconds(1);
    private static final Duration LIVE_WORK_LIMIT = Duration.ofMinutes(60);

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading("scene.clip.rendered");

    @Autowired
    StoryStore store;

    @Autowired
    WrittenStories written;

    @Autowired
    StoryProgress progress;

    @Autowired
    StoryRetry retry;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    WorkLedger ledger;

    @Autowired
    StoryContext storyContext;

    @Test
    void silentStoryIsFailedNamingTheStageAndSceneItStalledAtAndARetryCompletesIt() {
        String storyId = storyWaitingForItsFirstMerge(2);

        assertThat(watchdog(Duration.ofMinutes(2)).failStalledStories()).contains(storyId);

        StoryDocument failed = store.find(storyId).orElseThrow();
        assertThat(failed.status()).isEqualTo(StoryStatus.FAILED);
        assertThat(failed.error().stage()).isEqualTo(Stage.MERGE);
        assertThat(failed.error().scene()).isZero();
        assertThat(failed.error().provider()).isEqualTo(StoryWatchdog.PROVIDER);
        assertThat(failed.error().reason()).startsWith("No progress for 2 min while waiting for scene 0's merge with nothing working on it");
        assertThat(failed.scenes().getFirst().stage(Stage.MERGE).isFailed()).isTrue();

        retry.retry(failed).orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> kafka.reader("scene.clip.rendered").matching(r -> r.ofStory(storyId)).stream()
                .map(r -> EventJson.read(r.value().getBytes(), SceneClipRendered.class))
                .anyMatch(c -> c.scene() == 0 && c.attempt() == 1));
        progress.onMerged(new SceneMerged(storyId, 0, "scene-0", "captions-0", 3.5, 0.5, "ffmpeg-mux", 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> store.find(storyId).orElseThrow().status() == StoryStatus.RENDERING);
        progress.onRendered(new StoryRendered(storyId, "final.mp4", "final.srt", "final.vtt", 7.0, "ffmpeg", 1));
        assertThat(store.find(storyId).orElseThrow().status()).isEqualTo(StoryStatus.COMPLETED);
    }

    @Test
    void storyWaitingOnAVendorJobBeforeItsDeadlineIsNotFailedAndIsOnceTheDeadlinePassed() {
        String storyId = storyWaitingForItsFirstMerge(1);
        runningVendorJob(storyId, Instant.now().plus(Duration.ofMinutes(45)));

        assertThat(watchdog(Duration.ofMinutes(40)).failStalledStories()).doesNotContain(storyId);
        assertThat(store.find(storyId).orElseThrow().status()).isEqualTo(StoryStatus.GENERATING);

        assertThat(watchdog(Duration.ofMinutes(46)).failStalledStories()).contains(storyId);
        assertThat(store.find(storyId).orElseThrow().error().stage()).isEqualTo(Stage.MERGE);
    }

    @Test
    void storyWhoseWorkerHoldsItsLeaseIsNotFailed() {
        String storyId = storyWaitingForItsFirstMerge(1);
        ledger.claim(new WorkKey(storyId, 0, Stage.MERGE, "watchdog-test"), 0, "watchdog.test.Input", "{}");

        assertThat(watchdog(Duration.ofSeconds(5)).failStalledStories()).doesNotContain(storyId);
        assertThat(store.find(storyId).orElseThrow().status()).isEqualTo(StoryStatus.GENERATING);
    }

    @Test
    void workThatLooksAliveLongerThanTheLimitDoesNotKeepAStoryForEver() {
        String storyId = storyWaitingForItsFirstMerge(1);
        runningVendorJob(storyId, Instant.now().plus(Duration.ofHours(3)));

        assertThat(watchdog(LIVE_WORK_LIMIT.plusMinutes(1)).failStalledStories()).contains(storyId);
        assertThat(store.find(storyId).orElseThrow().error().reason())
                .contains("work for it was still running, longer than any vendor deadline");
    }

    @Test
    void twoWatchdogsFailEachStalledStoryOnce() throws Exception {
        List<String> stories = IntStream.range(0, 10).mapToObj(i -> storyWaitingForItsFirstMerge(1)).toList();
        List<StoryWatchdog> watchdogs = List.of(watchdog(Duration.ofMinutes(2)), watchdog(Duration.ofMinutes(2)));
        CyclicBarrier together = new CyclicBarrier(watchdogs.size());
        ExecutorService pool = Executors.newFixedThreadPool(watchdogs.size());
        List<String> failed = new ArrayList<>();
        try {
            List<Future<List<String>>> rounds = new ArrayList<>();
            for (StoryWatchdog watchdog : watchdogs) {
                rounds.add(pool.submit(() -> {
                    together.await();
                    return watchdog.failStalledStories();
                }));
            }
            for (Future<List<String>> round : rounds) {
                failed.addAll(round.get());
            }
        }
        finally {
            pool.shutdown();
        }

        assertThat(failed.stream().filter(stories::contains)).containsExactlyInAnyOrderElementsOf(stories);
        assertThat(stories).allSatisfy(id -> assertThat(store.find(id).orElseThrow().status()).isEqualTo(StoryStatus.FAILED));
    }

    @Test
    void startedWatchdogFailsStalledStoriesOnItsOwnThread() {
        String storyId = storyWaitingForItsFirstMerge(1);
        StoryWatchdog watchdog = new StoryWatchdog(store, new LiveWork(mongo, ledger), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2)),
                new WatchdogProperties(STALL_AFTER, LIVE_WORK_LIMIT, Duration.ofMillis(100)), storyContext);
        watchdog.start();
        try {
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).contains("story-watchdog");
            await().atMost(Duration.ofSeconds(10)).until(() -> store.find(storyId).orElseThrow().status() == StoryStatus.FAILED);
        }
        finally {
            watchdog.stop();
        }
        assertThat(watchdog.isRunning()).isFalse();
    }

    @Test
    void watchdogJustStartedGivesEveryStoryTheStallTimeFromItsStart() {
        String storyId = storyWaitingForItsFirstMerge(1);
        StoryWatchdog watchdog = new StoryWatchdog(store, new LiveWork(mongo, ledger), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(90)),
                new WatchdogProperties(Duration.ofSeconds(3), LIVE_WORK_LIMIT, Duration.ofHours(1)), storyContext);
        watchdog.start();
        try {
            assertThat(watchdog.failStalledStories()).doesNotContain(storyId);
            await().atMost(Duration.ofSeconds(10)).until(() -> watchdog.failStalledStories().contains(storyId));
        }
        finally {
            watchdog.stop();
        }
    }

    private StoryWatchdog watchdog(Duration clockAhead) {
        return new StoryWatchdog(store, new LiveWork(mongo, ledger), Clock.offset(Clock.systemUTC(), clockAhead),
                new WatchdogProperties(STALL_AFTER, LIVE_WORK_LIMIT, Duration.ofHours(1)), storyContext);
    }

    /** A story whose scenes are all merged but the first: its merge event was lost. */
    private String storyWaitingForItsFirstMerge(int scenes) {
        String storyId = written.story("watchdog-", scenes);
        for (int scene = 0; scene < scenes; scene++) {
            progress.onImageGenerated(new SceneImageGenerated(storyId, scene, "img-" + scene, 1920, 1080, "painter", 0));
            progress.onNarrated(new SceneNarrated(storyId, scene, "audio-" + scene, "captions-" + scene, 2.5, "slt", "local", 0));
            progress.onClipRendered(new SceneClipRendered(storyId, scene, "clip-" + scene, "audio-" + scene, "captions-" + scene,
                    3.5, 0.5, "ffmpeg-kenburns", 0));
            if (scene > 0) {
                progress.onMerged(new SceneMerged(storyId, scene, "scene-" + scene, "captions-" + scene, 3.5, 0.5, "ffmpeg-mux", 0));
            }
        }
        return storyId;
    }

    /** A merge job running at JSON2Video, as the merge service's VendorJobStore records it. */
    private void runningVendorJob(String storyId, Instant deadline) {
        mongo.insert(new Document("_id", storyId + ":0:MERGE:watchdog-test").append("storyId", storyId).append("scene", 0)
                .append("stage", "MERGE").append("vendor", "json2video").append("kind", "json2video-merge")
                .append("status", "RUNNING").append("vendorJobId", "movie-1").append("deadline", Date.from(deadline))
                .append("nextPollAt", Date.from(deadline)).append("createdAt", new Date()), "vendor_jobs");
    }
}
