package com.storyreel.image.generation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImagePropertiesTests {

    @Test
    void autoUsesLeonardoOnlyWhenItsKeyIsSet() {
        ImageProperties auto = new ImageProperties(ImageProperties.Provider.AUTO);

        assertThat(auto.usesLeonardo(true)).isTrue();
        assertThat(auto.usesLeonardo(false)).isFalse();
    }

    @Test
    void anExplicitChoiceStandsWhateverTheKey() {
        assertThat(new ImageProperties(ImageProperties.Provider.LEONARDO).usesLeonardo(false)).isTrue();
        assertThat(new ImageProperties(ImageProperties.Provider.PAINTER).usesLeonardo(true)).isFalse();
    }
}
