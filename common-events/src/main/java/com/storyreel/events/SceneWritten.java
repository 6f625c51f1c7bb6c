package com.storyreel.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One scene of a written story, as written: starts that scene's picture and its narration. The story
 * service sends one per scene once the story is written (and, on a retry, one per scene still open).
 *
 * @param attempt 0 for the first run, incremented by each retry of a failed story
 * @param characters the story's whole cast as its bible describes it, protagonist first: a painter keeps each
 *        character in its place in every picture, whichever others a scene shows (see {@link #shown()})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SceneWritten(String storyId, int scene, String narration, String imagePrompt, String aspectRatio,
        String voice, String style, int attempt, List<StoryCharacter> characters) implements SceneEvent {

    public SceneWritten {
        characters = characters == null ? List.of() : List.copyOf(characters);
    }

    /** The characters this scene's picture shows, in the cast's order. */
    public List<StoryCharacter> shown() {
        return characters.stream().filter(character -> character.shownIn(imagePrompt)).toList();
    }
}
