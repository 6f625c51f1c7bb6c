package com.storyreel.image.generation;

import java.util.function.Consumer;

import com.storyreel.events.StoryWritten;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.StoryMdc;
import com.storyreel.runtime.work.StageExecutor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The image stage: written stories in, one image per scene out. */
@Configuration(proxyBeanMethods = false)
class ImageConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SceneImageProvider sceneImageProvider() {
        return new PainterImageProvider();
    }

    @Bean
    SceneImageWorker sceneImageWorker(SceneImageProvider provider, StageExecutor executor, AssetStore assets) {
        return new SceneImageWorker(provider, executor, assets);
    }

    @Bean
    Consumer<StoryWritten> paintScenes(SceneImageWorker worker) {
        return StoryMdc.around(worker::handle);
    }
}
