package com.storyreel.story.progress;

import java.time.Clock;
import java.util.function.Consumer;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneMerged;
import com.storyreel.events.SceneNarrated;
import com.storyreel.events.StageFailed;
import com.storyreel.events.StoryApprovalGiven;
import com.storyreel.events.StoryRendered;
import com.storyreel.events.StoryWritten;
import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.story.state.StoryStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The aggregator's consumers: every stage's completions and failures, recorded on the story, and the
 * written story fanned out to its scenes.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ProgressConfiguration {

    @Bean
    StoryStore storyStore(MongoTemplate mongo, Clock clock) {
        return new StoryStore(mongo, clock);
    }

    @Bean
    StoryGates storyGates(StoryStore store, EventPublisher publisher, Clock clock, GateProperties gates) {
        return new StoryGates(store, publisher, clock, gates.staleAfter());
    }

    @Bean
    StoryProgress storyProgress(StoryStore store, StoryGates gates, StoryRetry retry, Clock clock, StoryMeters meters) {
        return new StoryProgress(store, gates, retry, clock, meters);
    }

    @Bean
    StoryMeters storyMeters(MeterRegistry meters, StoryStore store, Clock clock) {
        return new StoryMeters(meters, store, clock);
    }

    @Bean
    StoryRetry storyRetry(StoryStore store, StoryGates gates, EventPublisher publisher) {
        return new StoryRetry(store, gates, publisher);
    }

    @Bean
    StoryRecovery storyRecovery(StoryStore store, StoryGates gates, EventPublisher publisher, Clock clock,
            RecoveryProperties recovery, StoryContext storyContext) {
        return new StoryRecovery(store, gates, publisher, clock, recovery.quietFor(), storyContext);
    }

    @Bean
    SceneFanOut sceneFanOut(StoryStore store, EventPublisher publisher) {
        return new SceneFanOut(store, publisher);
    }

    @Bean
    StoryApprovals storyApprovals(StoryStore store, SceneFanOut fanOut, StoryGates gates, EventPublisher publisher) {
        return new StoryApprovals(store, fanOut, gates, publisher);
    }

    @Bean
    SceneEdits sceneEdits(StoryStore store, StoryRetry retry, EventPublisher publisher) {
        return new SceneEdits(store, retry, publisher);
    }

    @Bean
    Consumer<Message<StoryWritten>> fanOutScenes(SceneFanOut fanOut, StoryContext storyContext) {
        return storyContext.around(fanOut::onWritten);
    }

    @Bean
    Consumer<Message<SceneImageGenerated>> recordImage(StoryProgress progress, StoryContext storyContext) {
        return storyContext.around(progress::onImageGenerated);
    }

    @Bean
    Consumer<Message<SceneNarrated>> recordNarration(StoryProgress progress, StoryContext storyContext) {
        return storyContext.around(progress::onNarrated);
    }

    @Bean
    Consumer<Message<SceneClipRendered>> recordClip(StoryProgress progress, StoryContext storyContext) {
        return storyContext.around(progress::onClipRendered);
    }

    @Bean
    Consumer<Message<SceneMerged>> recordMerge(StoryProgress progress, StoryContext storyContext) {
        return storyContext.around(progress::onMerged);
    }

    @Bean
    Consumer<Message<StoryRendered>> recordRender(StoryProgress progress, StoryContext storyContext) {
        return storyContext.around(progress::onRendered);
    }

    @Bean
    Consumer<Message<StageFailed>> recordFailure(StoryProgress progress, StoryContext storyContext) {
        return storyContext.around(progress::onFailed);
    }

    @Bean
    Consumer<Message<StoryApprovalGiven>> approveStory(StoryApprovals approvals, StoryContext storyContext) {
        return storyContext.around(approvals::onApprovalGiven);
    }
}
