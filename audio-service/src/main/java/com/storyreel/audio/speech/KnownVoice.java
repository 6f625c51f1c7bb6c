package com.storyreel.audio.speech;

import java.util.List;

/** A voice an engine offers, with the command-line options that give it a storytelling pace. */
record KnownVoice(Voice voice, List<String> options) {

    KnownVoice {
        options = List.copyOf(options);
    }

    String name() {
        return voice.name();
    }
}
