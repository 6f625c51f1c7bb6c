package com.storyreel.merge.json2video;

import com.storyreel.merge.merge.SceneMergeProvider;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.json2video.Json2VideoClient;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.runtime.vendor.VendorDownloads;
import com.storyreel.runtime.work.StageExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** JSON2Video as the merge stage's vendor. */
@Configuration(proxyBeanMethods = false)
class Json2VideoMergeConfiguration {

    /** Always there, so that merges already rendering at JSON2Video finish even after a switch to ffmpeg. */
    @Bean
    Json2VideoMergeJobs json2VideoMergeJobs(Json2VideoClient client, VendorDownloads downloads, AssetStore assets,
            JsonMapper json) {
        return new Json2VideoMergeJobs(client, downloads, assets, Ffmpeg.onPath(), json);
    }

    @Bean
    ProviderChoice.Vendor<SceneMergeProvider> json2VideoMerges(Json2VideoClient client, Json2VideoMergeJobs jobs,
            StageExecutor executor, AssetStore assets) {
        return new ProviderChoice.Vendor<>(Json2VideoClient.VENDOR, "JSON2VIDEO_API_KEY", client.properties().hasApiKey(),
                () -> new Json2VideoMergeProvider(client, jobs, executor, assets, Ffmpeg.onPath()));
    }
}
