package com.storyreel.runtime.stories;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The stages' read-only view of the stories the story service knows. */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnBean(MongoTemplate.class)
public class StoriesAutoConfiguration {

    @Bean
    KnownStories knownStories(MongoTemplate mongo) {
        return new KnownStories(mongo);
    }
}
