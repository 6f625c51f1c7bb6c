package com.storyreel.story.openai;

import java.time.Duration;

import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.story.writing.StoryWriter;
import com.storyreel.story.writing.WriterProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenAiConfigurationTests {

    @Test
    void openAiNamedWithoutItsKeyStopsTheServiceNamingTheVariable() {
        var noKey = new OpenAiProperties("", "https://api.openai.com/v1", "gpt-4o-mini", 4000, 2, Duration.ofMinutes(2), null);
        ProviderChoice.Vendor<StoryWriter> openAi = new OpenAiConfiguration().openAiWriter(noKey,
                new WriterProperties(5, new ProviderChoice("openai")), null, null, null, null);

        assertThatThrownBy(() -> new ProviderChoice("openai").choose("storyreel.writer.provider", openAi,
                new ProviderChoice.Local<StoryWriter>("local", () -> null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("storyreel.writer.provider is openai but OPENAI_API_KEY is not set");
    }
}
