package com.storyreel.render.render;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.storyreel.runtime.providers.ProviderChoice;

/**
 * How final renders are made.
 *
 * @param crossfadeSeconds 0 (the default) cuts between scenes and copies their video, encoding nothing again;
 *     more fades within the scenes' silent padding and encodes the whole picture once more
 * @param targetLufs integrated loudness of the final audio
 * @param preset the x264 preset when the picture is encoded
 * @param provider who renders: auto (JSON2Video when its key is set), json2video or ffmpeg
 */
@ConfigurationProperties("storyreel.render")
public record RenderProperties(@DefaultValue("0") double crossfadeSeconds, @DefaultValue("30") int fps,
        @DefaultValue("-14.0") double targetLufs, @DefaultValue("veryfast") String preset, @DefaultValue("20") int crf,
        @DefaultValue("auto") ProviderChoice provider) {
}
