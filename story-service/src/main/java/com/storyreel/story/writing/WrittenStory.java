package com.storyreel.story.writing;

import java.util.List;

import com.storyreel.events.SceneScript;
import com.storyreel.events.StoryCharacter;
import com.storyreel.events.VendorCost;
import com.storyreel.story.storytelling.Story;

/**
 * A story ready to produce: its title, its scenes in order (each with narration and an image prompt) and its
 * characters.
 *
 * @param cost what writing it cost at a vendor, null for the local writers
 */
public record WrittenStory(String title, List<SceneScript> scenes, List<StoryCharacter> characters, VendorCost cost) {

    public WrittenStory {
        scenes = List.copyOf(scenes);
        characters = List.copyOf(characters);
    }

    /** A story told by the free local engine. */
    public WrittenStory(Story story) {
        this(story.title(), story.scenes(), story.characters(), null);
    }
}
