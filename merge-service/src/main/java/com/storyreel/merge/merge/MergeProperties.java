package com.storyreel.merge.merge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.storyreel.runtime.providers.ProviderChoice;

/**
 * How scenes are merged.
 *
 * @param provider who merges: auto (JSON2Video when its key is set), json2video or ffmpeg
 */
@ConfigurationProperties("storyreel.merge")
public record MergeProperties(@DefaultValue("auto") ProviderChoice provider) {
}
