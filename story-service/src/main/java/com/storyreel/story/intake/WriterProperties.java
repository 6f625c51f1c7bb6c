package com.storyreel.story.intake;

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
public record WriterProperties(@DefaultValue("5") int defaultScenes, @DefaultValue("auto") Provider provider) {

    public enum Provider {
        AUTO, OPENAI, LOCAL
    }

    /**
     * Whether stories go to OpenAI: named, or chosen automatically because a key is set.
     *
     * @throws IllegalStateException if OpenAI is named but has no key, so the service does not start half-configured
     */
    public boolean usesOpenAi(boolean openAiKeySet) {
        return switch (provider) {
            case LOCAL -> false;
            case AUTO -> openAiKeySet;
            case OPENAI -> {
                if (!openAiKeySet) {
                    throw new IllegalStateException(
                            "storyreel.writer.provider is openai but no OpenAI API key is set (OPENAI_API_KEY)");
                }
                yield true;
            }
        };
    }
}
