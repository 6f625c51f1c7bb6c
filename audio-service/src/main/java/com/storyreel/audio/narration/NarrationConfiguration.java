package com.storyreel.audio.narration;

import java.util.function.Consumer;

import com.storyreel.audio.speech.LocalSpeechEngine;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.Stage;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.runtime.stories.KnownStories;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.work.StageExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/** The narration stage: written scenes in, one narration each out. */
@Configuration(proxyBeanMethods = false)
class NarrationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NarrationConfiguration.class);

    /** ElevenLabs when chosen, or with {@code auto} when its key is set; the local engines otherwise. */
    @Bean
    NarrationProvider narrationProvider(NarrationProperties narration,
            ProviderChoice.Vendor<NarrationProvider> elevenLabs, SpeechProperties speech) {
        NarrationProvider provider = narration.provider().choose("storyreel.narration.provider", elevenLabs,
                new ProviderChoice.Local<>("local", () -> local(speech)));
        log.info("Narration provider: {} (storyreel.narration.provider={})", provider.name(), narration.provider());
        return provider;
    }

    private static NarrationProvider local(SpeechProperties speech) {
        return new LocalNarrationProvider(new LocalSpeechEngine(speech.flite(), speech.espeak(),
                speech.defaultVoice().isBlank() ? null : speech.defaultVoice()));
    }

    @Bean
    SceneNarrationWorker sceneNarrationWorker(NarrationProvider provider, StageExecutor executor, AssetStore assets,
            JsonMapper json) {
        executor.expect(Stage.NARRATION, provider.name());
        return new SceneNarrationWorker(provider, executor, assets, json);
    }

    @Bean
    Consumer<Message<SceneWritten>> narrateScenes(SceneNarrationWorker worker, KnownStories stories, StoryContext storyContext) {
        return storyContext.around(stories.checked(worker::handle));
    }
}
