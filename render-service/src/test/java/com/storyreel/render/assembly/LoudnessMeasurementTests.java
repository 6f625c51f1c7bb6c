package com.storyreel.render.assembly;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoudnessMeasurementTests {

    @Test
    void readsTheJsonLoudnormPrintsAtTheEndOfStderr() {
        String stderr = """
                Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'scene.mp4':
                [Parsed_loudnorm_12 @ 0x55d0c0f0] \n{
                \t"input_i" : "-23.54",
                \t"input_tp" : "-7.96",
                \t"input_lra" : "1.50",
                \t"input_thresh" : "-33.54",
                \t"output_i" : "-14.02",
                \t"output_tp" : "-1.50",
                \t"output_lra" : "1.40",
                \t"output_thresh" : "-24.02",
                \t"normalization_type" : "linear",
                \t"target_offset" : "-0.02"
                }
                size=N/A time=00:00:05.00 bitrate=N/A speed= 120x
                """;

        assertThat(LoudnessMeasurement.parse(stderr)).contains(
                new LoudnessMeasurement(-23.54, -7.96, 1.5, -33.54, -0.02, -14.02, "linear"));
    }

    @Test
    void treatsMinusInfinityAsSilence() {
        String stderr = """
                {
                \t"input_i" : "-inf",
                \t"input_tp" : "-inf",
                \t"input_lra" : "0.00",
                \t"input_thresh" : "-70.00",
                \t"output_i" : "-inf",
                \t"output_tp" : "-inf",
                \t"output_lra" : "0.00",
                \t"output_thresh" : "-70.00",
                \t"normalization_type" : "dynamic",
                \t"target_offset" : "inf"
                }
                """;

        assertThat(LoudnessMeasurement.parse(stderr)).hasValueSatisfying(m -> assertThat(m.silent()).isTrue());
    }

    @Test
    void findsNothingWhenLoudnormPrintedNothing() {
        assertThat(LoudnessMeasurement.parse("size=N/A time=00:00:05.00 {other}")).isEmpty();
    }
}
