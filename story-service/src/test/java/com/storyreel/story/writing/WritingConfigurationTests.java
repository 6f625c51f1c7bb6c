package com.storyreel.story.writing;

import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.runtime.providers.ProviderChoice.Vendor;
import com.storyreel.story.state.StoryRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WritingConfigurationTests {

    private static final StoryWriter OPEN_AI = new StoryWriter() {

        @Override
        public String provider(StoryRequest request) {
            return "openai";
        }

        @Override
        public WrittenStory write(StoryRequest request) {
            throw new UnsupportedOperationException("not called by these tests");
        }
    };

    private static StoryWriter writer(String provider, boolean openAiKeySet) {
        Vendor<StoryWriter> openAi = new Vendor<>("openai", "OPENAI_API_KEY", openAiKeySet, () -> OPEN_AI);
        return new WritingConfiguration().storyWriter(new WriterProperties(5, new ProviderChoice(provider)), openAi);
    }

    @Test
    void autoWritesWithOpenAiExactlyWhenItsKeyIsSet() {
        assertThat(writer("auto", true)).isSameAs(OPEN_AI);
        assertThat(writer("auto", false)).isInstanceOf(LocalStoryWriter.class);
    }

    @Test
    void localWritesLocallyEvenWithAKey() {
        assertThat(writer("local", true)).isInstanceOf(LocalStoryWriter.class);
    }
}
