package com.storyreel.runtime.events;

import com.storyreel.events.EventJson;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;

/** The event publisher, Spring's JSON mapper set up with the event mapping rules, and the dead-letter count. */
@AutoConfiguration
public class EventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(StreamBridge bridge) {
        return new EventPublisher(bridge);
    }

    @Bean
    JsonMapperBuilderCustomizer eventJsonRules() {
        return EventJson::configure;
    }

    @Bean
    DeadLetterMeter deadLetterMeter(MeterRegistry meters, BindingServiceProperties bindings) {
        return new DeadLetterMeter(meters, bindings);
    }
}
