package com.storyreel.events;

/** The stages of the pipeline, as named in failures and in a story's progress. */
public enum Stage {
    STORY, IMAGE, NARRATION, CLIP, MERGE, RENDER
}
