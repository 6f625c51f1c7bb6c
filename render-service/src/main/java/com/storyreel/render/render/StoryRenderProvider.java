package com.storyreel.render.render;

import java.util.List;

import com.storyreel.events.AllScenesMerged;
import com.storyreel.events.MergedScene;
import com.storyreel.runtime.work.WorkKey;

/** Something that makes the final video from the merged scenes: local ffmpeg, or a vendor. */
public interface StoryRenderProvider {

    String name();

    /**
     * Renders the unit's story with its SRT and WebVTT sidecars, stores them and publishes {@code StoryRendered}
     * through the stage executor, at once or when the vendor's job ends.
     */
    void render(RenderUnit unit);

    /** One unit of render work: its key, the event that asked for it, its scenes in order and the frame size. */
    record RenderUnit(WorkKey key, AllScenesMerged story, List<MergedScene> scenes, int width, int height) {
    }
}
