package com.storyreel.video.clip;

import java.util.List;

import com.storyreel.events.SceneCaptions;
import com.storyreel.events.SceneInputsReady;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.work.WorkKey;

/** Something that makes scene clips: local ffmpeg, or a vendor. */
public interface SceneClipProvider {

    String name();

    /**
     * Makes the unit's clip: a silent clip of the picture, narration plus padding long, at exactly the unit's size,
     * with the captions burned in; stores it and publishes {@code SceneClipRendered} through the stage executor, at
     * once or when the vendor's job ends.
     */
    void cut(ClipUnit unit);

    /** One unit of clip work: its key, the event that asked for it and the story's frame size. */
    record ClipUnit(WorkKey key, SceneInputsReady inputs, int width, int height) {

        /** The scene's captions, timed from the start of its narration; none when it has no captions file. */
        public SceneCaptions captions(AssetStore assets, JsonMapper json) {
            return inputs.captionsKey() == null ? new SceneCaptions(List.of())
                    : json.readValue(assets.read(inputs.captionsKey()), SceneCaptions.class);
        }
    }
}
