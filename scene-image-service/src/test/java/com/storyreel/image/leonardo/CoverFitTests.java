package com.storyreel.image.leonardo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverFitTests {

    @Test
    void scalesAnImageOfTheFramesShapeUpToExactlyTheFrame() {
        BufferedImage fitted = CoverFit.fit(halves(1024, 576), 1920, 1080);

        assertThat(fitted.getWidth()).isEqualTo(1920);
        assertThat(fitted.getHeight()).isEqualTo(1080);
        assertThat(new Color(fitted.getRGB(480, 540))).isEqualTo(Color.RED);
        assertThat(new Color(fitted.getRGB(1440, 540))).isEqualTo(Color.BLUE);
    }

    @Test
    void cropsTheOverflowEvenlyFromBothEnds() {
        // A square with a green band along the top and the bottom 20% of its height, which a 16:9 crop removes.
        BufferedImage square = halves(1000, 1000);
        Graphics2D g = square.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, 1000, 200);
        g.fillRect(0, 800, 1000, 200);
        g.dispose();

        BufferedImage fitted = CoverFit.fit(square, 1920, 1080);

        assertThat(fitted.getWidth()).isEqualTo(1920);
        assertThat(fitted.getHeight()).isEqualTo(1080);
        assertThat(new Color(fitted.getRGB(100, 0))).isEqualTo(Color.RED);
        assertThat(new Color(fitted.getRGB(1800, 1079))).isEqualTo(Color.BLUE);
    }

    @Test
    void shrinksALargeImageToExactlyTheFrame() {
        BufferedImage fitted = CoverFit.fit(halves(4000, 2250), 1080, 1920);

        assertThat(fitted.getWidth()).isEqualTo(1080);
        assertThat(fitted.getHeight()).isEqualTo(1920);
        assertThat(new Color(fitted.getRGB(100, 960))).isEqualTo(Color.RED);
        assertThat(new Color(fitted.getRGB(980, 960))).isEqualTo(Color.BLUE);
    }

    private static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }
}
