package com.storyreel.story.writing;

import java.util.List;

import com.storyreel.events.SceneScript;
import com.storyreel.events.StoryCharacter;
import com.storyreel.events.VendorCost;
import com.storyreel.story.intake.SceneEditRules;
import com.storyreel.story.state.StoryBible;
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

    /**
     * The same story with every scene that names a character carrying that character's description in its image
     * prompt, within the cap on an image prompt (see StoryBible.pictured): whoever wrote it, each picture then draws
     * the same figure.
     */
    public WrittenStory withCastPictured() {
        StoryBible bible = new StoryBible(characters);
        return new WrittenStory(title,
                scenes.stream().map(scene -> bible.pictured(scene, SceneEditRules.MAX_IMAGE_PROMPT_LENGTH)).toList(),
                characters, cost);
    }

    /** A story told by the free local engine. */
    public WrittenStory(Story story) {
        this(story.title(), story.scenes(), story.characters(), null);
    }
}
