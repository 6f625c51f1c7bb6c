package com.storyreel.audio.narration;

import java.nio.file.Path;
import java.util.function.Consumer;

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
     * For a paid provider: speaks as {@link #narrate(String, String, Path)} does, handing the vendor's answer to
     * {@code keep} the moment it arrives and before anything else is done with it, so that a worker that dies later
     * is finished from it ({@link #fromKept}) instead of paying again. A provider that keeps nothing just speaks.
     */
    default SpokenNarration narrate(String text, String voice, Path workDir, Consumer<KeptAnswer> keep) {
        return narrate(text, voice, workDir);
    }

    /** The narration of the text from an answer this provider kept, as {@link #narrate} would have made it; no vendor call. */
    default SpokenNarration fromKept(String text, String voice, KeptAnswer answer) {
        throw new UnsupportedOperationException(name() + " keeps no answers");
    }

    /**
     * What a paid vendor answered, as it arrived.
     *
     * @param audio the audio file
     * @param details the rest of the answer as the provider needs it again (for ElevenLabs the characters' timings
     *        and the characters billed), as JSON
     */
    record KeptAnswer(Path audio, String extension, String contentType, String details) {
    }

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
