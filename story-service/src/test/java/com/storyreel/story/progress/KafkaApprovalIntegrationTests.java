package com.storyreel.story.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.storyreel.events.EventJson;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.StoryApprovalGiven;
import com.storyreel.events.StoryApproved;
import com.storyreel.events.Topics;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.story.StoryServiceTest;
import com.storyreel.story.WrittenStories;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A Kafka client approves a held story by publishing StoryApprovalGiven, as the REST approve does. */
@StoryServiceTest
class KafkaApprovalIntegrationTests {

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading(Topics.SCENE_WRITTEN, Topics.STORY_APPROVED);

    @Autowired
    StoryStore store;

    @Autowired
    WrittenStories written;

    @Test
    void anApprovalOfTheStoryboardOverKafkaSendsTheScenesAndAnnouncesStoryApproved() {
        String storyId = written.heldForStoryboard("kafka-approval-", 3);

        give(storyId, "storyboard");

        await().atMost(Duration.ofSeconds(30)).until(() -> scenesSent(storyId).size() == 3);
        assertThat(store.find(storyId).orElseThrow().status()).isEqualTo(StoryStatus.GENERATING);
        await().atMost(Duration.ofSeconds(30)).until(() -> !approvals(storyId).isEmpty());
        assertThat(approvals(storyId)).singleElement().extracting(StoryApproved::review).isEqualTo("storyboard");
    }

    @Test
    void anApprovalOfAReviewTheStoryDoesNotWaitAtChangesNothingAndARepeatSendsNothingTwice() {
        String storyId = written.heldForStoryboard("kafka-approval-", 2);

        give(storyId, "pictures");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> store.find(storyId).orElseThrow().status() == StoryStatus.AWAITING_APPROVAL);
        assertThat(scenesSent(storyId)).isEmpty();

        give(storyId, "storyboard");
        give(storyId, "storyboard");

        await().atMost(Duration.ofSeconds(30)).until(() -> scenesSent(storyId).size() == 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> scenesSent(storyId).size() == 2);
        assertThat(approvals(storyId)).singleElement().extracting(StoryApproved::review).isEqualTo("storyboard");
        assertThat(store.find(storyId).orElseThrow().awaiting()).isNull();
    }

    private static void give(String storyId, String review) {
        kafka.probe().send(Topics.STORY_APPROVAL_GIVEN, storyId,
                EventJson.write(new StoryApprovalGiven(storyId, review, Instant.now())));
    }

    private static List<SceneWritten> scenesSent(String storyId) {
        return kafka.reader(Topics.SCENE_WRITTEN).matching(r -> r.ofStory(storyId)).stream()
                .map(r -> EventJson.read(r.value().getBytes(), SceneWritten.class)).toList();
    }

    private static List<StoryApproved> approvals(String storyId) {
        return kafka.reader(Topics.STORY_APPROVED).matching(r -> r.ofStory(storyId)).stream()
                .map(r -> EventJson.read(r.value().getBytes(), StoryApproved.class)).toList();
    }
}
