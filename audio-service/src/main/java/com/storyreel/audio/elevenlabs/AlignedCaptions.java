package com.storyreel.audio.elevenlabs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.storyreel.audio.speech.CaptionLayout;
import com.storyreel.audio.speech.CaptionLayout.Chunk;
import com.storyreel.events.SceneCaptions;
import com.storyreel.events.SceneCaptions.Cue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caption cues for vendor speech: the text is cut into cues by the same {@link CaptionLayout} as the local engine's,
 * and each cue is shown from its first word's start to its last word's end, so the captions follow the voice.
 */
final class AlignedCaptions {

    private static final Logger log = LoggerFactory.getLogger(AlignedCaptions.class);

    // The layout cuts text into words at runs of whitespace in the same way.
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final CaptionLayout layout = new CaptionLayout(CaptionLayout.STANDARD_LINE_LENGTH);

    /**
     * Cues timed from the characters' own times. The words come from the alignment's characters, so the cues show
     * exactly what was timed. Cues stay in order, do not overlap and end within the audio.
     */
    SceneCaptions fromAlignment(CharacterAlignment alignment, double durationSeconds) {
        List<TimedWord> words = words(alignment);
        List<Chunk> chunks = layout.chunks(String.join(" ", words.stream().map(TimedWord::text).toList()));
        if (chunks.stream().mapToInt(AlignedCaptions::wordCount).sum() != words.size()) {
            // Only exotic whitespace the layout trims differently could cause this; spread rather than mistime.
            log.warn("The caption layout split the aligned text into other words; spreading the cues instead");
            return spreadOver(chunks, durationSeconds);
        }
        List<Cue> cues = new ArrayList<>(chunks.size());
        int next = 0;
        double previousEnd = 0;
        for (Chunk chunk : chunks) {
            TimedWord first = words.get(next);
            next += wordCount(chunk);
            TimedWord last = words.get(next - 1);
            double start = clamp(first.start(), previousEnd, durationSeconds);
            double end = clamp(last.end(), start, durationSeconds);
            cues.add(new Cue(start, end, chunk.text()));
            previousEnd = end;
        }
        return new SceneCaptions(cues);
    }

    /** Cues for audio without timings: the layout's cues, each given time in proportion to its characters. */
    SceneCaptions spreadOver(String text, double durationSeconds) {
        return spreadOver(layout.chunks(text), durationSeconds);
    }

    private static SceneCaptions spreadOver(List<Chunk> chunks, double durationSeconds) {
        double total = chunks.stream().mapToInt(chunk -> length(chunk.spoken())).sum();
        List<Cue> cues = new ArrayList<>(chunks.size());
        double spoken = 0;
        for (Chunk chunk : chunks) {
            double start = durationSeconds * spoken / total;
            spoken += length(chunk.spoken());
            cues.add(new Cue(start, durationSeconds * spoken / total, chunk.text()));
        }
        return new SceneCaptions(cues);
    }

    /** Each whitespace-separated word, from the start of its first character to the end of its last. */
    private static List<TimedWord> words(CharacterAlignment alignment) {
        StringBuilder text = new StringBuilder();
        List<Integer> characterAt = new ArrayList<>();
        List<String> characters = alignment.characters();
        for (int i = 0; i < characters.size(); i++) {
            text.append(characters.get(i));
            for (int k = 0; k < characters.get(i).length(); k++) {
                characterAt.add(i);
            }
        }
        List<TimedWord> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(new TimedWord(word.group(), alignment.startTimes().get(characterAt.get(word.start())),
                    alignment.endTimes().get(characterAt.get(word.end() - 1))));
        }
        return words;
    }

    /** Chunks join their words, punctuation standing alone included, with single spaces. */
    private static int wordCount(Chunk chunk) {
        return chunk.spoken().split(" ").length;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), Math.max(min, max));
    }

    private record TimedWord(String text, double start, double end) {
    }
}
