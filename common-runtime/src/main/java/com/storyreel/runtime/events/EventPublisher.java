package com.storyreel.runtime.events;

import java.nio.charset.StandardCharsets;

import com.storyreel.events.StoryEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Sends events to named output bindings, keyed by {@link StoryEvent#key()}: a story-wide event by its
 * storyId, a scene's by story and scene, so a story's scenes spread over partitions and replicas.
 * Bindings are declared in each service's application.yml and send synchronously, so a send that
 * returns has reached the broker and the record being handled can be acknowledged.
 */
public class EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final StreamBridge bridge;

    public EventPublisher(StreamBridge bridge) {
        this.bridge = bridge;
    }

    public void publish(String binding, StoryEvent event) {
        var message = MessageBuilder.withPayload(event)
                .setHeader(KafkaHeaders.KEY, event.key().getBytes(StandardCharsets.UTF_8))
                .build();
        if (!bridge.send(binding, message)) {
            throw new IllegalStateException("Could not send " + event.getClass().getSimpleName() + " to " + binding);
        }
        log.debug("Published {} to {}", event.getClass().getSimpleName(), binding);
    }
}
