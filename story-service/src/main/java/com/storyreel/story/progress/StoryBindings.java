package com.storyreel.story.progress;

/** The story service's output bindings, as named in its application.yml. */
public final class StoryBindings {

    public static final String STORY_REQUESTED = "storyRequested";
    public static final String STORY_WRITTEN = "storyWritten";
    public static final String SCENE_WRITTEN = "sceneWritten";
    public static final String SCENE_INPUTS_READY = "sceneInputsReady";
    public static final String SCENE_CLIP_RENDERED = "sceneClipRendered";
    public static final String ALL_SCENES_MERGED = "allScenesMerged";
    public static final String STORY_AWAITING_APPROVAL = "storyAwaitingApproval";
    public static final String STORY_APPROVED = "storyApproved";
    public static final String SCENE_EDITED = "sceneEdited";

    private StoryBindings() {
    }
}
