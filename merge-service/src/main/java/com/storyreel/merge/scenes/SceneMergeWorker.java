package com.storyreel.merge.scenes;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneMerged;
import com.storyreel.events.Stage;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.runtime.media.MediaSpeed;
import com.storyreel.runtime.media.Scratch;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.StageWorker;
import com.storyreel.runtime.work.WorkKey;
import io.micrometer.core.instrument.MeterRegistry;

/** Merges a scene's clip with its narration as soon as the clip is cut. */
public class SceneMergeWorker implements StageWorker<SceneClipRendered> {

    static final String OUTPUT_BINDING = "sceneMerged";

    private final SceneMergeProvider provider;
    private final StageExecutor executor;
    private final AssetStore assets;
    private final MeterRegistry meters;

    public SceneMergeWorker(SceneMergeProvider provider, StageExecutor executor, AssetStore assets, MeterRegistry meters) {
        this.provider = provider;
        this.executor = executor;
        this.assets = assets;
        this.meters = meters;
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
        WorkKey key = new WorkKey(clip.storyId(), clip.scene(), Stage.MERGE, hash);
        executor.run(key, clip.attempt(), clip, provider.name(), OUTPUT_BINDING, () -> {
            try (Scratch scratch = Scratch.create("merge")) {
                long started = System.nanoTime();
                var video = assets.download(clip.clipKey(), scratch.file("clip.mp4"));
                var narration = assets.download(clip.audioKey(), scratch.file("narration" + extension(clip.audioKey())));
                var merged = provider.merge(video, narration, clip.narrationOffsetSeconds(), scratch.dir());
                MediaSpeed.record(meters, "merge", provider.name(), merged.durationSeconds(), System.nanoTime() - started);
                String videoKey = AssetKeys.scene(clip.storyId(), clip.scene(), "scene", hash, "mp4");
                assets.put(videoKey, merged.file(), "video/mp4");
                return new SceneMerged(clip.storyId(), clip.scene(), videoKey, clip.captionsKey(), merged.durationSeconds(),
                        clip.narrationOffsetSeconds(), provider.name(), clip.attempt());
            }
        });
    }

    private static String extension(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "" : key.substring(dot);
    }
}
