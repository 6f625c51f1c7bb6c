package com.storyreel.events;

/**
 * An event about one scene of a story. Keyed {@code storyId/scene}: nothing orders one scene's work
 * after another's (the aggregator's gates are conditional updates), so the scenes of a story are
 * spread over partitions, and so over the replicas of each stage, instead of queueing in one.
 */
public sealed interface SceneEvent extends StoryEvent permits SceneWritten, SceneImageGenerated, SceneNarrated,
        SceneInputsReady, SceneClipRendered, SceneMerged {

    /** The scene, counting from 0. */
    int scene();

    @Override
    default String key() {
        return key(storyId(), scene());
    }

    /** The key of scene {@code scene} of story {@code storyId}: a storyId never contains {@code /}. */
    static String key(String storyId, int scene) {
        return storyId + "/" + scene;
    }
}
