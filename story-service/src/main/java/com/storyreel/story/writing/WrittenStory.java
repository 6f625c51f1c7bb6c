package com.storyreel.story.writing;

import java.util.List;

import com.storyreel.events.SceneScript;
import com.storyreel.events.VendorCost;

/**
 * A story ready to produce: its title and its scenes in order, each with narration and an image prompt.
 *
 * @param cost what writing it cost at a vendor, null for the local writers
 */
public record WrittenStory(String title, List<SceneScript> scenes, VendorCost cost) {

    public WrittenStory {
        scenes = List.copyOf(scenes);
    }

    /** A story written by a free local writer. */
    public WrittenStory(String title, List<SceneScript> scenes) {
        this(title, scenes, null);
    }
}
