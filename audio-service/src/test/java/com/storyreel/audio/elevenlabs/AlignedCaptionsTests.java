package com.storyreel.audio.elevenlabs;

import java.util.ArrayList;
import java.util.List;

import com.storyreel.audio.speech.CaptionLayout;
import com.storyreel.events.SceneCaptions.Cue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AlignedCaptionsTests {

    private static final String SCENE = """
            Once upon a time, in a quiet village by the sea, there lived an old fisherman named Tomas. \
            Every morning he rowed his small blue boat past the lighthouse, singing softly to the gulls, \
            and every evening he came home with stories instead of fish.""";

    private final AlignedCaptions captions = new AlignedCaptions();

    @Test
    void eachCueRunsFromItsFirstWordsStartToItsLastWordsEnd() {
        // 30 ms a character from 0.05 s: "The fox ran." is characters 0-11, "The owl slept." 13-26.
        List<Cue> cues = captions.fromAlignment(evenly("The fox ran. The owl slept.", 0.05, 0.03), 1.2).cues();

        assertThat(cues).extracting(Cue::text).containsExactly("The fox ran.", "The owl slept.");
        assertThat(cues.get(0).start()).isCloseTo(0.05, within(1e-9));
        assertThat(cues.get(0).end()).isCloseTo(0.05 + 12 * 0.03, within(1e-9));
        assertThat(cues.get(1).start()).isCloseTo(0.05 + 13 * 0.03, within(1e-9));
        assertThat(cues.get(1).end()).isCloseTo(0.05 + 27 * 0.03, within(1e-9));
    }

    @Test
    void followsTheVoiceThroughPausesBetweenWords() {
        // ElevenLabs gives the spaces of a pause the pause's length: the cues leave it out.
        List<Cue> cues = cues("Hi.  Yes.", List.of(0.10, 0.15, 0.20, 0.25, 0.80, 1.00, 1.05, 1.10, 1.15),
                List.of(0.15, 0.20, 0.25, 0.80, 1.00, 1.05, 1.10, 1.15, 1.30), 2.0);

        assertThat(cues).containsExactly(new Cue(0.10, 0.25, "Hi."), new Cue(1.00, 1.30, "Yes."));
    }

    @Test
    void breaksCuesAndLinesExactlyAsTheLocalEngineDoes() {
        CaptionLayout layout = new CaptionLayout(CaptionLayout.STANDARD_LINE_LENGTH);

        List<Cue> cues = captions.fromAlignment(evenly(SCENE, 0, 0.05), 30).cues();

        assertThat(cues).extracting(Cue::text)
                .containsExactlyElementsOf(layout.chunks(SCENE).stream().map(CaptionLayout.Chunk::text).toList());
        assertThat(cues).anySatisfy(cue -> assertThat(cue.text()).contains("\n"));
    }

    @Test
    void keepsPunctuationStandingAloneWithTheWordBeforeIt() {
        List<Cue> cues = captions.fromAlignment(evenly("Wait — the tide is coming!", 0, 0.1), 3).cues();

        assertThat(cues).extracting(Cue::text).containsExactly("Wait — the tide is coming!");
        assertThat(cues.getFirst().start()).isZero();
        assertThat(cues.getFirst().end()).isCloseTo(2.6, within(1e-9));
    }

    @Test
    void keepsCuesInOrderWithoutOverlapAndInsideTheAudio() {
        // Overlapping words and a last word that ends after the measured audio.
        List<Cue> cues = cues("One. Two.", List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.2, 0.5, 0.6, 0.7),
                List.of(0.1, 0.2, 0.3, 0.5, 0.4, 0.5, 0.6, 0.7, 1.4), 1.0);

        assertThat(cues).containsExactly(new Cue(0.0, 0.5, "One."), new Cue(0.5, 1.0, "Two."));
    }

    @Test
    void spreadsCuesByCharacterCountWhenThereAreNoTimings() {
        List<Cue> cues = captions.spreadOver("The fox ran. The owl slept.", 2.6).cues();

        assertThat(cues).hasSize(2);
        assertThat(cues.get(0).start()).isZero();
        assertThat(cues.get(0).end()).isCloseTo(2.6 * 12 / 26, within(1e-9));
        assertThat(cues.get(1).start()).isEqualTo(cues.get(0).end());
        assertThat(cues.get(1).end()).isCloseTo(2.6, within(1e-9));
    }

    /** The cues for a text whose characters, spaces included, start and end at the given times. */
    private List<Cue> cues(String text, List<Double> starts, List<Double> ends, double durationSeconds) {
        List<String> characters = text.codePoints().mapToObj(Character::toString).toList();
        return captions.fromAlignment(new CharacterAlignment(characters, starts, ends), durationSeconds).cues();
    }

    /** Every character, spaces included, lasts {@code step} seconds, the first starting at {@code from}. */
    static CharacterAlignment evenly(String text, double from, double step) {
        List<String> characters = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        text.codePoints().forEach(c -> {
            starts.add(from + characters.size() * step);
            ends.add(from + (characters.size() + 1) * step);
            characters.add(Character.toString(c));
        });
        return new CharacterAlignment(characters, starts, ends);
    }
}
