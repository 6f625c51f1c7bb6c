package com.storyreel.runtime.json2video;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import com.storyreel.runtime.vendor.DownloadRule;

/**
 * How the clip, merge and render stages use JSON2Video.
 *
 * @param apiKey the {@code x-api-key}; empty means JSON2Video is not configured
 * @param baseUrl the API root, with or without its {@code /v2}; empty means the public API
 * @param quality the render quality: low, medium or high
 * @param linkExpiry how long the presigned links to our assets stay valid: queueing plus rendering, at most 7 days
 * @param deadline how long a render may take before the unit fails
 * @param pollDelay the wait before the first status poll; never less than 5 s, JSON2Video's documented minimum
 * @param maxPollDelay the longest wait between polls, reached by backing off
 * @param requestTimeout how long one API call may wait for an answer
 * @param downloadHosts the hosts a finished movie may be downloaded from ({@code .suffix} for any subdomain)
 * @param maxDownloadSize the largest movie accepted
 * @param downloadDeadline how long downloading a finished movie may take in all
 * @param webhookUrl where JSON2Video posts when a render ends; counted only when it is an absolute http(s) URL
 *     ending in a non-empty segment (the secret), so that a URL assembled from unset variables means none
 */
@ConfigurationProperties("storyreel.json2video")
public record Json2VideoProperties(@DefaultValue("") String apiKey, @DefaultValue(DEFAULT_BASE_URL) String baseUrl,
        @DefaultValue("high") String quality, @DefaultValue("12h") Duration linkExpiry,
        @DefaultValue("45m") Duration deadline, @DefaultValue("5s") Duration pollDelay,
        @DefaultValue("30s") Duration maxPollDelay, @DefaultValue("30s") Duration requestTimeout,
        @DefaultValue(".json2video.com") List<String> downloadHosts, @DefaultValue("2GB") DataSize maxDownloadSize,
        @DefaultValue("15m") Duration downloadDeadline,
        @DefaultValue("") String webhookUrl) {

    static final String DEFAULT_BASE_URL = "https://api.json2video.com/v2";

    /** JSON2Video's documented minimum between two status polls of a render. */
    static final Duration MIN_POLL_DELAY = Duration.ofSeconds(5);

    /** SigV4 presigned links last at most this long. */
    private static final Duration MAX_LINK_EXPIRY = Duration.ofDays(7);

    /** Polls at one delay before it doubles. */
    private static final int POLLS_PER_STEP = 3;

    public Json2VideoProperties {
        apiKey = apiKey == null ? "" : apiKey.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        if (linkExpiry == null || linkExpiry.isNegative() || linkExpiry.isZero() || linkExpiry.compareTo(MAX_LINK_EXPIRY) > 0) {
            throw new IllegalArgumentException(
                    "storyreel.json2video.link-expiry must be more than 0 and at most 7 days, was " + linkExpiry);
        }
        // A public URL given with a trailing slash would double the one before "webhooks".
        webhookUrl = complete(webhookUrl) ? webhookUrl.strip().replaceAll("(?<!:)/{2,}", "/") : "";
    }

    public boolean hasApiKey() {
        return !apiKey.isEmpty();
    }

    /** The versioned API root: the configured base URL, with {@code /v2} added when it was left out. */
    public String apiBase() {
        String base = baseUrl.replaceAll("/+$", "");
        return base.endsWith("/v2") ? base : base + "/v2";
    }

    /**
     * The wait before the next status poll after {@code polls} polls: the first delay (at least 5 s) for three
     * polls, then doubled every three polls up to the longest delay.
     */
    public Duration nextPollDelay(int polls) {
        Duration first = pollDelay.compareTo(MIN_POLL_DELAY) < 0 ? MIN_POLL_DELAY : pollDelay;
        Duration longest = maxPollDelay.compareTo(first) < 0 ? first : maxPollDelay;
        Duration delay = first.multipliedBy(1L << Math.min(Math.max(polls, 0) / POLLS_PER_STEP, 16));
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** What may be downloaded as a finished movie. */
    public DownloadRule downloadRule() {
        return new DownloadRule(Json2VideoClient.VENDOR, downloadHosts, List.of("video/mp4"), maxDownloadSize,
                downloadDeadline);
    }

    private static boolean complete(String url) {
        if (url == null || url.isBlank() || url.strip().endsWith("/")) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }

    /** Neither the key nor the webhook URL (its last segment is a secret) is ever printed. */
    @Override
    public String toString() {
        return "Json2VideoProperties[apiKey=" + (hasApiKey() ? "****" : "(none)") + ", baseUrl=" + baseUrl
                + ", quality=" + quality + ", linkExpiry=" + linkExpiry + ", deadline=" + deadline + ", pollDelay="
                + pollDelay + ", maxPollDelay=" + maxPollDelay + ", requestTimeout=" + requestTimeout
                + ", downloadHosts=" + downloadHosts + ", maxDownloadSize=" + maxDownloadSize + ", downloadDeadline="
                + downloadDeadline + ", webhookUrl="
                + (webhookUrl.isEmpty() ? "(none)" : "****") + "]";
    }
}
