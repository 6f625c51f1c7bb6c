package com.storyreel.image.painting;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;

/**
 * The last touches that make a drawing look painted, per style: brush dabs (storybook), softened
 * edges and pigment pooling (watercolour), grey tones (noir), then one pass over the pixels for
 * paper grain and a vignette. The flat style stays clean. Only this one pass touches every pixel.
 */
final class SurfaceFinish {

    private static final int PAPER = 0xFAF6EC;

    private SurfaceFinish() {
    }

    static void apply(BufferedImage image, Canvas c, long seed) {
        double vignette = c.scene.mood() == Mood.SCARY ? 0.42 : 0.26;
        switch (c.style) {
            case STORYBOOK -> {
                brushDabs(image, c);
                grainAndVignette(image, seed, 7, vignette, false, false);
            }
            case WATERCOLOR -> {
                soften(image, c.g);
                pigment(c, seed);
                grainAndVignette(image, seed, 7, 0.5, true, false);
            }
            case NOIR -> grainAndVignette(image, seed, 10, vignette + 0.2, false, true);
            case FLAT -> {
                // Flat art stays clean: no texture, no vignette.
            }
        }
    }

    /** Short strokes in the colour already underneath, slightly varied, so fills read as brushwork. */
    private static void brushDabs(BufferedImage image, Canvas c) {
        Random random = c.random("brush");
        Graphics2D g = c.g;
        int count = (int) ((long) c.width * c.height / Math.max(1.0, c.unit * c.unit * 0.00045));
        double angle = Math.toRadians(-25 + 50 * random.nextDouble());
        for (int i = 0; i < count; i++) {
            int x = random.nextInt(c.width);
            int y = random.nextInt(c.height);
            Color under = new Color(image.getRGB(x, y));
            double shift = 0.94 + 0.12 * random.nextDouble();
            g.setColor(Colors.alpha(Colors.scale(under, shift), 0.22));
            double length = c.unit * (0.008 + 0.012 * random.nextDouble());
            double tilt = angle + (random.nextDouble() - 0.5) * 0.5;
            g.fill(Sketch.rotated(Sketch.ellipse(x, y, length, length * 0.3), Math.toDegrees(tilt), x, y));
        }
    }

    /** Blends in a blurred copy (a third of the size, scaled back up) to soften every edge. */
    private static void soften(BufferedImage image, Graphics2D g) {
        int w = Math.max(1, image.getWidth() / 3);
        int h = Math.max(1, image.getHeight() / 3);
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D sg = small.createGraphics();
        sg.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        sg.drawImage(image, 0, 0, w, h, null);
        sg.dispose();
        Composite previous = g.getComposite();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
        g.drawImage(small, 0, 0, image.getWidth(), image.getHeight(), null);
        g.setComposite(previous);
    }

    /** Uneven pigment: a coarse random pattern of light and dark, scaled up smoothly over the picture. */
    private static void pigment(Canvas c, long seed) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        int w = 20;
        int h = Math.max(2, (int) Math.round(20.0 * c.height / c.width));
        BufferedImage blotches = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int alpha = random.nextInt(22);
                int tone = random.nextBoolean() ? 0xFFFFFF : 0x302010;
                blotches.setRGB(x, y, alpha << 24 | tone);
            }
        }
        c.g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        c.g.drawImage(blotches, 0, 0, c.width, c.height, null);
    }

    /**
     * One pass over the pixels: greyscale with an S-curve for noir; darkening toward the corners, or
     * for watercolour fading toward bare paper; and per-pixel grain from a seeded hash.
     */
    private static void grainAndVignette(BufferedImage image, long seed, int grain, double vignette, boolean toPaper,
            boolean mono) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        float[] across = new float[w];
        for (int x = 0; x < w; x++) {
            float d = (x - w / 2f) / (w / 2f);
            across[x] = d * d;
        }
        int[] edge = new int[257];
        for (int i = 0; i <= 256; i++) {
            double d = i / 128.0;
            double t = Math.max(0, Math.min(1, (d - 0.45) / 1.3));
            edge[i] = (int) Math.round(256 * vignette * t * t * (3 - 2 * t));
        }
        int[] curve = new int[256];
        for (int i = 0; i < 256; i++) {
            // Lift the shadows first so night scenes keep their shapes, then steepen the middle tones.
            double t = Math.pow(i / 255.0, 0.7);
            curve[i] = (int) Math.round(255 * t * t * (3 - 2 * t));
        }
        int salt = (int) (seed ^ (seed >>> 32));
        int paperR = PAPER >> 16 & 0xFF;
        int paperG = PAPER >> 8 & 0xFF;
        int paperB = PAPER & 0xFF;
        for (int y = 0; y < h; y++) {
            float dy = (y - h / 2f) / (h / 2f);
            float down = dy * dy;
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int rgb = pixels[row + x];
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (mono) {
                    int l = curve[(r * 54 + g * 183 + b * 19) >> 8];
                    r = l * 250 >> 8;
                    g = l * 252 >> 8;
                    b = Math.min(255, l * 262 >> 8);
                }
                int fade = edge[Math.min(256, (int) ((across[x] + down) * 64))];
                if (toPaper) {
                    r += (paperR - r) * fade >> 8;
                    g += (paperG - g) * fade >> 8;
                    b += (paperB - b) * fade >> 8;
                }
                else {
                    r -= r * fade >> 8;
                    g -= g * fade >> 8;
                    b -= b * fade >> 8;
                }
                int noise = hash(x, y, salt) % (grain * 2 + 1) - grain;
                pixels[row + x] = clamp(r + noise) << 16 | clamp(g + noise) << 8 | clamp(b + noise);
            }
        }
    }

    private static int hash(int x, int y, int salt) {
        int h = x * 0x27D4EB2D ^ y * 0x165667B1 ^ salt;
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        h ^= h >>> 12;
        return h & 0x7FFFFFFF;
    }

    private static int clamp(int value) {
        return value < 0 ? 0 : Math.min(255, value);
    }
}
