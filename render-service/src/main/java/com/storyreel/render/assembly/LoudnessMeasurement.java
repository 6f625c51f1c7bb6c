package com.storyreel.render.assembly;

import java.util.Optional;

import com.storyreel.runtime.media.MediaException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a loudnorm pass reported (its {@code print_format=json} block): the input's integrated loudness, true
 * peak, loudness range and gating threshold, and the offset loudnorm suggests for the second pass.
 */
record LoudnessMeasurement(double integrated, double truePeak, double range, double threshold, double targetOffset,
        double outputIntegrated, String normalizationType) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Reads the last JSON block loudnorm printed in ffmpeg's stderr, if there is one. */
    static Optional<LoudnessMeasurement> parse(String stderr) {
        int open = stderr.lastIndexOf("{");
        int close = stderr.lastIndexOf("}");
        if (open < 0 || close < open || !stderr.substring(open, close).contains("\"input_i\"")) {
            return Optional.empty();
        }
        JsonNode json = JSON.readTree(stderr.substring(open, close + 1));
        return Optional.of(new LoudnessMeasurement(number(json, "input_i"), number(json, "input_tp"),
                number(json, "input_lra"), number(json, "input_thresh"), number(json, "target_offset"),
                number(json, "output_i"), json.path("normalization_type").asString("")));
    }

    /** Digital silence measures -inf: there is no loudness to correct. */
    boolean silent() {
        return !Double.isFinite(integrated) || !Double.isFinite(truePeak) || !Double.isFinite(threshold);
    }

    private static double number(JsonNode json, String field) {
        // loudnorm prints numbers as strings, and silence as "-inf".
        String value = json.path(field).asString("").strip();
        return switch (value) {
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan", "-nan" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(value);
                }
                catch (NumberFormatException ex) {
                    throw new MediaException("loudnorm printed an unreadable " + field + ": '" + value + "'", ex);
                }
            }
        };
    }
}
