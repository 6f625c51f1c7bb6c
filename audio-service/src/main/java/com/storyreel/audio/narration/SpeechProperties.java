package com.storyreel.audio.narration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local speech engines.
 *
 * @param defaultVoice empty picks the first installed: flite "slt", else espeak-ng "en-us"
 */
@ConfigurationProperties("storyreel.speech")
public record SpeechProperties(@DefaultValue("flite") String flite, @DefaultValue("espeak-ng") String espeak,
        @DefaultValue("") String defaultVoice) {
}
