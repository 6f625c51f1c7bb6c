package com.storyreel.render.stories;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How local final renders are made.
 *
 * @param crossfadeSeconds 0 for hard cuts; otherwise at most the scenes' silent padding
 * @param targetLufs integrated loudness of the final audio
 */
@ConfigurationProperties("storyreel.render")
public record RenderProperties(@DefaultValue("0.4") double crossfadeSeconds, @DefaultValue("30") int fps,
        @DefaultValue("-14.0") double targetLufs, @DefaultValue("veryfast") String preset, @DefaultValue("20") int crf,
        @DefaultValue("DejaVu Sans") String font) {
}
