package com.storyreel.merge.merge;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.runtime.work.WorkKey;

/** Something that joins a scene's picture and sound: local ffmpeg, or a vendor. */
public interface SceneMergeProvider {

    String name();

    /**
     * Makes the unit's scene video: the clip with the narration starting at the clip's narration offset; stores it
     * and publishes {@code SceneMerged} through the stage executor, at once or when the vendor's job ends.
     */
    void merge(MergeUnit unit);

    /** One unit of merge work: its key and the clip event that asked for it. */
    record MergeUnit(WorkKey key, SceneClipRendered clip) {
    }
}
