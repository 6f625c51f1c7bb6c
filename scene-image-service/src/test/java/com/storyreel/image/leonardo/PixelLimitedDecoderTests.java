package com.storyreel.image.leonardo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PixelLimitedDecoderTests {

    private final PixelLimitedDecoder decoder = new PixelLimitedDecoder(16_777_216);

    @TempDir
    Path dir;

    @Test
    void refusesADecompressionBombFromItsHeaderWithTheDimensionsAndTheLimit() throws Exception {
        byte[] bomb = DecompressionBomb.png(30_000, 30_000);
        Path file = Files.write(dir.resolve("bomb.png"), bomb);

        assertThat(bomb.length).isLessThan(200 * 1024);
        assertThatThrownBy(() -> decoder.decode(file)).isInstanceOf(PixelLimitedDecoder.ImageRefusedException.class)
                .hasMessageContaining("declares 30000 x 30000 pixels").hasMessageContaining("16777216 allowed");
    }

    @Test
    void decodesAnImageWithinTheLimit() throws Exception {
        Path file = Files.write(dir.resolve("ok.jpg"), LeonardoStub.jpeg(1024, 576));

        var image = decoder.decode(file);

        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(576);
    }

    @Test
    void refusesAFileThatIsNoImage() throws Exception {
        Path file = Files.writeString(dir.resolve("page.png"), "<html>not an image</html>");

        assertThatThrownBy(() -> decoder.decode(file)).isInstanceOf(PixelLimitedDecoder.ImageRefusedException.class)
                .hasMessageContaining("not an image format");
    }
}
