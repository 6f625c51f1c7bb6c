package com.storyreel.events;

/** Kafka topic names. Each topic carries one event type, keyed by {@link StoryEvent#key()}. */
public final class Topics {

    public static final String STORY_REQUESTED = "story.requested";
    public static final String STORY_WRITTEN = "story.written";
    public static final String SCENE_WRITTEN = "scene.written";
    public static final String SCENE_IMAGE_GENERATED = "scene.image.generated";
    public static final String SCENE_INPUTS_READY = "scene.inputs.ready";
    public static final String STORY_SCENES_MERGED = "story.scenes.merged";
    public static final String STORY_RENDERED = "story.rendered";
    public static final String STAGE_FAILED = "stage.failed";
    public static final String STORY_AWAITING_APPROVAL = "story.awaiting.approval";
    public static final String STORY_APPROVAL_GIVEN = "story.approval.given";
    public static final String STORY_APPROVED = "story.approved";
    public static final String SCENE_EDITED = "scene.edited";

    private Topics() {
    }

    /** The dead-letter topic of a consumer group on a topic. */
    public static String deadLetter(String topic, String group) {
        return topic + "." + group + ".dlt";
    }
}
