package com.storyreel.video.clips;

import java.util.List;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneCaptions;
import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.SceneInputsReady;
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
import tools.jackson.databind.json.JsonMapper;

/** Cuts a scene's clip, captions burned in, once its picture and narration are both ready. */
public class SceneClipWorker implements StageWorker<SceneInputsReady> {

    static final String OUTPUT_BINDING = "clipRendered";

    private final SceneClipProvider provider;
    private final StageExecutor executor;
    private final AssetStore assets;
    private final MeterRegistry meters;

    private final JsonMapper json;

    public SceneClipWorker(SceneClipProvider provider, StageExecutor executor, AssetStore assets, MeterRegistry meters,
            JsonMapper json) {
        this.provider = provider;
        this.executor = executor;
        this.assets = assets;
        this.meters = meters;
        this.json = json;
    }

    @Override
    public Class<SceneInputsReady> inputType() {
        return SceneInputsReady.class;
    }

    @Override
    public void handle(SceneInputsReady inputs) {
        InvalidEventException.require(inputs.scene() >= 0 && inputs.imageKey() != null && inputs.narrationSeconds() > 0,
                "The scene needs an index, an imageKey and a positive narration length");
        AspectRatio aspect = InvalidEventException.read(() -> AspectRatio.of(inputs.aspectRatio()));
        String hash = AssetKeys.hash(provider.name(), inputs.imageKey(), inputs.captionsKey(), inputs.narrationSeconds(),
                inputs.scene(), aspect.width(), aspect.height());
        WorkKey key = new WorkKey(inputs.storyId(), inputs.scene(), Stage.CLIP, hash);
        executor.run(key, inputs.attempt(), inputs, provider.name(), OUTPUT_BINDING, () -> {
            try (Scratch scratch = Scratch.create("clip")) {
                long started = System.nanoTime();
                var image = assets.download(inputs.imageKey(), scratch.file("image.png"));
                SceneCaptions captions = inputs.captionsKey() == null ? new SceneCaptions(List.of())
                        : json.readValue(assets.read(inputs.captionsKey()), SceneCaptions.class);
                var clip = provider.cut(image, inputs.narrationSeconds(), captions, inputs.scene(), aspect.width(),
                        aspect.height(), scratch.dir());
                MediaSpeed.record(meters, "clip", provider.name(), clip.durationSeconds(), System.nanoTime() - started);
                String clipKey = AssetKeys.scene(inputs.storyId(), inputs.scene(), "clip", hash, "mp4");
                assets.put(clipKey, clip.file(), "video/mp4");
                return new SceneClipRendered(inputs.storyId(), inputs.scene(), clipKey, inputs.audioKey(),
                        inputs.captionsKey(), clip.durationSeconds(), clip.narrationOffsetSeconds(), provider.name(),
                        inputs.attempt());
            }
        });
    }
}
