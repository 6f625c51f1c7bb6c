package com.storyreel.events;

/**
 * An event of the story pipeline. Every record is keyed by {@link #storyId()} so one story's events
 * stay in one partition, in order.
 */
public sealed interface StoryEvent permits StoryRequested, StoryWritten, SceneImageGenerated, SceneNarrated,
        SceneInputsReady, SceneClipRendered, SceneMerged, AllScenesMerged, StoryRendered, StageFailed {

    String storyId();
}
