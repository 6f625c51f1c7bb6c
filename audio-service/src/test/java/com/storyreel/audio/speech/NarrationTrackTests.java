package com.storyreel.audio.speech;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.storyreel.audio.speech.CaptionLayout.Ending;
import com.storyreel.events.SceneCaptions.Cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class NarrationTrackTests {

    @Test
    void pausesLongerAfterASentenceThanAfterACommaAndBarelyBetweenWords() {
        NarrationTrack track = new NarrationTrack();
        track.append(speech(1000, 100), "One,", Ending.CLAUSE);
        track.append(speech(1000, 100), "two", Ending.WORD);
        track.append(speech(1000, 100), "three.", Ending.SENTENCE);
        track.append(speech(1000, 100), "Four.", Ending.SENTENCE);

        // Each cue runs until the next starts: 100 ms of speech, then 200, 20 and 450 ms of pause.
        assertThat(track.captions().cues()).containsExactly(new Cue(0, 0.3, "One,"), new Cue(0.3, 0.42, "two"),
                new Cue(0.42, 0.97, "three."), new Cue(0.97, 1.07, "Four."));
        assertThat(track.audio().length()).isEqualTo(1070);
    }

    @Test
    void fillsThePausesWithSilence() {
        NarrationTrack track = new NarrationTrack();
        track.append(speech(1000, 10), "One.", Ending.SENTENCE);
        track.append(speech(1000, 10), "Two.", Ending.SENTENCE);

        short[] samples = track.audio().samples();

        assertThat(samples).hasSize(470);
        assertThat(samples[9]).isEqualTo((short) 1000);
        assertThat(samples[10]).isZero();
        assertThat(samples[459]).isZero();
        assertThat(samples[460]).isEqualTo((short) 1000);
    }

    @Test
    void rejectsChunksOfDifferentSampleRates() {
        NarrationTrack track = new NarrationTrack();
        track.append(speech(16000, 10), "One.", Ending.SENTENCE);

        assertThatIllegalStateException().isThrownBy(() -> track.append(speech(22050, 10), "Two.", Ending.SENTENCE));
    }

    private static PcmAudio speech(int sampleRate, int length) {
        short[] samples = new short[length];
        Arrays.fill(samples, (short) 1000);
        return new PcmAudio(sampleRate, samples);
    }
}
