package com.storyreel.video.clips;

import java.util.function.Consumer;

import com.storyreel.events.SceneInputsReady;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.StoryMdc;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.video.kenburns.ClipSettings;
import com.storyreel.video.kenburns.KenBurnsClipMaker;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The clip stage: a scene's inputs ready in, its clip out. */
@Configuration(proxyBeanMethods = false)
class ClipConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SceneClipProvider sceneClipProvider(ClipProperties props) {
        return new KenBurnsClipProvider(new KenBurnsClipMaker(Ffmpeg.onPath(), new ClipSettings(props.leadInSeconds(),
                props.tailSeconds(), props.fps(), props.preset(), props.crf(), props.captionFont())));
    }

    @Bean
    SceneClipWorker sceneClipWorker(SceneClipProvider provider, StageExecutor executor, AssetStore assets,
            MeterRegistry meters, JsonMapper json) {
        return new SceneClipWorker(provider, executor, assets, meters, json);
    }

    @Bean
    Consumer<SceneInputsReady> cutClip(SceneClipWorker worker) {
        return StoryMdc.around(worker::handle);
    }
}
