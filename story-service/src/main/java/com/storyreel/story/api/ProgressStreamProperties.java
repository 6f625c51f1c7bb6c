package com.storyreel.story.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the server-sent progress streams.
 *
 * @param pollInterval how often stories with subscribers are read for changes
 * @param maxPerStory subscribers one story may have at once
 * @param maxPerKey subscribers one API key (or, without keys, the one local user) may have at once
 * @param sendQueue views waiting to be sent; past it a subscriber is ended (it reconnects to the current view)
 * @param retryAfter the Retry-After given to a subscriber refused at a cap
 */
@ConfigurationProperties("storyreel.progress-stream")
public record ProgressStreamProperties(Duration pollInterval, int maxPerStory, int maxPerKey, int sendQueue,
        Duration retryAfter) {
}
