package com.storyreel.story.progress;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The nudging of stories that have gone quiet ({@code storyreel.recovery}); how often it looks,
 * {@code storyreel.recovery.interval}, is read by its schedule.
 *
 * @param quietFor how long a story must have been quiet before it is nudged
 */
@ConfigurationProperties("storyreel.recovery")
public record RecoveryProperties(@DefaultValue("20s") Duration quietFor) {
}
