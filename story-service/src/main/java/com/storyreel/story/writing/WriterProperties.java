package com.storyreel.story.writing;

import com.storyreel.runtime.providers.ProviderChoice;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How stories are written.
 *
 * @param defaultScenes scenes written for a prompt that names no count
 * @param provider who writes: {@code auto} (OpenAI when its API key is set, else the local writers),
 *        {@code openai} or {@code local}
 */
@ConfigurationProperties("storyreel.writer")
public record WriterProperties(@DefaultValue("5") int defaultScenes, @DefaultValue("auto") ProviderChoice provider) {
}
