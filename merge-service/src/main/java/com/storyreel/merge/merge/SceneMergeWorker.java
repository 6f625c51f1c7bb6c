package com.storyreel.merge.merge;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.Stage;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.runtime.work.StageWorker;
import com.storyreel.runtime.work.WorkKey;

/** Merges a scene's clip with its narration as soon as the clip is cut. */
public class SceneMergeWorker implements StageWorker<SceneClipRendered> {

    public static final String OUTPUT_BINDING = "sceneMerged";

    private final SceneMergeProvider provider;

    public SceneMergeWorker(SceneMergeProvider provider) {
        this.provider = provider;
    }

    @Override
    public Class<SceneClipRendered> inputType() {
        return SceneClipRendered.class;
    }

    @Override
    public void handle(SceneClipRendered clip) {
        InvalidEventException.require(clip.scene() >= 0 && clip.clipKey() != null && clip.audioKey() != null,
                "The clip event needs a scene, a clipKey and an audioKey");
        String hash = AssetKeys.hash(provider.name(), clip.clipKey(), clip.audioKey(), clip.narrationOffsetSeconds());
        provider.merge(new SceneMergeProvider.MergeUnit(new WorkKey(clip.storyId(), clip.scene(), Stage.MERGE, hash), clip));
    }
}
