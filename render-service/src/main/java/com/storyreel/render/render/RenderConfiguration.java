package com.storyreel.render.render;

import java.util.function.Consumer;

import com.storyreel.events.AllScenesMerged;
import com.storyreel.events.Stage;
import com.storyreel.render.assembly.AssemblySettings;
import com.storyreel.render.assembly.StoryAssembler;
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
import tools.jackson.databind.json.JsonMapper;

/** The render stage: all scenes merged in, the final video and subtitles out. */
@Configuration(proxyBeanMethods = false)
class RenderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RenderConfiguration.class);

    @Bean
    StoryRenderProvider storyRenderProvider(RenderProperties render, ProviderChoice.Vendor<StoryRenderProvider> json2video,
            StageExecutor executor, AssetStore assets, JsonMapper json, MeterRegistry meters) {
        StoryRenderProvider provider = render.provider().choose("storyreel.render.provider", json2video,
                new ProviderChoice.Local<>("ffmpeg", () -> new AssemblerRenderProvider(new StoryAssembler(Ffmpeg.onPath(),
                        new AssemblySettings(render.crossfadeSeconds(), render.fps(), render.targetLufs(), render.preset(),
                                render.crf())), executor, assets, json, meters)));
        log.info("Stories are rendered by {}", provider.name());
        executor.expect(Stage.RENDER, provider.name());
        return provider;
    }

    @Bean
    StoryRenderWorker storyRenderWorker(StoryRenderProvider provider) {
        return new StoryRenderWorker(provider);
    }

    @Bean
    Consumer<Message<AllScenesMerged>> renderStory(StoryRenderWorker worker, KnownStories stories, StoryContext storyContext) {
        return storyContext.around(stories.checked(worker::handle));
    }
}
