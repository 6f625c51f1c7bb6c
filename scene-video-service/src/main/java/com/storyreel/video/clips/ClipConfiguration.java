package com.storyreel.video.clips;

import java.util.function.Consumer;

import com.storyreel.events.SceneInputsReady;
import com.storyreel.events.Stage;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.stories.KnownStories;
import com.storyreel.runtime.json2video.Json2VideoClient;
import com.storyreel.runtime.json2video.Json2VideoProperties;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.vendor.VendorDownloads;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.video.kenburns.ClipSettings;
import com.storyreel.video.kenburns.KenBurnsClipMaker;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The clip stage: a scene's inputs ready in, its clip out. */
@Configuration(proxyBeanMethods = false)
class ClipConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClipConfiguration.class);

    @Bean
    ClipSettings clipSettings(ClipProperties props) {
        return new ClipSettings(props.leadInSeconds(), props.tailSeconds(), props.fps(), props.preset(), props.crf(),
                props.x264Params(), props.captionFont());
    }

    /** Always there, so that clips already rendering at JSON2Video finish even after a switch to ffmpeg. */
    @Bean
    Json2VideoClipJobs json2VideoClipJobs(Json2VideoClient client, VendorDownloads downloads, AssetStore assets,
            JsonMapper json) {
        return new Json2VideoClipJobs(client, downloads, assets, Ffmpeg.onPath(), json);
    }

    @Bean
    SceneClipProvider sceneClipProvider(ClipProperties props, ClipSettings settings, Json2VideoProperties json2video,
            Json2VideoClient client, Json2VideoClipJobs jobs, StageExecutor executor, AssetStore assets, JsonMapper json,
            MeterRegistry meters) {
        SceneClipProvider provider = props.provider().usesJson2Video(json2video, "storyreel.clip.provider")
                ? new Json2VideoClipProvider(client, jobs, executor, assets, json, settings)
                : new KenBurnsClipProvider(new KenBurnsClipMaker(Ffmpeg.onPath(), settings), executor, assets, json, meters);
        log.info("Scene clips are cut by {}", provider.name());
        executor.expect(Stage.CLIP, provider.name());
        return provider;
    }

    @Bean
    SceneClipWorker sceneClipWorker(SceneClipProvider provider) {
        return new SceneClipWorker(provider);
    }

    @Bean
    Consumer<SceneInputsReady> cutClip(SceneClipWorker worker, KnownStories stories, StoryContext storyContext) {
        return storyContext.around(stories.checked(worker::handle));
    }
}
