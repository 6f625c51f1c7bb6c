package com.storyreel.runtime.tracing;

import com.storyreel.runtime.stories.KnownStories;
import com.storyreel.runtime.stories.StoriesAutoConfiguration;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The story's context (logging MDC and trace) for every service; without tracing, only the MDC. */
@AutoConfiguration(after = StoriesAutoConfiguration.class)
@ConditionalOnBean(KnownStories.class)
public class StoryContextAutoConfiguration {

    @Bean
    StoryContext storyContext(Environment environment, KnownStories stories, ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator) {
        return new StoryContext(environment.getProperty("spring.application.name", "storyreel"), stories,
                tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }
}
