package com.storyreel.render.assembly;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.storyreel.events.SceneCaptions;

import static org.assertj.core.api.Assertions.assertThat;

class JoinFilterGraphTests {

    private static final LoudnessMeasurement QUIET = new LoudnessMeasurement(-30.5, -20.25, 3.5, -40.75, 0.12,
            -30.5, "dynamic");

    @Test
    void takesPicturesFromTheFirstInputsAndSoundFromTheRest() {
        String graph = graph(0.4, 8, 6.5, 7).render(QUIET, -14);

        assertThat(graph).contains("[0:v]", "[1:v]", "[2:v]", "[3:a]", "[4:a]", "[5:a]")
                .doesNotContain("[0:a]", "[3:v]");
    }

    @Test
    void crossfadesEachSceneInAtItsStart() {
        String graph = graph(0.4, 8, 6.5, 7).render(QUIET, -14);

        assertThat(graph)
                .contains("[v0][v1]xfade=transition=fade:duration=0.400000:offset=7.600000[vx1]")
                .contains("[vx1][v2]xfade=transition=fade:duration=0.400000:offset=13.700000[vx2]")
                .contains("[a0][a1]acrossfade=nb_samples=19200[ax1]")
                .contains("[vx2]null[vout]")
                .contains("[5:a]asetpts=PTS-STARTPTS,aformat=sample_rates=48000:channel_layouts=stereo,apad,"
                        + "atrim=end_sample=336000[a2]")
                .contains("trim=end_frame=195[v1]")
                .doesNotContain("concat");
    }

    @Test
    void concatenatesScenesForHardCuts() {
        String graph = graph(0, 2, 3).render(QUIET, -14);

        assertThat(graph)
                .contains("[v0][v1]concat=n=2:v=1:a=0[vjoined]")
                .contains("[a0][a1]concat=n=2:v=0:a=1[ajoined]")
                .doesNotContain("xfade");
    }

    @Test
    void appliesTheMeasuredLoudnessLinearly() {
        String graph = graph(0.4, 2, 3).render(QUIET, -14);

        assertThat(graph).contains("[ax1]loudnorm=I=-14.0:TP=-1.5:LRA=11.0:measured_I=-30.50:measured_TP=-20.25:"
                + "measured_LRA=3.50:measured_thresh=-40.75:offset=0.12:linear=true:print_format=json,"
                + "aformat=sample_rates=48000:channel_layouts=stereo[aout]");
    }

    @Test
    void measuresOnlyTheJoinedSoundtrack() {
        String graph = graph(0.4, 2, 3).loudnessMeasurement(-14);

        assertThat(graph)
                .contains("[0:a]", "[1:a]", "[ax1]loudnorm=I=-14.0:TP=-1.5:LRA=11.0:print_format=json")
                .doesNotContain(":v]", "xfade", "ass=");
    }

    private static JoinFilterGraph graph(double crossfade, double... seconds) {
        List<SceneInput> scenes = java.util.Arrays.stream(seconds)
                .mapToObj(s -> new SceneInput(Path.of("s.mp4"), new SceneCaptions(List.of()), s, 0.5))
                .toList();
        return new JoinFilterGraph(StoryTimeline.of(scenes, 30, crossfade), 320, 180);
    }
}
