package com.storyreel.audio.narration;

import com.storyreel.runtime.providers.ProviderChoice;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which provider narrates the scenes.
 *
 * @param provider {@code auto} (ElevenLabs when ELEVENLABS_API_KEY is set, else the local engines),
 *        {@code elevenlabs} or {@code local}
 */
@ConfigurationProperties("storyreel.narration")
public record NarrationProperties(@DefaultValue("auto") ProviderChoice provider) {
}
