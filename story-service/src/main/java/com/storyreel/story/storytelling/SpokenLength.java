package com.storyreel.story.storytelling;

import java.util.List;

import com.storyreel.events.SceneScript;

/**
 * How long narration takes to speak, estimated from its words before any audio exists. Measured: flite's
 * slt voice speaks about 190 words a minute and espeak-ng (at -s 150, with the local engine's pauses)
 * about 165; ElevenLabs' voices speak about 150. So the estimate assumes the slowest, 150 by default,
 * and never says a story is shorter than it will be.
 */
public final class SpokenLength {

    /** What the clip stage adds to every scene: 0.5 s before the narration and 0.75 s after it. */
    public static final double SCENE_PADDING_SECONDS = 1.25;

    private final double wordsPerMinute;

    public SpokenLength(double wordsPerMinute) {
        if (wordsPerMinute <= 0) {
            throw new IllegalArgumentException("words per minute must be more than 0, was " + wordsPerMinute);
        }
        this.wordsPerMinute = wordsPerMinute;
    }

    public double wordsPerMinute() {
        return wordsPerMinute;
    }

    /** Seconds to speak this text. */
    public double seconds(String text) {
        return words(text) * 60.0 / wordsPerMinute;
    }

    /** Seconds of video for these scenes: each scene's narration and its padding. */
    public double videoSeconds(List<SceneScript> scenes) {
        return scenes.stream().mapToDouble(scene -> seconds(scene.narration()) + SCENE_PADDING_SECONDS).sum();
    }

    static int words(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
