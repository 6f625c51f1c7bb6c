package com.storyreel.video.json2video;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.json2video.Json2VideoClient;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.runtime.vendor.VendorDownloads;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.video.clip.SceneClipProvider;
import com.storyreel.video.kenburns.ClipSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** JSON2Video as the clip stage's vendor. */
@Configuration(proxyBeanMethods = false)
class Json2VideoClipConfiguration {

    /** Always there, so that clips already rendering at JSON2Video finish even after a switch to ffmpeg. */
    @Bean
    Json2VideoClipJobs json2VideoClipJobs(Json2VideoClient client, VendorDownloads downloads, AssetStore assets,
            JsonMapper json) {
        return new Json2VideoClipJobs(client, downloads, assets, Ffmpeg.onPath(), json);
    }

    @Bean
    ProviderChoice.Vendor<SceneClipProvider> json2VideoClips(Json2VideoClient client, Json2VideoClipJobs jobs,
            StageExecutor executor, AssetStore assets, JsonMapper json, ClipSettings settings) {
        return new ProviderChoice.Vendor<>(Json2VideoClient.VENDOR, "JSON2VIDEO_API_KEY", client.properties().hasApiKey(),
                () -> new Json2VideoClipProvider(client, jobs, executor, assets, json, settings));
    }
}
