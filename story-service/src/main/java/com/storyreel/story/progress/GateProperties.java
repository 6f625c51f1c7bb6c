package com.storyreel.story.progress;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The fan-in gates ({@code storyreel.gates}).
 *
 * @param staleAfter how long a claimed gate may stay unpublished before it is taken over and sent again
 */
@ConfigurationProperties("storyreel.gates")
public record GateProperties(@DefaultValue("30s") Duration staleAfter) {
}
