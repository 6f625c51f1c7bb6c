package com.storyreel.video.clip;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneInputsReady;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.media.MediaSpeed;
import com.storyreel.runtime.media.Scratch;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.video.kenburns.ClipResult;
import com.storyreel.video.kenburns.KenBurnsClipMaker;

/** The free local provider: an ffmpeg Ken Burns move over the still, varied per scene. */
public class KenBurnsClipProvider implements SceneClipProvider {

    private final KenBurnsClipMaker maker;
    private final StageExecutor executor;
    private final AssetStore assets;
    private final JsonMapper json;
    private final MeterRegistry meters;

    public KenBurnsClipProvider(KenBurnsClipMaker maker, StageExecutor executor, AssetStore assets, JsonMapper json,
            MeterRegistry meters) {
        this.maker = maker;
        this.executor = executor;
        this.assets = assets;
        this.json = json;
        this.meters = meters;
        MediaSpeed.expect(meters, "clip", name());
    }

    @Override
    public String name() {
        return "ffmpeg-kenburns";
    }

    @Override
    public void cut(ClipUnit unit) {
        SceneInputsReady inputs = unit.inputs();
        executor.run(unit.key(), inputs.attempt(), inputs, name(), SceneClipWorker.OUTPUT_BINDING, () -> {
            try (Scratch scratch = Scratch.create("clip")) {
                long started = System.nanoTime();
                var image = assets.download(inputs.imageKey(), scratch.file("image.png"));
                ClipResult clip = maker.make(image, inputs.narrationSeconds(), unit.captions(assets, json), inputs.scene(),
                        unit.width(), unit.height(), scratch.file("clip.mp4"));
                MediaSpeed.record(meters, "clip", name(), clip.durationSeconds(), System.nanoTime() - started);
                String clipKey = AssetKeys.scene(inputs.storyId(), inputs.scene(), "clip", unit.key().inputHash(), "mp4");
                assets.put(clipKey, clip.file(), "video/mp4");
                return new SceneClipRendered(inputs.storyId(), inputs.scene(), clipKey, inputs.audioKey(),
                        inputs.captionsKey(), clip.durationSeconds(), clip.narrationOffsetSeconds(), name(),
                        inputs.attempt());
            }
        });
    }
}
