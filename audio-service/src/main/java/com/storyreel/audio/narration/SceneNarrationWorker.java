package com.storyreel.audio.narration;

import com.storyreel.events.SceneNarrated;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.Stage;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.runtime.media.Scratch;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.StageWorker;
import com.storyreel.runtime.work.WorkKey;
import tools.jackson.databind.json.JsonMapper;

/** The narration of one written scene, stored with its caption cues. */
public class SceneNarrationWorker implements StageWorker<SceneWritten> {

    static final String OUTPUT_BINDING = "sceneNarrated";

    private final NarrationProvider provider;
    private final StageExecutor executor;
    private final AssetStore assets;
    private final JsonMapper json;

    public SceneNarrationWorker(NarrationProvider provider, StageExecutor executor, AssetStore assets, JsonMapper json) {
        this.provider = provider;
        this.executor = executor;
        this.assets = assets;
        this.json = json;
    }

    @Override
    public Class<SceneWritten> inputType() {
        return SceneWritten.class;
    }

    @Override
    public void handle(SceneWritten scene) {
        InvalidEventException.require(scene.narration() != null && !scene.narration().isBlank(),
                "Scene " + scene.scene() + " has no narration");
        String hash = AssetKeys.hash(provider.name(), scene.narration(), provider.settings(scene.voice()));
        WorkKey key = new WorkKey(scene.storyId(), scene.scene(), Stage.NARRATION, hash);
        if (provider.paid()) {
            executor.runPaid(key, scene.attempt(), scene, provider.name(), OUTPUT_BINDING, () -> narrate(scene, hash));
        }
        else {
            executor.run(key, scene.attempt(), scene, provider.name(), OUTPUT_BINDING, () -> narrate(scene, hash));
        }
    }

    private SceneNarrated narrate(SceneWritten scene, String hash) {
        try (Scratch scratch = Scratch.create("narration")) {
            var spoken = provider.narrate(scene.narration(), scene.voice(), scratch.dir());
            String audioKey = AssetKeys.scene(scene.storyId(), scene.scene(), "narration", hash, spoken.extension());
            String captionsKey = AssetKeys.scene(scene.storyId(), scene.scene(), "captions", hash, "json");
            assets.put(audioKey, spoken.audio(), spoken.contentType());
            assets.put(captionsKey, json.writeValueAsBytes(spoken.captions()), "application/json");
            return new SceneNarrated(scene.storyId(), scene.scene(), audioKey, captionsKey, spoken.durationSeconds(),
                    spoken.voice(), provider.name(), scene.attempt(), spoken.cost());
        }
    }
}
