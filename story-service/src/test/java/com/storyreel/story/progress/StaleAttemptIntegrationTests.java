package com.storyreel.story.progress;

import java.time.Duration;

import com.storyreel.events.AllScenesMerged;
import com.storyreel.events.EventJson;
import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneMerged;
import com.storyreel.events.SceneNarrated;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.StoryRendered;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.story.StoryServiceTest;
import com.storyreel.story.WrittenStories;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Work from an attempt before a retry that ends after the retry began: its completions count, and its
 * failures are never dropped while the stage they belong to is still open. Completions and failures are
 * published through Kafka with the attempts a real run would give them.
 */
@StoryServiceTest
class StaleAttemptIntegrationTests {

    private static final String TOO_MANY = "Too many requests (HTTP 429)";

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading("scene.clip.rendered", "story.scenes.merged");

    @Autowired
    StoryProgress progress;

    @Autowired
    StoryStore store;

    @Autowired
    WrittenStories written;

    @Autowired
    StoryRetry retry;

    @Test
    void mergeOfAClipStillRenderingWhenTheStoryWasRetriedFailsStaleAndIsStartedAgainUnderTheRetrysAttempt() {
        String storyId = storyWithInputsReady(2);
        // Attempt 0: scene 1's clip fails while scene 0's clip is still rendering at the vendor.
        progress.onFailed(new StageFailed(storyId, Stage.CLIP, 1, "json2video", TOO_MANY, 0));
        StoryDocument retried = retry.retry(store.find(storyId).orElseThrow()).orElseThrow();
        assertThat(retried.attempt()).isEqualTo(1);

        // Scene 0's clip of attempt 0 finishes; its merge, submitted as attempt 0, meets a 429.
        kafka.probe().send("scene.clip.rendered", storyId, EventJson.write(clip(storyId, 0, 0)));
        await().atMost(Duration.ofSeconds(20)).until(() -> store.find(storyId).orElseThrow().scenes().get(0).isDone(Stage.CLIP));
        kafka.probe().send("stage.failed", storyId, EventJson.write(new StageFailed(storyId, Stage.MERGE, 0, "json2video", TOO_MANY, 0)));

        await().atMost(Duration.ofSeconds(20)).until(() -> kafka.reader("scene.clip.rendered").matching(r -> r.ofStory(storyId)).stream()
                .map(r -> EventJson.read(r.value().getBytes(), SceneClipRendered.class))
                .anyMatch(c -> c.scene() == 0 && c.attempt() == 1));
        assertThat(store.find(storyId).orElseThrow().status()).isEqualTo(StoryStatus.GENERATING);

        progress.onClipRendered(clip(storyId, 1, 1));
        progress.onMerged(merge(storyId, 0, 1));
        progress.onMerged(merge(storyId, 1, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> kafka.reader("story.scenes.merged").matching(r -> r.ofStory(storyId)).size() == 1);
        assertThat(EventJson.read(kafka.reader("story.scenes.merged").matching(r -> r.ofStory(storyId)).getFirst().value().getBytes(),
                AllScenesMerged.class).attempt()).isEqualTo(1);
        progress.onRendered(new StoryRendered(storyId, "final.mp4", "final.srt", "final.vtt", 7.5, "json2video", 1));
        assertThat(store.find(storyId).orElseThrow().status()).isEqualTo(StoryStatus.COMPLETED);
    }

    @Test
    void staleFailureWhoseUnitCannotStartAgainYetFailsTheStoryNamingItAndARetryStartsIt() {
        String storyId = storyWithInputsReady(2);
        progress.onFailed(new StageFailed(storyId, Stage.CLIP, 1, "json2video", "render error", 0));
        retry.retry(store.find(storyId).orElseThrow()).orElseThrow();

        // Scene 0's merge failure overtakes its clip's completion: the story does not hold the clip yet.
        progress.onFailed(new StageFailed(storyId, Stage.MERGE, 0, "json2video", TOO_MANY, 0));

        StoryDocument failed = store.find(storyId).orElseThrow();
        assertThat(failed.status()).isEqualTo(StoryStatus.FAILED);
        assertThat(failed.error().stage()).isEqualTo(Stage.MERGE);
        assertThat(failed.error().scene()).isZero();
        assertThat(failed.error().provider()).isEqualTo("json2video");
        assertThat(failed.error().reason()).isEqualTo(TOO_MANY);

        progress.onClipRendered(clip(storyId, 0, 0));
        progress.onClipRendered(clip(storyId, 1, 1));
        StoryDocument resumed = retry.retry(store.find(storyId).orElseThrow()).orElseThrow();
        assertThat(resumed.attempt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> kafka.reader("scene.clip.rendered").matching(r -> r.ofStory(storyId)).stream()
                .map(r -> EventJson.read(r.value().getBytes(), SceneClipRendered.class))
                .anyMatch(c -> c.scene() == 0 && c.attempt() == 2));
        progress.onMerged(merge(storyId, 0, 2));
        progress.onMerged(merge(storyId, 1, 2));
        await().atMost(Duration.ofSeconds(20)).until(() -> kafka.reader("story.scenes.merged").matching(r -> r.ofStory(storyId)).size() == 1);
        progress.onRendered(new StoryRendered(storyId, "final.mp4", "final.srt", "final.vtt", 7.0, "json2video", 2));
        assertThat(store.find(storyId).orElseThrow().status()).isEqualTo(StoryStatus.COMPLETED);
    }

    @Test
    void staleFailureOnAFailedStoryMarksItsOpenStageAndTheRetryStartsThatStageAgain() {
        String storyId = storyWithInputsReady(2);
        progress.onClipRendered(clip(storyId, 0, 0));
        progress.onClipRendered(clip(storyId, 1, 0));
        progress.onFailed(new StageFailed(storyId, Stage.MERGE, 1, "json2video", "render error", 0));
        retry.retry(store.find(storyId).orElseThrow()).orElseThrow();
        progress.onFailed(new StageFailed(storyId, Stage.MERGE, 1, "json2video", "render error again", 1));

        // Scene 0's merge of attempt 0 was still running; it fails only now.
        progress.onFailed(new StageFailed(storyId, Stage.MERGE, 0, "json2video", TOO_MANY, 0));

        StoryDocument failed = store.find(storyId).orElseThrow();
        assertThat(failed.error().reason()).isEqualTo("render error again");
        assertThat(failed.scenes().get(0).stage(Stage.MERGE).isFailed()).isTrue();
        assertThat(failed.scenes().get(0).stage(Stage.MERGE).reason()).isEqualTo(TOO_MANY);
        retry.retry(failed).orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> kafka.reader("scene.clip.rendered").matching(r -> r.ofStory(storyId)).stream()
                .map(r -> EventJson.read(r.value().getBytes(), SceneClipRendered.class))
                .filter(c -> c.attempt() == 2).map(SceneClipRendered::scene).distinct().count() == 2);
    }

