package com.storyreel.audio.narration;

import java.util.List;
import java.io.IOException;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.mongodb.client.MongoClients;
import com.storyreel.audio.elevenlabs.ElevenLabsProperties;
import com.storyreel.localstack.SharedLocalStack;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.stories.KnownStories;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;
import com.storyreel.runtime.vendor.VendorProperties;
import com.storyreel.runtime.work.StageExecutor;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Which provider the service narrates with, from the service's own application.yml and the environment. */
class NarrationConfigurationTests {

    private static final String KEY = "sk_0123456789abcdef0123456789abcdef";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(app -> {
                try {
                    new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                            .forEach(app.getEnvironment().getPropertySources()::addLast);
                }
                catch (IOException ex) {
                    throw new IllegalStateException(ex);
                }
            })
            .withUserConfiguration(NarrationConfiguration.class, Settings.class)
            .withBean(VendorHttp.class, () -> new VendorHttp(RestClient.builder(),
                    new VendorProperties(false, Duration.ofMinutes(5), Duration.ofSeconds(10)), new SimpleMeterRegistry(), List.of()))
            .withBean(VendorGuards.class, () -> new VendorGuards(RetryRegistry.ofDefaults(),
                    CircuitBreakerRegistry.ofDefaults(), RateLimiterRegistry.ofDefaults(), BulkheadRegistry.ofDefaults()))
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
            .withBean(MongoTemplate.class, () -> new MongoTemplate(
                    MongoClients.create(SharedLocalStack.get().mongo().connectionString()), "narration-configuration-tests"))
            .withBean(StageExecutor.class, () -> mock(StageExecutor.class))
            .withBean(AssetStore.class, () -> mock(AssetStore.class))
            .withBean(KnownStories.class, () -> mock(KnownStories.class))
            .withBean(StoryContext.class, () -> mock(StoryContext.class));

    @Test
    void narratesLocallyWhenNoElevenLabsKeyIsSet() {
        context.withPropertyValues("ELEVENLABS_API_KEY=").run(app ->
                assertThat(app.getBean(NarrationProvider.class).name()).isEqualTo("local-speech"));
    }

    @Test
    void narratesWithElevenLabsWhenItsKeyIsSet() {
        context.withPropertyValues("ELEVENLABS_API_KEY=" + KEY).run(app ->
                assertThat(app.getBean(NarrationProvider.class).name()).isEqualTo("elevenlabs"));
    }

    @Test
    void narratesLocallyWhenChosenEvenWithAKey() {
        context.withPropertyValues("ELEVENLABS_API_KEY=" + KEY, "storyreel.narration.provider=local").run(app ->
                assertThat(app.getBean(NarrationProvider.class).name()).isEqualTo("local-speech"));
    }

    @Test
    void refusesToStartWithElevenLabsChosenButNoKey() {
        context.withPropertyValues("STORYREEL_NARRATION_PROVIDER=elevenlabs").run(app -> {
            assertThat(app).hasFailed();
            assertThat(app.getStartupFailure()).rootCause()
                    .hasMessage("storyreel.narration.provider is elevenlabs, but ELEVENLABS_API_KEY is not set");
        });
    }

    @Test
    void takesTheElevenLabsSettingsFromTheirEnvironmentVariables() {
        context.withPropertyValues("ELEVENLABS_API_KEY=" + KEY, "ELEVENLABS_BASE_URL=https://api.eu.residency.elevenlabs.io",
                "ELEVENLABS_VOICE_ID=EXAVITQu4vr4xnSDxMaL", "ELEVENLABS_MODEL_ID=eleven_flash_v2_5",
                "ELEVENLABS_CONCURRENCY=10").run(app -> {
                    ElevenLabsProperties props = app.getBean(ElevenLabsProperties.class);
                    assertThat(props.apiKey()).isEqualTo(KEY);
                    assertThat(props.baseUrl()).isEqualTo("https://api.eu.residency.elevenlabs.io");
                    assertThat(props.voiceId()).isEqualTo("EXAVITQu4vr4xnSDxMaL");
                    assertThat(props.modelId()).isEqualTo("eleven_flash_v2_5");
                    assertThat(props.concurrency()).isEqualTo(10);
                    assertThat(props.toString()).doesNotContain(KEY).contains("apiKey=(set)");
                });
    }

    @Test
    void defaultsToAStockVoiceTheMultilingualModelAndMp3() {
        context.run(app -> {
            ElevenLabsProperties props = app.getBean(ElevenLabsProperties.class);
            assertThat(props.hasApiKey()).isFalse();
            assertThat(props.baseUrl()).isEqualTo("https://api.elevenlabs.io");
            assertThat(props.voiceId()).isEqualTo("21m00Tcm4TlvDq8ikWAM");
            assertThat(props.modelId()).isEqualTo("eleven_multilingual_v2");
            assertThat(props.outputFormat()).isEqualTo("mp3_44100_128");
            assertThat(props.voiceSettings()).isEqualTo(new ElevenLabsProperties.VoiceSettings(0.5, 0.75, 0.0, true, 1.0));
        });
    }

    @EnableConfigurationProperties({ NarrationProperties.class, SpeechProperties.class, ElevenLabsProperties.class })
    static class Settings {
    }
}
