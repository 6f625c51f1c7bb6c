package com.storyreel.audio.narration;

import java.util.function.Consumer;

import com.storyreel.audio.speech.LocalSpeechEngine;
import com.storyreel.events.StoryWritten;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.StoryMdc;
import com.storyreel.runtime.work.StageExecutor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The narration stage: written stories in, one narration per scene out. */
@Configuration(proxyBeanMethods = false)
class NarrationConfiguration {

    @Bean
    @ConditionalOnMissingBean
    NarrationProvider narrationProvider(SpeechProperties props) {
        return new LocalNarrationProvider(new LocalSpeechEngine(props.flite(), props.espeak(),
                props.defaultVoice().isBlank() ? null : props.defaultVoice()));
    }

    @Bean
    SceneNarrationWorker sceneNarrationWorker(NarrationProvider provider, StageExecutor executor, AssetStore assets,
            JsonMapper json) {
        return new SceneNarrationWorker(provider, executor, assets, json);
    }

    @Bean
    Consumer<StoryWritten> narrateScenes(SceneNarrationWorker worker) {
        return StoryMdc.around(worker::handle);
    }
}
