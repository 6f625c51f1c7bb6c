package com.storyreel.story.writing;

import java.util.List;

import com.storyreel.events.SceneScript;

/** A story ready to produce: its title and its scenes in order, each with narration and an image prompt. */
public record WrittenStory(String title, List<SceneScript> scenes) {

    public WrittenStory {
        scenes = List.copyOf(scenes);
    }
}
