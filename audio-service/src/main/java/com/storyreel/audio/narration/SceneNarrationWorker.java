package com.storyreel.audio.narration;

import com.storyreel.events.SceneNarrated;
import com.storyreel.events.SceneScript;
import com.storyreel.events.Stage;
import com.storyreel.events.StoryWritten;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.runtime.media.Scratch;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.StageWorker;
import com.storyreel.runtime.work.WorkKey;
import tools.jackson.databind.json.JsonMapper;

/** One narration per scene of a written story, stored with its caption cues. */
public class SceneNarrationWorker implements StageWorker<StoryWritten> {

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
    public Class<StoryWritten> inputType() {
        return StoryWritten.class;
    }

    @Override
    public void handle(StoryWritten story) {
        InvalidEventException.require(story.scenes() != null && !story.scenes().isEmpty(), "The story has no scenes");
        for (SceneScript scene : story.scenes()) {
            InvalidEventException.require(scene.narration() != null && !scene.narration().isBlank(),
                    "Scene " + scene.index() + " has no narration");
            String hash = AssetKeys.hash(provider.name(), scene.narration(), provider.settings(story.voice()));
            WorkKey key = new WorkKey(story.storyId(), scene.index(), Stage.NARRATION, hash);
            if (provider.paid()) {
                executor.runPaid(key, story.attempt(), story, provider.name(), OUTPUT_BINDING,
                        () -> narrate(story, scene, hash));
            }
            else {
                executor.run(key, story.attempt(), story, provider.name(), OUTPUT_BINDING, () -> narrate(story, scene, hash));
            }
        }
    }

    private SceneNarrated narrate(StoryWritten story, SceneScript scene, String hash) {
        try (Scratch scratch = Scratch.create("narration")) {
            var spoken = provider.narrate(scene.narration(), story.voice(), scratch.dir());
            String audioKey = AssetKeys.scene(story.storyId(), scene.index(), "narration", hash, spoken.extension());
            String captionsKey = AssetKeys.scene(story.storyId(), scene.index(), "captions", hash, "json");
            assets.put(audioKey, spoken.audio(), spoken.contentType());
            assets.put(captionsKey, json.writeValueAsBytes(spoken.captions()), "application/json");
            return new SceneNarrated(story.storyId(), scene.index(), audioKey, captionsKey, spoken.durationSeconds(),
                    spoken.voice(), provider.name(), story.attempt(), spoken.cost());
        }
    }
}
