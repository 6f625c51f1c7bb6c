package com.storyreel.story.intake;

import com.storyreel.story.intake.WriterProperties.Provider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriterPropertiesTests {

    @Test
    void autoChoosesOpenAiExactlyWhenItsKeyIsSet() {
        assertThat(new WriterProperties(5, Provider.AUTO).usesOpenAi(true)).isTrue();
        assertThat(new WriterProperties(5, Provider.AUTO).usesOpenAi(false)).isFalse();
    }

    @Test
    void localWritesLocallyEvenWithAKey() {
        assertThat(new WriterProperties(5, Provider.LOCAL).usesOpenAi(true)).isFalse();
    }

    @Test
    void openAiWithoutAKeyStopsTheServiceFromStartingNamingTheVariable() {
        assertThat(new WriterProperties(5, Provider.OPENAI).usesOpenAi(true)).isTrue();
        assertThatThrownBy(() -> new WriterProperties(5, Provider.OPENAI).usesOpenAi(false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPENAI_API_KEY");
    }
}
