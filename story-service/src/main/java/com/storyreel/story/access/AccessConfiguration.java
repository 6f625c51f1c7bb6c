package com.storyreel.story.access;

import java.time.Clock;

import com.storyreel.story.state.StoryStore;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** API keys, the gateway's address, the access filter and the quotas. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    ApiKeys apiKeys(AccessProperties properties) {
        return new ApiKeys(properties.keys());
    }

    @Bean
    GatewayAddress gatewayAddress(ApiKeys keys, ServerProperties server) {
        return new GatewayAddress(keys, server.getAddress());
    }

    @Bean
    FilterRegistrationBean<ApiAccessFilter> apiAccessFilter(ApiKeys keys, AccessProperties properties, Clock clock,
            JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new ApiAccessFilter(keys,
                new RequestRate(properties.requestsPerMinute(), clock), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    StoryQuotas storyQuotas(StoryStore store, AccessProperties properties) {
        return new StoryQuotas(store, properties);
    }
}
