package com.storyreel.story.watchdog;

import java.time.Clock;

import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.work.WorkLedger;
import com.storyreel.story.state.StoryStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The watchdog that fails stories making no progress. */
@Configuration(proxyBeanMethods = false)
class WatchdogConfiguration {

    @Bean
    StoryWatchdog storyWatchdog(StoryStore store, MongoTemplate mongo, WorkLedger ledger, Clock clock, WatchdogProperties props,
            StoryContext storyContext) {
        return new StoryWatchdog(store, new LiveWork(mongo, ledger), clock, props, storyContext);
    }
}
