package com.storyreel.story.intake;

import java.time.Clock;
import java.util.function.Consumer;

import com.storyreel.events.StoryRequested;
import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.events.StoryMdc;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.story.state.StoryStore;
import com.storyreel.story.writing.OfflineStoryWriter;
import com.storyreel.story.writing.ScriptSplitter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The writer's consumer of {@code story.requested}. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    StoryIntake storyIntake(StoryStore store, StageExecutor executor, EventPublisher publisher, WriterProperties props,
            Clock clock) {
        return new StoryIntake(store, executor, publisher, new ScriptSplitter(), new OfflineStoryWriter(), props, clock);
    }

    @Bean
    Consumer<StoryRequested> writeStory(StoryIntake intake) {
        return StoryMdc.around(intake::handle);
    }
}
