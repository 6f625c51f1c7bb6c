package com.storyreel.video.clip;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.storyreel.runtime.providers.ProviderChoice;

/**
 * How clips are cut.
 *
 * @param leadInSeconds silence before the narration starts
 * @param tailSeconds picture held after the narration ends (room for the crossfade)
 * @param preset the x264 preset; slower presets look better and take longer
 * @param crf the x264 quality (lower is better and larger)
 * @param x264Params x264 options over the preset ({@code key=value:key=value}; empty for the preset alone)
 * @param captionFont the font family of the burned-in captions
 * @param provider who cuts the clips: auto (JSON2Video when its key is set), json2video or ffmpeg
 */
@ConfigurationProperties("storyreel.clip")
public record ClipProperties(@DefaultValue("0.5") double leadInSeconds, @DefaultValue("0.75") double tailSeconds,
        @DefaultValue("30") int fps, @DefaultValue("veryfast") String preset, @DefaultValue("20") int crf,
        @DefaultValue("me=dia:subme=1:partitions=none:scenecut=0") String x264Params,
        @DefaultValue("DejaVu Sans") String captionFont, @DefaultValue("auto") ProviderChoice provider) {
}
