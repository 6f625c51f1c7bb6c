package com.storyreel.merge.merge;

import java.util.function.Consumer;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.Stage;
import com.storyreel.merge.mux.SceneMuxer;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.runtime.stories.KnownStories;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.work.StageExecutor;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The merge stage: a scene's clip in, the scene's finished video out. */
@Configuration(proxyBeanMethods = false)
class MergeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MergeConfiguration.class);

    @Bean
    SceneMergeProvider sceneMergeProvider(MergeProperties merge, ProviderChoice.Vendor<SceneMergeProvider> json2video,
            StageExecutor executor, AssetStore assets, MeterRegistry meters) {
        SceneMergeProvider provider = merge.provider().choose("storyreel.merge.provider", json2video,
                new ProviderChoice.Local<>("ffmpeg",
                        () -> new MuxMergeProvider(new SceneMuxer(Ffmpeg.onPath()), executor, assets, meters)));
        log.info("Scenes are merged by {}", provider.name());
        executor.expect(Stage.MERGE, provider.name());
        return provider;
    }

    @Bean
    SceneMergeWorker sceneMergeWorker(SceneMergeProvider provider) {
        return new SceneMergeWorker(provider);
    }

    @Bean
    Consumer<Message<SceneClipRendered>> mergeScene(SceneMergeWorker worker, KnownStories stories, StoryContext storyContext) {
        return storyContext.around(stories.checked(worker::handle));
    }
}
