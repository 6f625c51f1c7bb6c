package com.storyreel.image.painting;

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
