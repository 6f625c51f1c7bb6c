package com.storyreel.image.generation;

import java.util.function.Consumer;

import com.storyreel.events.SceneWritten;
import com.storyreel.events.Stage;
import com.storyreel.image.leonardo.LeonardoClient;
import com.storyreel.image.leonardo.LeonardoImageJobHandler;
import com.storyreel.image.leonardo.LeonardoImageWork;
import com.storyreel.image.leonardo.LeonardoProperties;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.stories.KnownStories;
import com.storyreel.runtime.work.StageExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The image stage: written scenes in, one image each out. */
@Configuration(proxyBeanMethods = false)
class ImageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ImageConfiguration.class);

    /** The one place the stage's provider is chosen ({@code storyreel.image.provider}). */
    @Bean
    SceneImageWork sceneImageWork(ImageProperties image, LeonardoProperties leonardo, LeonardoClient leonardoClient,
            LeonardoImageJobHandler leonardoJobs, StageExecutor executor, AssetStore assets) {
        boolean useLeonardo = image.usesLeonardo(leonardo.hasApiKey());
        if (useLeonardo && !leonardo.hasApiKey()) {
            throw new IllegalStateException("storyreel.image.provider is leonardo but LEONARDO_API_KEY is not set");
        }
        SceneImageWork work = useLeonardo ? new LeonardoImageWork(leonardoClient, leonardoJobs, executor)
                : new ImmediateImageWork(new PainterImageProvider(), executor, assets);
        log.info("Scene images are made by {} (storyreel.image.provider={})", work.provider(), image.provider().label());
        executor.expect(Stage.IMAGE, work.provider());
        return work;
    }

    @Bean
    SceneImageWorker sceneImageWorker(SceneImageWork work) {
        return new SceneImageWorker(work);
    }

    @Bean
    Consumer<SceneWritten> paintScenes(SceneImageWorker worker, KnownStories stories, StoryContext storyContext) {
        return storyContext.around(stories.checked(worker::handle));
    }
}
