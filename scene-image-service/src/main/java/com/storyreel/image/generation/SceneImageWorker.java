package com.storyreel.image.generation;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneScript;
import com.storyreel.events.Stage;
import com.storyreel.events.StoryWritten;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.StageWorker;
import com.storyreel.runtime.work.WorkKey;

/** One picture per scene of a written story, each a unit of work of its own. */
public class SceneImageWorker implements StageWorker<StoryWritten> {

    static final String OUTPUT_BINDING = "imageGenerated";

    private final SceneImageProvider provider;
    private final StageExecutor executor;
    private final AssetStore assets;

    public SceneImageWorker(SceneImageProvider provider, StageExecutor executor, AssetStore assets) {
        this.provider = provider;
        this.executor = executor;
        this.assets = assets;
    }

    @Override
    public Class<StoryWritten> inputType() {
        return StoryWritten.class;
    }

    @Override
    public void handle(StoryWritten story) {
        InvalidEventException.require(story.scenes() != null && !story.scenes().isEmpty(), "The story has no scenes");
        AspectRatio aspect = InvalidEventException.read(() -> AspectRatio.of(story.aspectRatio()));
        for (SceneScript scene : story.scenes()) {
            InvalidEventException.require(scene.imagePrompt() != null, "Scene " + scene.index() + " has no image prompt");
            String hash = AssetKeys.hash(provider.name(), scene.imagePrompt(), story.style(), aspect.width(), aspect.height());
            WorkKey key = new WorkKey(story.storyId(), scene.index(), Stage.IMAGE, hash);
            executor.run(key, story.attempt(), story, provider.name(), OUTPUT_BINDING, () -> {
                byte[] png = provider.generate(scene.imagePrompt(), story.style(), aspect.width(), aspect.height());
                String assetKey = AssetKeys.scene(story.storyId(), scene.index(), "image", hash, "png");
                assets.put(assetKey, png, "image/png");
                return new SceneImageGenerated(story.storyId(), scene.index(), assetKey, aspect.width(), aspect.height(),
                        provider.name(), story.attempt());
            });
        }
    }
}
