package com.storyreel.audio.elevenlabs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ElevenLabs text to speech.
 *
 * @param apiKey empty leaves narration to the local engines (with {@code storyreel.narration.provider=auto})
 * @param baseUrl the API host; residency hosts such as https://api.eu.residency.elevenlabs.io work too
 * @param voiceId the voice used when the story asks for none, or for a local voice name
 * @param modelId always sent, as the API's own default is not documented consistently
 * @param outputFormat {@code codec_samplerate_bitrate}; mp3 or wav, which ffprobe and the merge stage read
 * @param timeout how long one request may take to answer
 * @param concurrencySlotWait the wait before asking again after 429 too_many_concurrent_requests, when the answer
 *        names none: a slot frees as soon as another request of ours finishes
 * @param concurrency the plan's concurrent requests, held across every replica ({@code VendorPermits})
 * @param voiceSettings override the voice's stored settings for each request
 */
@ConfigurationProperties("storyreel.elevenlabs")
public record ElevenLabsProperties(@DefaultValue("") String apiKey,
        @DefaultValue("https://api.elevenlabs.io") String baseUrl, @DefaultValue("21m00Tcm4TlvDq8ikWAM") String voiceId,
        @DefaultValue("eleven_multilingual_v2") String modelId, @DefaultValue("mp3_44100_128") String outputFormat,
        @DefaultValue("2m") Duration timeout, @DefaultValue("1s") Duration concurrencySlotWait,
        @DefaultValue("3") int concurrency, @DefaultValue VoiceSettings voiceSettings) {

    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    /** Never prints the key, only whether there is one. */
    @Override
    public String toString() {
        return "ElevenLabsProperties[apiKey=" + (hasApiKey() ? "(set)" : "(empty)") + ", baseUrl=" + baseUrl
                + ", voiceId=" + voiceId + ", modelId=" + modelId + ", outputFormat=" + outputFormat + ", timeout="
                + timeout + ", concurrencySlotWait=" + concurrencySlotWait + ", concurrency=" + concurrency + ", voiceSettings=" + voiceSettings + "]";
    }

    /**
     * ElevenLabs' own defaults; {@code speed} 1.0 is normal speed.
     *
     * @param useSpeakerBoost strengthens the likeness to the original speaker, at some cost in latency
     */
    public record VoiceSettings(@DefaultValue("0.5") double stability, @DefaultValue("0.75") double similarityBoost,
            @DefaultValue("0.0") double style, @DefaultValue("true") boolean useSpeakerBoost,
            @DefaultValue("1.0") double speed) {
    }
}
