package com.storyreel.merge.scenes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.storyreel.runtime.json2video.MediaProvider;

/**
 * How scenes are merged.
 *
 * @param provider who merges: auto (JSON2Video when its key is set), json2video or ffmpeg
 */
@ConfigurationProperties("storyreel.merge")
public record MergeProperties(@DefaultValue("auto") MediaProvider provider) {
}
