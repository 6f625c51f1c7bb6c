package com.storyreel.story.state;

/** Where a story is in the pipeline. AWAITING_APPROVAL waits for its owner (see Review), not for work. */
public enum StoryStatus {
    REQUESTED, WRITING, GENERATING, AWAITING_APPROVAL, RENDERING, COMPLETED, FAILED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED;
    }
}
