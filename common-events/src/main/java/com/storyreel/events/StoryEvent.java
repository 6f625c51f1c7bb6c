package com.storyreel.events;

/**
 * An event of the story pipeline. Every record is keyed by {@link #key()}: a story-wide event by its
 * storyId, so one story's story-wide events stay in one partition, in order; a scene's event by story
 * and scene ({@link SceneEvent}), so a story's scenes spread over the partitions and every replica of
 * a stage gets its share.
 */
public sealed interface StoryEvent permits SceneEvent, StoryRequested, StoryWritten, AllScenesMerged, StoryRendered,
        StageFailed, StoryAwaitingApproval, StoryApprovalGiven, StoryApproved, SceneEdited {

    String storyId();

    /** The record's Kafka key. */
    default String key() {
        return storyId();
    }
}
