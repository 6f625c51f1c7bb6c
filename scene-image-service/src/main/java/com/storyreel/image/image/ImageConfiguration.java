package com.storyreel.image.image;

import java.util.function.Consumer;

import com.storyreel.events.SceneWritten;
import com.storyreel.events.Stage;
import com.storyreel.image.painting.ProceduralPainter;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.runtime.stories.KnownStories;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.work.StageExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The image stage: written scenes in, one image each out. */
@Configuration(proxyBeanMethods = false)
class ImageConfiguration {

    static final String PROVIDER_SETTING = "storyreel.image.provider";

    private static final Logger log = LoggerFactory.getLogger(ImageConfiguration.class);

    /** The one place the stage's provider is chosen ({@code storyreel.image.provider}). */
    @Bean
    SceneImageProvider sceneImageProvider(ImageProperties image, ProviderChoice.Vendor<SceneImageProvider> vendor,
            StageExecutor executor, AssetStore assets) {
        SceneImageProvider provider = image.provider().choose(PROVIDER_SETTING, vendor,
                new ProviderChoice.Local<>("painter", () -> new PainterImageProvider(new ProceduralPainter(), executor,
                        assets)));
        log.info("Scene images are made by {} ({}={})", provider.name(), PROVIDER_SETTING, image.provider());
        executor.expect(Stage.IMAGE, provider.name());
        return provider;
    }

    @Bean
    SceneImageWorker sceneImageWorker(SceneImageProvider provider) {
        return new SceneImageWorker(provider);
    }

    @Bean
    Consumer<Message<SceneWritten>> paintScenes(SceneImageWorker worker, KnownStories stories, StoryContext storyContext) {
        return storyContext.around(stories.checked(worker::handle));
    }
}
