package com.storyreel.story.budget;

import com.storyreel.runtime.providers.ProviderChoice;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which of the other stages will call a paid vendor, read from the very settings those stages decide by:
 * {@code storyreel.<stage>.provider} ({@code STORYREEL_<STAGE>_PROVIDER}) and the vendor's API key
 * variable. The launcher shares one environment with every service; compose passes the same variables
 * to the gateway as to the stages.
 */
@ConfigurationProperties("storyreel")
public record StageProviders(@DefaultValue Stage image, @DefaultValue Stage narration, @DefaultValue Stage clip,
        @DefaultValue Stage merge, @DefaultValue Stage render, @DefaultValue Key leonardo,
        @DefaultValue Key elevenlabs, @DefaultValue Key json2video) {

    /** A stage's settings, of which only its provider ({@code storyreel.<stage>.provider}) is read here. */
    public record Stage(@DefaultValue("auto") ProviderChoice provider) {

        boolean usesVendor(String vendor, Key key) {
            return provider.usesVendor(vendor, key.isSet());
        }
    }

    /** Whether a vendor's API key is set; the key itself is never printed. */
    public record Key(@DefaultValue("") String apiKey) {

        boolean isSet() {
            return apiKey != null && !apiKey.isBlank();
        }

        @Override
        public String toString() {
            return "Key[" + (isSet() ? "set" : "not set") + "]";
        }
    }

    public boolean imagesByLeonardo() {
        return image.usesVendor(CostEstimator.LEONARDO, leonardo);
    }

    public boolean narrationByElevenLabs() {
        return narration.usesVendor(CostEstimator.ELEVENLABS, elevenlabs);
    }

    public boolean clipsByJson2Video() {
        return clip.usesVendor(CostEstimator.JSON2VIDEO, json2video);
    }

    public boolean mergesByJson2Video() {
        return merge.usesVendor(CostEstimator.JSON2VIDEO, json2video);
    }

    public boolean renderByJson2Video() {
        return render.usesVendor(CostEstimator.JSON2VIDEO, json2video);
    }
}
