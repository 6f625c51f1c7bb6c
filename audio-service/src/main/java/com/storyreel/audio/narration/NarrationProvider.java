package com.storyreel.audio.narration;

import java.nio.file.Path;

import com.storyreel.events.SceneCaptions;
import com.storyreel.events.VendorCost;

/** Something that speaks a scene's text: the local speech engine, or a vendor. */
public interface NarrationProvider {

    String name();

    /** Whether each narration is billed by a vendor, so that it must not be requested twice (see StageExecutor.runPaid). */
    default boolean paid() {
        return false;
    }

    /**
     * Everything besides the text that shapes this provider's narration of the requested voice, so a
     * change of configured voice, model or format is new work rather than a reused narration.
     */
    default String settings(String voice) {
        return voice;
    }

    /** Speaks the text into a file under {@code workDir}; voice null means the provider's default. */
    SpokenNarration narrate(String text, String voice, Path workDir);

    /**
     * A narration: the audio file, its exact length, and caption cues timed against it.
     *
     * @param extension the audio file's extension, which also names its format (wav, mp3)
     * @param cost what the vendor charged for it; null for a free local provider
     */
    record SpokenNarration(Path audio, String extension, String contentType, double durationSeconds,
            SceneCaptions captions, String voice, VendorCost cost) {
    }
}
