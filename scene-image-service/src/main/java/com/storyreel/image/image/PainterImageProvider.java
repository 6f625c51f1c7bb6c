package com.storyreel.image.image;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneWritten;
import com.storyreel.image.painting.ProceduralPainter;
import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.WorkKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The free local provider: the procedural painter, painting on the consumer's thread. */
public class PainterImageProvider implements SceneImageProvider {

    private static final Logger log = LoggerFactory.getLogger(PainterImageProvider.class);

    private final ProceduralPainter painter;
    private final StageExecutor executor;
    private final AssetStore assets;

    public PainterImageProvider(ProceduralPainter painter, StageExecutor executor, AssetStore assets) {
        this.painter = painter;
        this.executor = executor;
        this.assets = assets;
    }

    @Override
    public String name() {
        return "painter";
    }

    @Override
    public void picture(WorkKey key, SceneWritten scene, AspectRatio frame) {
        executor.run(key, scene.attempt(), scene, name(), SceneImageWorker.OUTPUT_BINDING, () -> {
            byte[] png = painter.paintPng(scene.imagePrompt(), scene.style(), scene.characters(), frame.width(),
                    frame.height());
            String assetKey = AssetKeys.scene(scene.storyId(), scene.scene(), "image", key.inputHash(), "png");
            assets.put(assetKey, png, "image/png");
            log.info("Pictured scene {} at {}x{} with {}", scene.scene(), frame.width(), frame.height(), name());
            return new SceneImageGenerated(scene.storyId(), scene.scene(), assetKey, frame.width(), frame.height(),
                    name(), scene.attempt());
        });
    }
}
