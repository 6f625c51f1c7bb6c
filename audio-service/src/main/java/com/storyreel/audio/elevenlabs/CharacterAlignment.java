package com.storyreel.audio.elevenlabs;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When ElevenLabs spoke each character, as three parallel lists; times in seconds from the start of the audio.
 * Spaces are characters too.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CharacterAlignment(List<String> characters,
        @JsonProperty("character_start_times_seconds") List<Double> startTimes,
        @JsonProperty("character_end_times_seconds") List<Double> endTimes) {

    /** Whether captions can be timed from it: lists of one length, nothing missing, something to say. */
    boolean usable() {
        return characters != null && startTimes != null && endTimes != null
                && characters.size() == startTimes.size() && characters.size() == endTimes.size()
                && characters.stream().allMatch(Objects::nonNull) && startTimes.stream().allMatch(Objects::nonNull)
                && endTimes.stream().allMatch(Objects::nonNull)
                && characters.stream().anyMatch(c -> !c.isBlank());
    }
}
