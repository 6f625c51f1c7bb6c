package com.storyreel.render.assembly;

import com.storyreel.events.SceneCaptions;

/** What places a scene and its captions on the story's {@link StoryTimeline}. */
public interface TimedScene {

    /** The scene's length, rounded to whole frames on the timeline. */
    double durationSeconds();

    /** Where in the scene its narration starts. */
    double narrationOffsetSeconds();

    /** The captions, timed from the start of the narration. */
    SceneCaptions captions();
}
