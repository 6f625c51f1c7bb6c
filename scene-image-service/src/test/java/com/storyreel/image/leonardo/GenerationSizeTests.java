package com.storyreel.image.leonardo;

import com.storyreel.events.AspectRatio;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GenerationSizeTests {

    @Test
    void asksForTheLargestSizeOfTheFramesShapeWithinTheClassicLimit() {
        assertThat(GenerationSize.of(AspectRatio.LANDSCAPE, 1024)).isEqualTo(new GenerationSize(1024, 576));
        assertThat(GenerationSize.of(AspectRatio.PORTRAIT, 1024)).isEqualTo(new GenerationSize(576, 1024));
        assertThat(GenerationSize.of(AspectRatio.SQUARE, 1024)).isEqualTo(new GenerationSize(1024, 1024));
    }

    @Test
    void roundsBothSidesDownToMultiplesOfEight() {
        assertThat(GenerationSize.of(AspectRatio.LANDSCAPE, 1360)).isEqualTo(new GenerationSize(1360, 760));
        assertThat(GenerationSize.of(AspectRatio.PORTRAIT, 1000)).isEqualTo(new GenerationSize(560, 1000));
    }

    @Test
    void neverAsksForMoreThanTheFrame() {
        assertThat(GenerationSize.of(AspectRatio.SQUARE, 2048)).isEqualTo(new GenerationSize(1080, 1080));
    }
}
