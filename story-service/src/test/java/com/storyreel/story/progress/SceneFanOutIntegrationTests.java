package com.storyreel.story.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.StoryWritten;
import com.storyreel.events.Topics;
import com.storyreel.localstack.TopicProbe;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.story.StoryServiceTest;
import com.storyreel.story.WrittenStories;
import com.storyreel.story.state.StageState;
import com.storyreel.story.state.StoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** A written story reaches the image and narration stages as one record per scene, keyed by story and scene. */
@StoryServiceTest
class SceneFanOutIntegrationTests {

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading(Topics.SCENE_WRITTEN);

    @Autowired
    StoryStore store;

    @Autowired
    WrittenStories written;

    @Autowired
    StoryRetry retry;

    @Test
    void aWrittenStoryIsSentAsOneRecordPerSceneKeyedByStoryAndSceneAndSpreadOverPartitions() {
        String storyId = written.story("fan-out-", 6);

        kafka.probe().send(Topics.STORY_WRITTEN, storyId, EventJson.write(written(storyId)));

        await().atMost(Duration.ofSeconds(30)).until(() -> sent(storyId).size() == 6);
        List<TopicProbe.Received> records = kafka.reader(Topics.SCENE_WRITTEN).matching(r -> r.ofStory(storyId));
        assertThat(records).extracting(TopicProbe.Received::key)
                .containsExactlyInAnyOrder(IntStream.range(0, 6).mapToObj(i -> storyId + "/" + i).toArray(String[]::new));
        assertThat(records.stream().map(TopicProbe.Received::partition).distinct()).hasSizeGreaterThan(1);
        assertThat(sent(storyId)).extracting(SceneWritten::scene, SceneWritten::narration, SceneWritten::imagePrompt,
                        SceneWritten::aspectRatio, SceneWritten::attempt)
                .contains(tuple(4, "Scene 4.", "a meadow, scene 4", "16:9", 0));
    }

    @Test
    void aStoryWrittenAgainSendsOnlyTheScenesStillWaitingForAPictureOrANarration() {
        String storyId = written.story("fan-out-", 3);
        store.recordStage(storyId, 0, Stage.IMAGE, done("image-0"), 0);
        store.recordStage(storyId, 0, Stage.NARRATION, done("audio-0"), 0);
        store.recordStage(storyId, 1, Stage.IMAGE, done("image-1"), 0);

        kafka.probe().send(Topics.STORY_WRITTEN, storyId, EventJson.write(written(storyId)));

        await().atMost(Duration.ofSeconds(30)).until(() -> sent(storyId).size() == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> sent(storyId).size() == 2);
        assertThat(sent(storyId)).extracting(SceneWritten::scene).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void aFailedStorysRetrySendsItsOpenScenesUnderTheNewAttemptAndALateStoryWrittenSendsNothingWhileItIsFailed() {
        String storyId = written.story("fan-out-", 2);
        store.recordStage(storyId, 0, Stage.IMAGE, done("image-0"), 0);
        store.recordStage(storyId, 0, Stage.NARRATION, narrated("audio-0"), 0);
        store.recordFailure(new StageFailed(storyId, Stage.NARRATION, 1, "local-speech", "flite crashed", 0));

        kafka.probe().send(Topics.STORY_WRITTEN, storyId, EventJson.write(written(storyId)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> sent(storyId).isEmpty());

        retry.retry(store.find(storyId).orElseThrow()).orElseThrow();

        await().atMost(Duration.ofSeconds(30)).until(() -> sent(storyId).size() == 1);
        assertThat(sent(storyId)).extracting(SceneWritten::scene, SceneWritten::attempt).containsExactly(tuple(1, 1));
    }

    private StoryWritten written(String storyId) {
        return StoryEvents.written(store.find(storyId).orElseThrow());
    }

    private static List<SceneWritten> sent(String storyId) {
        return kafka.reader(Topics.SCENE_WRITTEN).matching(r -> r.ofStory(storyId)).stream()
                .map(r -> EventJson.read(r.value().getBytes(), SceneWritten.class)).toList();
    }

    private static StageState narrated(String key) {
        return StageState.narrated("test", key, "captions", 2.5, Instant.now(), null);
    }

    private static StageState done(String key) {
        return StageState.done("test", key, Instant.now(), null);
    }
}
