package com.storyreel.audio.narration;

import java.nio.file.Path;

import com.storyreel.audio.speech.LocalSpeechEngine;
import com.storyreel.audio.speech.Narration;

/** The free local provider: flite or espeak-ng, with caption timings from the engine's own output. */
public class LocalNarrationProvider implements NarrationProvider {

    private final LocalSpeechEngine engine;

    public LocalNarrationProvider(LocalSpeechEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return "local-speech";
    }

    @Override
    public SpokenNarration narrate(String text, String voice, Path workDir) {
        Narration narration = engine.narrate(text, voice, workDir.resolve("narration.wav"));
        return new SpokenNarration(narration.wav(), "wav", "audio/wav", narration.durationSeconds(), narration.captions(),
                narration.voice(), null);
    }
}
