package com.storyreel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One finished scene, as listed in {@link AllScenesMerged}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MergedScene(int index, String videoKey, String captionsKey, double durationSeconds,
        double narrationOffsetSeconds) {
}
