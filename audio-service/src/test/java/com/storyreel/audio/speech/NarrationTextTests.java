package com.storyreel.audio.speech;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NarrationTextTests {

    @Test
    void removesControlAndInvisibleCharactersAndEmoji() {
        assertThat(NarrationText.clean("Hello\u0000 \u200Bworld\u0007 😀!\r\nBye\tnow\u00AD."))
                .isEqualTo("Hello world ! Bye now.");
    }

    @Test
    void keepsLettersOfAnyScriptQuotesApostrophesDigitsAndDashes() {
        String text = "“Ça va?” — ‘Tis 1999, don't stop -- Привет, 東京! -5° isn't $10.";

        assertThat(NarrationText.clean(text))
                .isEqualTo("“Ça va?” — ‘Tis 1999, don't stop -- Привет, 東京! -5 isn't $10.");
    }

    @Test
    void turnsALoneAccentIntoAnApostrophe() {
        assertThat(NarrationText.clean("don´t")).isEqualTo("don't");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  \n\t ", "\u0000\u0007", "😀 ... — !?"})
    void rejectsTextWithNothingToSpeak(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> NarrationText.clean(text));
    }

    @Test
    void givesFlitePlainAscii() {
        assertThat(NarrationText.ascii("“Café”—it’s naïve… ﬁne, Привет"))
                .isEqualTo("\"Cafe\" -- it's naive... fine,");
    }
}
