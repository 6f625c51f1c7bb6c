package com.storyreel.render.stories;

import java.util.function.Consumer;

import com.storyreel.events.AllScenesMerged;
import com.storyreel.events.Stage;
import com.storyreel.render.assembly.AssemblySettings;
import com.storyreel.render.assembly.StoryAssembler;
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

/** The render stage: all scenes merged in, the final video and subtitles out. */
@Configuration(proxyBeanMethods = false)
class RenderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RenderConfiguration.class);

    /** Always there, so that renders already running at JSON2Video finish even after a switch to ffmpeg. */
    @Bean
    Json2VideoRenderJobs json2VideoRenderJobs(Json2VideoClient client, VendorDownloads downloads, AssetStore assets,
            JsonMapper json) {
        return new Json2VideoRenderJobs(client, downloads, assets, Ffmpeg.onPath(), json);
    }

    @Bean
    StoryRenderProvider storyRenderProvider(RenderProperties props, Json2VideoProperties json2video,
            Json2VideoClient client, Json2VideoRenderJobs jobs, StageExecutor executor, AssetStore assets,
            JsonMapper json, MeterRegistry meters) {
        StoryRenderProvider provider = props.provider().usesJson2Video(json2video, "storyreel.render.provider")
                ? new Json2VideoRenderProvider(client, jobs, executor, assets, json, props)
                : new AssemblerRenderProvider(new StoryAssembler(Ffmpeg.onPath(), new AssemblySettings(
                        props.crossfadeSeconds(), props.fps(), props.targetLufs(), props.preset(), props.crf())),
                        executor, assets, json, meters);
        log.info("Stories are rendered by {}", provider.name());
        executor.expect(Stage.RENDER, provider.name());
        return provider;
    }

    @Bean
    StoryRenderWorker storyRenderWorker(StoryRenderProvider provider) {
        return new StoryRenderWorker(provider);
    }

    @Bean
    Consumer<AllScenesMerged> renderStory(StoryRenderWorker worker, KnownStories stories, StoryContext storyContext) {
        return storyContext.around(stories.checked(worker::handle));
    }
}
