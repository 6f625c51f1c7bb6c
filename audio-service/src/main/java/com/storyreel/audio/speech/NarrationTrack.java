package com.storyreel.audio.speech;

import java.util.ArrayList;
import java.util.List;

import com.storyreel.audio.speech.CaptionLayout.Ending;
import com.storyreel.events.SceneCaptions;

/**
 * Joins separately spoken caption chunks into one narration with natural pauses between them, keeping where each
 * chunk starts so its cue is timed to the sample. A cue lasts until the next one starts, so captions stay up through
 * the pauses instead of flickering off.
 */
final class NarrationTrack {

    // Pauses after a chunk by how its text ends: a breath after a sentence, a beat after a comma, and between the
    // words of a sentence cut for length only a gap short enough to go unnoticed.
    private static final double SENTENCE_PAUSE_SECONDS = 0.45;
    private static final double CLAUSE_PAUSE_SECONDS = 0.2;
    private static final double WORD_PAUSE_SECONDS = 0.02;

    private final List<short[]> parts = new ArrayList<>();
    private final List<Integer> cueStarts = new ArrayList<>();
    private final List<String> cueTexts = new ArrayList<>();
    private int sampleRate;
    private int length;
    private Ending lastEnding;

    /** Adds a spoken chunk, after the pause the previous chunk's ending calls for. */
    void append(PcmAudio speech, String captionText, Ending ending) {
        if (cueTexts.isEmpty()) {
            sampleRate = speech.sampleRate();
        }
        else if (speech.sampleRate() != sampleRate) {
            throw new IllegalStateException("Chunks of one narration must share a sample rate, not " + sampleRate
                    + " and " + speech.sampleRate() + " Hz");
        }
        else {
            add(new short[(int) Math.round(pauseSeconds(lastEnding) * sampleRate)]);
        }
        cueStarts.add(length);
        cueTexts.add(captionText);
        add(speech.samples());
        lastEnding = ending;
    }

    PcmAudio audio() {
        short[] samples = new short[length];
        int offset = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, samples, offset, part.length);
            offset += part.length;
        }
        return new PcmAudio(sampleRate, samples);
    }

    SceneCaptions captions() {
        List<SceneCaptions.Cue> cues = new ArrayList<>(cueTexts.size());
        for (int i = 0; i < cueTexts.size(); i++) {
            int end = i + 1 < cueStarts.size() ? cueStarts.get(i + 1) : length;
            cues.add(new SceneCaptions.Cue(seconds(cueStarts.get(i)), seconds(end), cueTexts.get(i)));
        }
        return new SceneCaptions(cues);
    }

    private void add(short[] samples) {
        parts.add(samples);
        length += samples.length;
    }

    private double seconds(int samples) {
        return (double) samples / sampleRate;
    }

    private static double pauseSeconds(Ending ending) {
        return switch (ending) {
            case SENTENCE -> SENTENCE_PAUSE_SECONDS;
            case CLAUSE -> CLAUSE_PAUSE_SECONDS;
            case WORD -> WORD_PAUSE_SECONDS;
        };
    }
}
