package com.storyreel.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The caption cues of one scene's narration, stored as JSON beside the audio. Times are seconds from
 * the start of the narration; cues are in order and do not overlap.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SceneCaptions(List<Cue> cues) {

    /** One caption: at most two lines of about 42 characters, already broken with '\n'. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cue(double start, double end, String text) {
    }
}