    @Test
    void staleFailureOfAStageAlreadyDoneChangesNothing() {
        String storyId = storyWithInputsReady(1);
        progress.onClipRendered(clip(storyId, 0, 0));
        progress.onFailed(new StageFailed(storyId, Stage.MERGE, 0, "json2video", "render error", 0));
        retry.retry(store.find(storyId).orElseThrow()).orElseThrow();
        progress.onMerged(merge(storyId, 0, 1));
        StoryDocument before = store.find(storyId).orElseThrow();
        assertThat(before.status()).isEqualTo(StoryStatus.RENDERING);

        progress.onFailed(new StageFailed(storyId, Stage.MERGE, 0, "json2video", "a late duplicate", 0));

        StoryDocument after = store.find(storyId).orElseThrow();
        assertThat(after.status()).isEqualTo(StoryStatus.RENDERING);
        assertThat(after.scenes().getFirst().isDone(Stage.MERGE)).isTrue();
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
    }

    private String storyWithInputsReady(int scenes) {
        String storyId = written.story("stale-", scenes);
        for (int scene = 0; scene < scenes; scene++) {
            progress.onImageGenerated(new SceneImageGenerated(storyId, scene, "img-" + scene, 1920, 1080, "leonardo", 0));
            progress.onNarrated(new SceneNarrated(storyId, scene, "audio-" + scene, "captions-" + scene, 2.5, "slt", "local", 0));
        }
        return storyId;
    }

    private static SceneClipRendered clip(String storyId, int scene, int attempt) {
        return new SceneClipRendered(storyId, scene, "clip-" + scene, "audio-" + scene, "captions-" + scene, 3.5, 0.5,
                "json2video", attempt);
    }

    private static SceneMerged merge(String storyId, int scene, int attempt) {
        return new SceneMerged(storyId, scene, "scene-" + scene, "captions-" + scene, 3.5, 0.5, "json2video", attempt);
    }
}
