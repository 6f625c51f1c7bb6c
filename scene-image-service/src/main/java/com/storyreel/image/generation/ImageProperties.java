package com.storyreel.image.generation;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The image stage.
 *
 * @param provider {@code auto} (Leonardo when LEONARDO_API_KEY is set, else the painter), {@code leonardo}
 *     or {@code painter}
 */
@ConfigurationProperties("storyreel.image")
public record ImageProperties(@DefaultValue("auto") Provider provider) {

    /** Whether the stage uses Leonardo, given whether its key is set. */
    public boolean usesLeonardo(boolean leonardoKeySet) {
        return provider == Provider.LEONARDO || (provider == Provider.AUTO && leonardoKeySet);
    }

    /** The values of {@code storyreel.image.provider}. */
    public enum Provider {
        AUTO, LEONARDO, PAINTER;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
