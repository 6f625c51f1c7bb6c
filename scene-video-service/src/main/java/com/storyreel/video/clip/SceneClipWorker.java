package com.storyreel.video.clip;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneInputsReady;
import com.storyreel.events.Stage;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.runtime.work.StageWorker;
import com.storyreel.runtime.work.WorkKey;

/** Cuts a scene's clip, captions burned in, once its picture and narration are both ready. */
public class SceneClipWorker implements StageWorker<SceneInputsReady> {

    public static final String OUTPUT_BINDING = "clipRendered";

    private final SceneClipProvider provider;

    public SceneClipWorker(SceneClipProvider provider) {
        this.provider = provider;
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
        provider.cut(new SceneClipProvider.ClipUnit(key, inputs, aspect.width(), aspect.height()));
    }
}
