package com.storyreel.audio.narration;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

import com.storyreel.audio.elevenlabs.ElevenLabsClient;
import com.storyreel.audio.elevenlabs.ElevenLabsNarrationProvider;
import com.storyreel.audio.elevenlabs.ElevenLabsProperties;
import com.storyreel.audio.speech.LocalSpeechEngine;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.Stage;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.stories.KnownStories;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;
import com.storyreel.runtime.vendor.VendorPermits;
import com.storyreel.runtime.work.StageExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The narration stage: written scenes in, one narration each out. */
@Configuration(proxyBeanMethods = false)
class NarrationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NarrationConfiguration.class);

    /** ElevenLabs when chosen, or with {@code auto} when its key is set; the local engines otherwise. */
    @Bean
    NarrationProvider narrationProvider(NarrationProperties narration, SpeechProperties speech,
            ElevenLabsProperties elevenLabs, VendorHttp http, VendorGuards guards, MongoTemplate mongo, JsonMapper json) {
        NarrationProvider provider = switch (narration.provider()) {
            case AUTO -> elevenLabs.hasApiKey() ? elevenLabs(elevenLabs, http, guards, mongo, json) : local(speech);
            case ELEVENLABS -> {
                if (!elevenLabs.hasApiKey()) {
                    throw new IllegalStateException(
                            "storyreel.narration.provider is elevenlabs, but ELEVENLABS_API_KEY is not set");
                }
                yield elevenLabs(elevenLabs, http, guards, mongo, json);
            }
            case LOCAL -> local(speech);
        };
        log.info("Narration provider: {} (storyreel.narration.provider={}{})", provider.name(),
                narration.provider().name().toLowerCase(Locale.ROOT),
                provider instanceof ElevenLabsNarrationProvider ? "; model " + elevenLabs.modelId() + ", default voice "
                        + elevenLabs.voiceId() + ", " + elevenLabs.outputFormat() : "");
        return provider;
    }

    private static NarrationProvider elevenLabs(ElevenLabsProperties props, VendorHttp http, VendorGuards guards,
            MongoTemplate mongo, JsonMapper json) {
        // A permit outlives the longest request, so one a dead replica held frees itself; a wait of minutes means
        // ElevenLabs is slow for everyone, and the retry and the unit's deadline take it from there.
        VendorPermits.Pool permits = new VendorPermits(mongo).pool(ElevenLabsClient.VENDOR, props.concurrency(),
                props.timeout().plusSeconds(30), Duration.ofMinutes(5));
        return new ElevenLabsNarrationProvider(new ElevenLabsClient(props, http, guards, permits, json, Clock.systemUTC()),
                props, Ffmpeg.onPath());
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
    Consumer<SceneWritten> narrateScenes(SceneNarrationWorker worker, KnownStories stories, StoryContext storyContext) {
        return storyContext.around(stories.checked(worker::handle));
    }
}
