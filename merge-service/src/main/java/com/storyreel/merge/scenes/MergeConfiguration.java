package com.storyreel.merge.scenes;

import java.util.function.Consumer;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.merge.mux.SceneMuxer;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.StoryMdc;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.work.StageExecutor;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The merge stage: a scene's clip in, the scene's finished video out. */
@Configuration(proxyBeanMethods = false)
class MergeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SceneMergeProvider sceneMergeProvider() {
        return new MuxMergeProvider(new SceneMuxer(Ffmpeg.onPath()));
    }

    @Bean
    SceneMergeWorker sceneMergeWorker(SceneMergeProvider provider, StageExecutor executor, AssetStore assets,
            MeterRegistry meters) {
        return new SceneMergeWorker(provider, executor, assets, meters);
    }

    @Bean
    Consumer<SceneClipRendered> mergeScene(SceneMergeWorker worker) {
        return StoryMdc.around(worker::handle);
    }
}
