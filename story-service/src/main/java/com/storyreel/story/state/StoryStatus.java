package com.storyreel.story.state;

/** Where a story is in the pipeline. */
public enum StoryStatus {
    REQUESTED, WRITING, GENERATING, RENDERING, COMPLETED, FAILED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED;
    }
}
