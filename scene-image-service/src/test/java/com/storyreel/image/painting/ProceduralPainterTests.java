package com.storyreel.image.painting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProceduralPainterTests {

    private static final String FOX = "a small fox named Pip on a cliff above the sea at sunset, hopeful mood, "
            + "storybook illustration";

    private final ProceduralPainter painter = new ProceduralPainter();

    @Test
    void paintsTheSameImageForTheSamePrompt() {
        BufferedImage first = painter.paint(FOX, "storybook", 320, 180);
        BufferedImage second = new ProceduralPainter().paint(FOX, "storybook", 320, 180);

        assertThat(ImageStats.differingShare(first, second)).isZero();
    }

    @Test
    void paintsDifferentImagesForDifferentPrompts() {
        BufferedImage fox = painter.paint(FOX, "storybook", 320, 180);
        BufferedImage owl = painter.paint("an owl in a snowy forest at night", "storybook", 320, 180);

        assertThat(ImageStats.differingShare(fox, owl)).isGreaterThan(0.5);
    }

    @Test
    void paintsDifferentImagesInDifferentStyles() {
        BufferedImage storybook = painter.paint(FOX, "storybook", 320, 180);
        BufferedImage flat = painter.paint(FOX, "flat", 320, 180);

        assertThat(ImageStats.differingShare(storybook, flat)).isGreaterThan(0.5);
    }

    @Test
    void paintsNightMuchDarkerThanASunnyNoon() {
        double night = ImageStats.of(painter.paint("a quiet meadow at night", null, 320, 180)).meanLuminance();
        double noon = ImageStats.of(painter.paint("a quiet meadow on a sunny noon", null, 320, 180)).meanLuminance();

        assertThat(night).isLessThan(noon * 0.5);
    }

    @Test
    void paintsTheSeaBluerAndTheForestGreenerBelowTheHorizon() {
        BufferedImage sea = painter.paint("the open sea in the afternoon", null, 320, 180);
        BufferedImage forest = painter.paint("a deep forest in the afternoon", null, 320, 180);
        ImageStats seaBelow = ImageStats.of(sea, 90, 180);
        ImageStats forestBelow = ImageStats.of(forest, 90, 180);

        assertThat(seaBelow.meanBlue()).isGreaterThan(seaBelow.meanGreen()).isGreaterThan(seaBelow.meanRed());
        assertThat(forestBelow.meanGreen()).isGreaterThan(forestBelow.meanBlue())
                .isGreaterThan(forestBelow.meanRed());
        assertThat(seaBelow.meanBlue() - seaBelow.meanGreen())
                .isGreaterThan(forestBelow.meanBlue() - forestBelow.meanGreen());
    }

    @ParameterizedTest
    @ValueSource(strings = {"storybook", "watercolor", "flat", "noir"})
    void paintsAnIllustrationRatherThanAFlatColour(String style) {
        ImageStats stats = ImageStats.of(painter.paint(FOX, style, 320, 180));

        assertThat(stats.distinctColours()).isGreaterThan(300);
        assertThat(stats.luminanceSpread()).isGreaterThan(0.05);
    }

    @Test
    void paintsNoirInNearlyGreyTones() {
        BufferedImage noir = painter.paint(FOX, "noir", 160, 90);
        double worstTint = 0;
        for (int y = 0; y < noir.getHeight(); y++) {
            for (int x = 0; x < noir.getWidth(); x++) {
                int rgb = noir.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                worstTint = Math.max(worstTint, Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)));
            }
        }

        assertThat(worstTint).isLessThanOrEqualTo(12);
    }

    @ParameterizedTest
    @CsvSource({"320,180", "180,320", "240,240", "1,1", "3,200", "200,3"})
    void paintsAtExactlyTheRequestedSize(int width, int height) {
        BufferedImage image = painter.paint(FOX, "storybook", width, height);

        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    @Test
    void paintsAFullHdFrame() {
        BufferedImage image = painter.paint(FOX, null, 1920, 1080);

        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
        assertThat(ImageStats.of(image, 540, 541).distinctColours()).isGreaterThan(100);
    }

    @Test
    void encodesPngBytesThatDecodeToTheRequestedSize() throws IOException {
        byte[] png = painter.paintPng(FOX, "watercolor", List.of(), 180, 320);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(180);
        assertThat(decoded.getHeight()).isEqualTo(320);
    }

    @Test
    void rejectsAnUnknownStyleNamingTheValidOnes() {
        assertThatThrownBy(() -> painter.paint(FOX, "cubist", 320, 180))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cubist")
                .hasMessageContaining("storybook")
                .hasMessageContaining("watercolor")
                .hasMessageContaining("flat")
                .hasMessageContaining("noir");
    }

    @Test
    void rejectsSizesItCannotPaint() {
        assertThatThrownBy(() -> painter.paint(FOX, null, 0, 180)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> painter.paint(FOX, null, 320, 100_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void treatsAMissingOrBlankStyleAsTheStorybookStyleInAnyCase() {
        BufferedImage storybook = painter.paint(FOX, "storybook", 160, 90);

        assertThat(ImageStats.differingShare(storybook, painter.paint(FOX, null, 160, 90))).isZero();
        assertThat(ImageStats.differingShare(storybook, painter.paint(FOX, "  ", 160, 90))).isZero();
        assertThat(ImageStats.differingShare(storybook, painter.paint(FOX, " StoryBook ", 160, 90))).isZero();
    }

    @Test
    void listsItsStylesWithTheDefaultFirst() {
        assertThat(ProceduralPainter.styles()).containsExactly("storybook", "watercolor", "flat", "noir");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a fox, a rabbit, a bear, an owl, a cat, a dog and a robot in a meadow at dawn",
        "a girl with a lantern and a balloon in the city rooftops at night, scary",
        "a boat and a whale near the lighthouse on the ocean in a storm",
        "a dragon over the castle and a house in the mountains on a foggy morning",
        "a boy reading in the library at dusk with a tree, stars and the moon, magical",
        "a bear cub by the lake in the afternoon, sad", "an astronaut on the moon beside a rocket",
        "a polar bear in the arctic, snowing", "a camel in the desert at sunset, happy",
        "children in the village in autumn, calm", "a boat on the river, cloudy", "a kitchen in the morning rain"})
    void paintsEverySettingAndSubjectInEveryShapeWithoutFailing(String prompt) {
        for (String style : ProceduralPainter.styles()) {
            for (int[] size : new int[][] {{96, 54}, {54, 96}, {64, 64}}) {
                BufferedImage image = painter.paint(prompt, style, size[0], size[1]);
                assertThat(ImageStats.of(image).luminanceSpread()).as(prompt + " " + style).isGreaterThan(0.01);
            }
        }
    }
}
