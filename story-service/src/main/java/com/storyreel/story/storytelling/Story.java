package com.storyreel.story.storytelling;

import java.util.List;

import com.storyreel.events.SceneScript;
import com.storyreel.events.StoryCharacter;

/**
 * A story the engine told: its title, its scenes in order (each with narration and an image prompt) and its
 * characters as every picture that shows them describes them.
 */
public record Story(String title, List<SceneScript> scenes, List<StoryCharacter> characters) {

    public Story {
        scenes = List.copyOf(scenes);
        characters = List.copyOf(characters);
    }
}
