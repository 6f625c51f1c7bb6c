package com.storyreel.audio.elevenlabs;

import java.time.Clock;
import java.time.Duration;

import com.storyreel.audio.narration.NarrationProvider;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;
import com.storyreel.runtime.vendor.VendorPermits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** ElevenLabs as the narration stage's paid vendor; its client and permits are made only when it is chosen. */
@Configuration(proxyBeanMethods = false)
class ElevenLabsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ElevenLabsConfiguration.class);

    @Bean
    ProviderChoice.Vendor<NarrationProvider> elevenLabsNarration(ElevenLabsProperties props, VendorHttp http,
            VendorGuards guards, MongoTemplate mongo, JsonMapper json) {
        return new ProviderChoice.Vendor<>(ElevenLabsClient.VENDOR, "ELEVENLABS_API_KEY", props.hasApiKey(),
                () -> provider(props, http, guards, mongo, json));
    }

    private static NarrationProvider provider(ElevenLabsProperties props, VendorHttp http, VendorGuards guards,
            MongoTemplate mongo, JsonMapper json) {
        // A permit outlives the longest request, so one a dead replica held frees itself; a wait of minutes means
        // ElevenLabs is slow for everyone, and the retry and the unit's deadline take it from there.
        VendorPermits.Pool permits = new VendorPermits(mongo).pool(ElevenLabsClient.VENDOR, props.concurrency(),
                props.timeout().plusSeconds(30), Duration.ofMinutes(5));
        NarrationProvider provider = new ElevenLabsNarrationProvider(
                new ElevenLabsClient(props, http, guards, permits, json, Clock.systemUTC()), props, Ffmpeg.onPath());
        log.info("ElevenLabs narration: model {}, default voice {}, {}", props.modelId(), props.voiceId(),
                props.outputFormat());
        return provider;
    }
}
