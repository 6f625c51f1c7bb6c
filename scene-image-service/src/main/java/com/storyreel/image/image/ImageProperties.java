package com.storyreel.image.image;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.storyreel.runtime.providers.ProviderChoice;

/**
 * The image stage.
 *
 * @param provider {@code auto} (Leonardo when LEONARDO_API_KEY is set, else the painter), {@code leonardo}
 *     or {@code painter}
 */
@ConfigurationProperties("storyreel.image")
public record ImageProperties(@DefaultValue("auto") ProviderChoice provider) {
}
