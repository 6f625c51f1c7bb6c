package com.storyreel.image.generation;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneWritten;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.WorkKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pictures a provider makes on the consumer's thread, such as the local painter's. */
public class ImmediateImageWork implements SceneImageWork {

    private static final Logger log = LoggerFactory.getLogger(ImmediateImageWork.class);

    private final SceneImageProvider provider;
    private final StageExecutor executor;
    private final AssetStore assets;

    public ImmediateImageWork(SceneImageProvider provider, StageExecutor executor, AssetStore assets) {
        this.provider = provider;
        this.executor = executor;
        this.assets = assets;
    }

    @Override
    public String provider() {
        return provider.name();
    }

    @Override
    public void start(WorkKey key, SceneWritten scene, AspectRatio frame) {
        executor.run(key, scene.attempt(), scene, provider.name(), SceneImageWorker.OUTPUT_BINDING, () -> {
            byte[] png = provider.generate(scene.imagePrompt(), scene.style(), frame.width(), frame.height());
            String assetKey = AssetKeys.scene(scene.storyId(), scene.scene(), "image", key.inputHash(), "png");
            assets.put(assetKey, png, "image/png");
            log.info("Pictured scene {} at {}x{} with {}", scene.scene(), frame.width(), frame.height(), provider.name());
            return new SceneImageGenerated(scene.storyId(), scene.scene(), assetKey, frame.width(), frame.height(),
                    provider.name(), scene.attempt());
        });
    }
}
