package com.storyreel.story.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much narration a story may have ({@code storyreel.limits}).
 *
 * @param maxNarrationCharacters the most characters one scene's narration may have
 * @param maxDuration the longest video a story may make, estimated from its narration
 * @param wordsPerMinute the speaking rate the length is estimated with (see {@link com.storyreel.story.storytelling.SpokenLength})
 */
@ConfigurationProperties("storyreel.limits")
public record LengthLimitProperties(@DefaultValue("1500") int maxNarrationCharacters,
        @DefaultValue("15m") Duration maxDuration, @DefaultValue("150") double wordsPerMinute) {
}
