package com.storyreel.audio.narration;

import com.storyreel.audio.AudioServiceContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Which provider the service narrates with, from the service's own application.yml and the environment. */
class NarrationConfigurationTests {

    private static final String KEY = "sk_0123456789abcdef0123456789abcdef";

    private final ApplicationContextRunner context = AudioServiceContext.runner();

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
                    .hasMessage("storyreel.narration.provider is elevenlabs but ELEVENLABS_API_KEY is not set");
        });
    }

    @Test
    void refusesToStartWithAProviderTheStageDoesNotKnow() {
        context.withPropertyValues("STORYREEL_NARRATION_PROVIDER=flite").run(app -> {
            assertThat(app).hasFailed();
            assertThat(app.getStartupFailure()).rootCause()
                    .hasMessage("storyreel.narration.provider is 'flite'; it takes auto, elevenlabs or local");
        });
    }
}
