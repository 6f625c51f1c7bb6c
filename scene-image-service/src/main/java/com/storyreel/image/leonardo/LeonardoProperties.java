package com.storyreel.image.leonardo;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Leonardo.ai image generation ({@code storyreel.leonardo}).
 *
 * @param apiKey LEONARDO_API_KEY; blank means Leonardo is not configured
 * @param baseUrl LEONARDO_BASE_URL
 * @param modelId LEONARDO_MODEL_ID
 * @param maxSide the longest side requested; images come back at most this size and are then fitted to the frame
 * @param alchemy Leonardo's alchemy (quality) pipeline; also decides which preset styles are valid
 * @param negativePrompt what images should not show; empty sends none
 * @param readTimeout how long one call waits for Leonardo's answer
 * @param firstPollDelay the wait before the first status poll, then multiplied by {@code pollDelayGrowth}
 * @param maxPollDelay the longest wait between polls
 * @param deadline how long a generation may take before the scene fails
 * @param downloadHosts where image URLs may point, exactly or as {@code .suffix}
 * @param downloadTypes the image types accepted
 * @param maxDownloadSize the largest image file accepted
 * @param downloadDeadline how long downloading an image may take in all
 * @param maxPixels the most pixels (width x height, read from the header before decoding) an image may have
 */
@ConfigurationProperties("storyreel.leonardo")
public record LeonardoProperties(String apiKey, String baseUrl, String modelId, @DefaultValue("1024") int maxSide,
        @DefaultValue("true") boolean alchemy, @DefaultValue("") String negativePrompt,
        @DefaultValue("30s") Duration readTimeout, @DefaultValue("3s") Duration firstPollDelay,
        @DefaultValue("1.5") double pollDelayGrowth, @DefaultValue("15s") Duration maxPollDelay,
        @DefaultValue("10m") Duration deadline,
        @DefaultValue({ "cdn.leonardo.ai", ".leonardo.ai" }) List<String> downloadHosts,
        @DefaultValue({ "image/jpeg", "image/png", "image/webp" }) List<String> downloadTypes,
        @DefaultValue("20MB") DataSize maxDownloadSize, @DefaultValue("2m") Duration downloadDeadline,
        @DefaultValue("16777216") long maxPixels) {

    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    /** Everything but the key, which must never reach a log. */
    @Override
    public String toString() {
        return "LeonardoProperties[apiKey=" + (hasApiKey() ? "****" : "(not set)") + ", baseUrl=" + baseUrl
                + ", modelId=" + modelId + ", maxSide=" + maxSide + ", alchemy=" + alchemy + ", negativePrompt="
                + negativePrompt + ", readTimeout=" + readTimeout + ", firstPollDelay=" + firstPollDelay
                + ", pollDelayGrowth=" + pollDelayGrowth + ", maxPollDelay=" + maxPollDelay + ", deadline=" + deadline
                + ", downloadHosts=" + downloadHosts + ", downloadTypes=" + downloadTypes + ", maxDownloadSize="
                + maxDownloadSize + ", downloadDeadline=" + downloadDeadline + ", maxPixels=" + maxPixels + "]";
    }
}
