package com.storyreel.story.writing;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.storyreel.events.Stage;
import com.storyreel.events.StoryRequested;
import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.story.budget.BudgetProperties;
import com.storyreel.story.budget.CostEstimator;
import com.storyreel.story.budget.StageProviders;
import com.storyreel.story.intake.LengthLimitProperties;
import com.storyreel.story.intake.StoryLengthRules;
import com.storyreel.story.progress.StoryMeters;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.state.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The writer's consumer of {@code story.requested}, and the choice of who writes. */
@Configuration(proxyBeanMethods = false)
class WritingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WritingConfiguration.class);

    @Bean
    StoryWriter storyWriter(WriterProperties writer, ProviderChoice.Vendor<StoryWriter> openAi) {
        return writer.provider().choose("storyreel.writer.provider", openAi, new ProviderChoice.Local<>("local", () -> {
            log.info("Stories are written locally: the {} for scripts, the {} for prompts",
                    LocalStoryWriter.SCRIPT_SPLITTER, LocalStoryWriter.OFFLINE_WRITER);
            return new LocalStoryWriter(writer.defaultScenes());
        }));
    }

    @Bean
    StoryLengthRules storyLengthRules(LengthLimitProperties limits) {
        return new StoryLengthRules(limits);
    }

    @Bean
    CostEstimator costEstimator(StageProviders stages, BudgetProperties budget, StoryLengthRules lengthRules) {
        log.info("Cost estimates count {}", stages);
        return new CostEstimator(stages, budget, lengthRules.spokenLength());
    }

    @Bean
    StoryIntake storyIntake(StoryStore store, StageExecutor executor, EventPublisher publisher, StoryWriter writer,
            Clock clock, StoryLengthRules lengthRules, CostEstimator estimator, BudgetProperties budget, StoryMeters meters,
            StoryContext storyContext) {
        // The writer's provider depends on whether a story brings its script: the meters of both, before the first.
        Stream.of(new StoryRequest("a prompt", null, null, null, null, null, null), new StoryRequest(null, "A script.", null, null, null, null, null))
                .map(writer::provider).distinct().forEach(provider -> executor.expect(Stage.STORY, provider));
        return new StoryIntake(store, executor, publisher, writer, clock, lengthRules, estimator, budget, meters, storyContext);
    }

    @Bean
    Consumer<Message<StoryRequested>> writeStory(StoryIntake intake, StoryContext storyContext) {
        return storyContext.around(intake::handle);
    }
}
