package com.storyreel.audio.elevenlabs;

import com.storyreel.audio.AudioServiceContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The ElevenLabs settings, from the service's own application.yml and the environment. */
class ElevenLabsConfigurationTests {

    private static final String KEY = "sk_0123456789abcdef0123456789abcdef";

    private final ApplicationContextRunner context = AudioServiceContext.runner();

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
}
