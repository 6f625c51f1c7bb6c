package com.storyreel.render.json2video;

import com.storyreel.render.render.RenderProperties;
import com.storyreel.render.render.StoryRenderProvider;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.json2video.Json2VideoClient;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.runtime.vendor.VendorDownloads;
import com.storyreel.runtime.work.StageExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** JSON2Video as the render stage's vendor. */
@Configuration(proxyBeanMethods = false)
class Json2VideoRenderConfiguration {

    /** Always there, so that renders already running at JSON2Video finish even after a switch to ffmpeg. */
    @Bean
    Json2VideoRenderJobs json2VideoRenderJobs(Json2VideoClient client, VendorDownloads downloads, AssetStore assets,
            JsonMapper json) {
        return new Json2VideoRenderJobs(client, downloads, assets, Ffmpeg.onPath(), json);
    }

    @Bean
    ProviderChoice.Vendor<StoryRenderProvider> json2VideoRenders(Json2VideoClient client, Json2VideoRenderJobs jobs,
            StageExecutor executor, AssetStore assets, JsonMapper json, RenderProperties render) {
        return new ProviderChoice.Vendor<>(Json2VideoClient.VENDOR, "JSON2VIDEO_API_KEY", client.properties().hasApiKey(),
                () -> new Json2VideoRenderProvider(client, jobs, executor, assets, json, render));
    }
}
