package com.storyreel.story;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.storyreel.events.SceneScript;
import com.storyreel.events.VendorCost;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.state.Review;
import com.storyreel.story.state.StoryStore;
import com.storyreel.story.writing.StoryIntake;

/**
 * Stories put in the store as already written, for the tests of what happens after the writer: scene
 * {@code i} narrates "Scene i." and is pictured as "a meadow, scene i". Every {@link StoryServiceTest} may
 * autowire it.
 */
public class WrittenStories {

    private final StoryStore store;
    private final StoryIntake intake;

    WrittenStories(StoryStore store, StoryIntake intake) {
        this.store = store;
        this.intake = intake;
    }

    /** A new written 16:9 story of {@code scenes} scenes, its id starting with {@code prefix}. */
    public String story(String prefix, int scenes) {
        return story(prefix, scenes, null);
    }

    /** The same, with what writing it cost at a vendor. */
    public String story(String prefix, int scenes, VendorCost writerCost) {
        return write(prefix, scenes, writerCost, Review.NONE);
    }

    /** A new story written with a storyboard review: AWAITING_APPROVAL, nothing sent yet. */
    public String heldForStoryboard(String prefix, int scenes) {
        return write(prefix, scenes, null, Review.STORYBOARD);
    }

    private String write(String prefix, int scenes, VendorCost writerCost, Review review) {
        String storyId = prefix + UUID.randomUUID();
        store.createIfAbsent(intake.newStory(storyId, new StoryRequest(null, "script", scenes, "16:9", null, null, null), null,
                null, null));
        store.recordWritten(storyId, "Test", "test", writerCost, IntStream.range(0, scenes)
                .mapToObj(i -> new SceneScript(i, "Scene " + i + ".", "a meadow, scene " + i)).toList(), List.of(), review);
        return storyId;
    }
}
