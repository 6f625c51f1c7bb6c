package com.storyreel.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Gate: every scene of the story is merged, in scene order, so the final render can start. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AllScenesMerged(String storyId, String title, String aspectRatio, List<MergedScene> scenes,
        int attempt) implements StoryEvent {
}
