package com.storyreel.video.clip;

import java.util.function.Consumer;

import com.storyreel.events.SceneInputsReady;
import com.storyreel.events.Stage;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.runtime.stories.KnownStories;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.video.kenburns.ClipSettings;
import com.storyreel.video.kenburns.KenBurnsClipMaker;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
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

    @Bean
    SceneClipProvider sceneClipProvider(ClipProperties clip, ProviderChoice.Vendor<SceneClipProvider> json2video,
            ClipSettings settings, StageExecutor executor, AssetStore assets, JsonMapper json, MeterRegistry meters) {
        SceneClipProvider provider = clip.provider().choose("storyreel.clip.provider", json2video,
                new ProviderChoice.Local<>("ffmpeg", () -> new KenBurnsClipProvider(
                        new KenBurnsClipMaker(Ffmpeg.onPath(), settings), executor, assets, json, meters)));
        log.info("Scene clips are cut by {}", provider.name());
        executor.expect(Stage.CLIP, provider.name());
        return provider;
    }

    @Bean
    SceneClipWorker sceneClipWorker(SceneClipProvider provider) {
        return new SceneClipWorker(provider);
    }

    @Bean
    Consumer<Message<SceneInputsReady>> cutClip(SceneClipWorker worker, KnownStories stories, StoryContext storyContext) {
        return storyContext.around(stories.checked(worker::handle));
    }
}
