package com.storyreel.image.painting;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Frames side by side, small, each with its number underneath, so a reader sees a story's scenes at a glance. The
 * numbers are drawn as seven-segment digits, so no font has to be installed.
 */
final class ContactSheet {

    private static final int GAP = 8;
    private static final int LABEL = 26;
    /** Which segments (a top, b top right, c bottom right, d bottom, e bottom left, f top left, g middle) light up. */
    private static final String[] DIGITS = {"abcdef", "bc", "abdeg", "abcdg", "bcfg", "acdfg", "acdefg", "abc",
            "abcdefg", "abcdfg"};

    private ContactSheet() {
    }

    /** The frames scaled to {@code frameWidth}, numbered from 1. */
    static BufferedImage of(List<BufferedImage> frames, int frameWidth) {
        int frameHeight = frameWidth * frames.getFirst().getHeight() / frames.getFirst().getWidth();
        BufferedImage sheet = new BufferedImage(GAP + frames.size() * (frameWidth + GAP), GAP + frameHeight + LABEL,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(new Color(250, 246, 236));
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            for (int i = 0; i < frames.size(); i++) {
                int x = GAP + i * (frameWidth + GAP);
                g.drawImage(frames.get(i), x, GAP, frameWidth, frameHeight, null);
                number(g, i + 1, x + frameWidth / 2, GAP + frameHeight + 5);
            }
        }
        finally {
            g.dispose();
        }
        return sheet;
    }

    static void write(BufferedImage sheet, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(sheet, "png", file.toFile());
    }

    private static void number(Graphics2D g, int number, int centreX, int top) {
        String digits = Integer.toString(number);
        int width = 9;
        int height = 16;
        int stroke = 2;
        int x = centreX - (digits.length() * (width + 4)) / 2;
        g.setColor(new Color(60, 52, 48));
        for (char digit : digits.toCharArray()) {
            String on = DIGITS[digit - '0'];
            int half = height / 2;
            segment(g, on, 'a', x, top, width, stroke);
            segment(g, on, 'g', x, top + half - stroke / 2, width, stroke);
            segment(g, on, 'd', x, top + height - stroke, width, stroke);
            segment(g, on, 'f', x, top, stroke, half);
            segment(g, on, 'b', x + width - stroke, top, stroke, half);
            segment(g, on, 'e', x, top + half, stroke, half);
            segment(g, on, 'c', x + width - stroke, top + half, stroke, half);
            x += width + 4;
        }
    }

    private static void segment(Graphics2D g, String on, char segment, int x, int y, int width, int height) {
        if (on.indexOf(segment) >= 0) {
            g.fillRect(x, y, width, height);
        }
    }
}
