package com.storyreel.render.stories;

import java.util.function.Consumer;

import com.storyreel.events.AllScenesMerged;
import com.storyreel.render.assembly.AssemblySettings;
import com.storyreel.render.assembly.StoryAssembler;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.events.StoryMdc;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.work.StageExecutor;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The render stage: all scenes merged in, the final video and subtitles out. */
@Configuration(proxyBeanMethods = false)
class RenderConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StoryRenderProvider storyRenderProvider(RenderProperties props) {
        return new AssemblerRenderProvider(new StoryAssembler(Ffmpeg.onPath(), new AssemblySettings(props.crossfadeSeconds(),
                props.fps(), props.targetLufs(), props.preset(), props.crf())));
    }

    @Bean
    StoryRenderWorker storyRenderWorker(StoryRenderProvider provider, StageExecutor executor, AssetStore assets,
            JsonMapper json, MeterRegistry meters) {
        return new StoryRenderWorker(provider, executor, assets, json, meters);
    }

    @Bean
    Consumer<AllScenesMerged> renderStory(StoryRenderWorker worker) {
        return StoryMdc.around(worker::handle);
    }
}
