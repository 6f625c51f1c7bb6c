package com.storyreel.story.storytelling;

import java.util.List;

import com.storyreel.events.SceneScript;

/** A story the engine told: its title and its scenes in order, each with narration and an image prompt. */
public record Story(String title, List<SceneScript> scenes) {

    public Story {
        scenes = List.copyOf(scenes);
    }
}
