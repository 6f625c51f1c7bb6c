package com.storyreel.story.api;

import java.time.Clock;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.story.state.BatchStore;
import com.storyreel.story.state.StoryStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's supporting beans: the body limit, the progress stream and the batches. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(ApiProperties api, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimit(api.maxBody().toBytes(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    StoryProgressStream storyProgressStream(StoryStore store, AssetStore assets, ProgressStreamProperties properties) {
        return new StoryProgressStream(store, assets, properties);
    }

    @Bean
    BatchStore batchStore(MongoTemplate mongo, Clock clock) {
        return new BatchStore(mongo, clock);
    }
}
