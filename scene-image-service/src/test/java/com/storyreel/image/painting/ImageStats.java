package com.storyreel.image.painting;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** Simple measurements of a painting, for assertions. */
record ImageStats(double meanRed, double meanGreen, double meanBlue, double meanLuminance, double luminanceSpread,
        int distinctColours) {

    static ImageStats of(BufferedImage image) {
        return of(image, 0, image.getHeight());
    }

    /** Measures the rows from {@code top} (inclusive) to {@code bottom} (exclusive). */
    static ImageStats of(BufferedImage image, int top, int bottom) {
        double red = 0;
        double green = 0;
        double blue = 0;
        double luminance = 0;
        double luminanceSquared = 0;
        Set<Integer> colours = new HashSet<>();
        int count = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                double r = (rgb >> 16 & 0xFF) / 255.0;
                double g = (rgb >> 8 & 0xFF) / 255.0;
                double b = (rgb & 0xFF) / 255.0;
                double l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
                red += r;
                green += g;
                blue += b;
                luminance += l;
                luminanceSquared += l * l;
                count++;
            }
        }
        double mean = luminance / count;
        return new ImageStats(red / count, green / count, blue / count, mean,
                Math.sqrt(Math.max(0, luminanceSquared / count - mean * mean)), colours.size());
    }

    /**
     * The colour family a pixel reads as, in the story writer's colour words: a hue family for coloured pixels,
     * {@code light} for white, grey and silver, {@code dark} for black. Coarse on purpose, so a colour keeps its
     * family in every light from dawn to night.
     */
    static String colourFamily(int rgb) {
        float[] hsb = Color.RGBtoHSB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, null);
        double hue = hsb[0] * 360;
        if (hsb[2] < 0.2) {
            return "dark";
        }
        if (hsb[1] < 0.24) {
            return hsb[2] < 0.32 ? "dark" : "light";
        }
        if (hue < 15 || hue >= 340) {
            return hsb[2] < 0.5 ? "brown" : "red";
        }
        // Half way between the painter's orange (28 degrees) and yellow (47).
        if (hue < 37) {
            return hsb[2] < 0.55 ? "brown" : "orange";
        }
        if (hue < 72) {
            return "yellow";
        }
        if (hue < 170) {
            return "green";
        }
        if (hue < 260) {
            return "blue";
        }
        return hue < 290 ? "purple" : "pink";
    }

    /** The share of pixels that differ between two images of the same size. */
    static double differingShare(BufferedImage a, BufferedImage b) {
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing / (double) (a.getWidth() * a.getHeight());
    }
}
