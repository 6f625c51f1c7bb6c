package com.storyreel.merge.scenes;

import java.util.function.Consumer;

import com.storyreel.events.SceneClipRendered;
import com.storyreel.events.Stage;
import com.storyreel.merge.mux.SceneMuxer;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.stories.KnownStories;
import com.storyreel.runtime.json2video.Json2VideoClient;
import com.storyreel.runtime.json2video.Json2VideoProperties;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.vendor.VendorDownloads;
import com.storyreel.runtime.work.StageExecutor;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The merge stage: a scene's clip in, the scene's finished video out. */
@Configuration(proxyBeanMethods = false)
class MergeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MergeConfiguration.class);

    /** Always there, so that merges already rendering at JSON2Video finish even after a switch to ffmpeg. */
    @Bean
    Json2VideoMergeJobs json2VideoMergeJobs(Json2VideoClient client, VendorDownloads downloads, AssetStore assets,
            JsonMapper json) {
        return new Json2VideoMergeJobs(client, downloads, assets, Ffmpeg.onPath(), json);
    }

    @Bean
    SceneMergeProvider sceneMergeProvider(MergeProperties props, Json2VideoProperties json2video,
            Json2VideoClient client, Json2VideoMergeJobs jobs, StageExecutor executor, AssetStore assets,
            MeterRegistry meters) {
        SceneMergeProvider provider = props.provider().usesJson2Video(json2video, "storyreel.merge.provider")
                ? new Json2VideoMergeProvider(client, jobs, executor, assets, Ffmpeg.onPath())
                : new MuxMergeProvider(new SceneMuxer(Ffmpeg.onPath()), executor, assets, meters);
        log.info("Scenes are merged by {}", provider.name());
        executor.expect(Stage.MERGE, provider.name());
        return provider;
    }

    @Bean
    SceneMergeWorker sceneMergeWorker(SceneMergeProvider provider) {
        return new SceneMergeWorker(provider);
    }

    @Bean
    Consumer<SceneClipRendered> mergeScene(SceneMergeWorker worker, KnownStories stories, StoryContext storyContext) {
        return storyContext.around(stories.checked(worker::handle));
    }
}
