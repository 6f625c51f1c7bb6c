package com.storyreel.story.state;

/** How a scene's stage ended; a stage not yet recorded has no status. Stored by name. */
public enum StageStatus {
    DONE, FAILED
}
