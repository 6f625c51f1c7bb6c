package com.storyreel.render.render;

import java.util.List;

import com.storyreel.events.MergedScene;
import com.storyreel.events.SceneCaptions;
import com.storyreel.render.assembly.TimedScene;
import com.storyreel.runtime.assets.AssetStore;
import tools.jackson.databind.json.JsonMapper;

/** A merged scene with its captions, as the story's timeline places them. */
public record CaptionedScene(MergedScene scene, SceneCaptions captions) implements TimedScene {

    /** The scene with its captions read from S3; none when it has no captions file. */
    public static CaptionedScene read(MergedScene scene, AssetStore assets, JsonMapper json) {
        return new CaptionedScene(scene, scene.captionsKey() == null ? new SceneCaptions(List.of())
                : json.readValue(assets.read(scene.captionsKey()), SceneCaptions.class));
    }

    @Override
    public double durationSeconds() {
        return scene.durationSeconds();
    }

    @Override
    public double narrationOffsetSeconds() {
        return scene.narrationOffsetSeconds();
    }
}
