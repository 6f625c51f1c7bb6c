package com.storyreel.image.leonardo;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.image.image.SceneImageProvider;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.runtime.vendor.VendorDownloads;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;
import com.storyreel.runtime.work.StageExecutor;

/**
 * Leonardo as the image stage's vendor, and its client and job handler. The client and handler are there whichever
 * provider the stage uses, so jobs still running at Leonardo when the service restarts with another provider are
 * still finished.
 */
@Configuration(proxyBeanMethods = false)
class LeonardoConfiguration {

    @Bean
    LeonardoClient leonardoClient(LeonardoProperties props, VendorHttp http, VendorGuards guards, JsonMapper json,
            Clock clock) {
        return new LeonardoClient(props, http, guards, json, clock);
    }

    @Bean
    LeonardoImageJobHandler leonardoImageJobHandler(LeonardoProperties props, LeonardoClient client,
            VendorDownloads downloads, AssetStore assets, JsonMapper json) {
        return new LeonardoImageJobHandler(props, client, downloads, assets, json);
    }

    @Bean
    ProviderChoice.Vendor<SceneImageProvider> leonardoImages(LeonardoProperties props, LeonardoClient client,
            LeonardoImageJobHandler jobs, StageExecutor executor) {
        return new ProviderChoice.Vendor<>(LeonardoClient.VENDOR, "LEONARDO_API_KEY", props.hasApiKey(),
                () -> new LeonardoImageProvider(client, jobs, executor));
    }
}
