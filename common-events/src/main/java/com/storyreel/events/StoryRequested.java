package com.storyreel.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A story was asked for: a prompt for the writer, or the user's own script. The public entry point of
 * the pipeline (topic {@value Topics#STORY_REQUESTED}).
 *
 * @param sceneCount wanted number of scenes (1-20); null lets the writer choose
 * @param aspectRatio "16:9", "9:16" or "1:1"; null means 16:9
 * @param voice a narration voice name; null means the provider's default
 * @param style a visual style name; null means the painter's default
 * @param review where the story stops for the user's approval: "storyboard" (after writing, before any
 *        picture, narration or vendor call), "pictures" (after pictures and narration, before clips); null
 *        or "none" never stops
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoryRequested(String storyId, String prompt, String script, Integer sceneCount, String aspectRatio,
        String voice, String style, String review, Instant requestedAt) implements StoryEvent {
}
