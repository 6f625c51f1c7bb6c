package com.storyreel.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The story has a title and its scenes: the writing stage is done. The story service answers it with one
 * {@link SceneWritten} per scene, which starts that scene's picture and narration.
 *
 * @param attempt 0 for the first run, incremented by each retry of a failed story
 * @param cost what writing it cost at a vendor, null for the local writers
 * @param characters the story's bible: its characters and how each looks (empty for stories written before it)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoryWritten(String storyId, String title, String aspectRatio, String voice, String style,
        List<SceneScript> scenes, String provider, int attempt, VendorCost cost, List<StoryCharacter> characters)
        implements StoryEvent {

    public StoryWritten {
        characters = characters == null ? List.of() : List.copyOf(characters);
    }

    /** A story written by a free local provider. */
    public StoryWritten(String storyId, String title, String aspectRatio, String voice, String style,
            List<SceneScript> scenes, String provider, int attempt) {
        this(storyId, title, aspectRatio, voice, style, scenes, provider, attempt, null, List.of());
    }
}
