package com.storyreel.merge.merge;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneMerged;
import com.storyreel.merge.mux.MuxResult;
import com.storyreel.merge.mux.SceneMuxer;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.media.MediaSpeed;
import com.storyreel.runtime.media.Scratch;
import com.storyreel.runtime.work.StageExecutor;
import io.micrometer.core.instrument.MeterRegistry;

/** The free local provider: ffmpeg copies the picture and encodes the narration beside it. */
public class MuxMergeProvider implements SceneMergeProvider {

    private final SceneMuxer muxer;
    private final StageExecutor executor;
    private final AssetStore assets;
    private final MeterRegistry meters;

    public MuxMergeProvider(SceneMuxer muxer, StageExecutor executor, AssetStore assets, MeterRegistry meters) {
        this.muxer = muxer;
        this.executor = executor;
        this.assets = assets;
        this.meters = meters;
        MediaSpeed.expect(meters, "merge", name());
    }

    @Override
    public String name() {
        return "ffmpeg-mux";
    }

    @Override
    public void merge(MergeUnit unit) {
        SceneClipRendered clip = unit.clip();
        executor.run(unit.key(), clip.attempt(), clip, name(), SceneMergeWorker.OUTPUT_BINDING, () -> {
            try (Scratch scratch = Scratch.create("merge")) {
                long started = System.nanoTime();
                var video = assets.download(clip.clipKey(), scratch.file("clip.mp4"));
                var narration = assets.download(clip.audioKey(), scratch.file("narration" + extension(clip.audioKey())));
                MuxResult merged = muxer.mux(video, narration, clip.narrationOffsetSeconds(), scratch.file("scene.mp4"));
                MediaSpeed.record(meters, "merge", name(), merged.durationSeconds(), System.nanoTime() - started);
                String videoKey = AssetKeys.scene(clip.storyId(), clip.scene(), "scene", unit.key().inputHash(), "mp4");
                assets.put(videoKey, merged.file(), "video/mp4");
                return new SceneMerged(clip.storyId(), clip.scene(), videoKey, clip.captionsKey(), merged.durationSeconds(),
                        clip.narrationOffsetSeconds(), name(), clip.attempt());
            }
        });
    }

    private static String extension(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "" : key.substring(dot);
    }
}
