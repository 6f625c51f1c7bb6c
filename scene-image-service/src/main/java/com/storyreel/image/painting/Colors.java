package com.storyreel.image.painting;

import java.awt.Color;

/** Colour arithmetic in plain sRGB, which is all a painter needs for mixing and shading. */
final class Colors {

    private Colors() {
    }

    static Color rgb(int red, int green, int blue) {
        return new Color(red, green, blue);
    }

    /** {@code amount} 0 gives {@code from}, 1 gives {@code to}; alpha is mixed too. */
    static Color mix(Color from, Color to, double amount) {
        double t = clamp(amount);
        return new Color(channel(from.getRed() + (to.getRed() - from.getRed()) * t),
                channel(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
                channel(from.getBlue() + (to.getBlue() - from.getBlue()) * t),
                channel(from.getAlpha() + (to.getAlpha() - from.getAlpha()) * t));
    }

    static Color scale(Color color, double factor) {
        return multiply(color, factor, factor, factor);
    }

    static Color multiply(Color color, double red, double green, double blue) {
        return new Color(channel(color.getRed() * red), channel(color.getGreen() * green),
                channel(color.getBlue() * blue), color.getAlpha());
    }

    static Color alpha(Color color, double alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), channel(255 * alpha));
    }

    /** Scales saturation around the colour's own grey, keeping its luminance. */
    static Color saturate(Color color, double factor) {
        double grey = luminance(color) * 255;
        return new Color(channel(grey + (color.getRed() - grey) * factor),
                channel(grey + (color.getGreen() - grey) * factor),
                channel(grey + (color.getBlue() - grey) * factor), color.getAlpha());
    }

    /** Relative luminance in 0..1 (Rec. 709 weights on sRGB values, good enough for shading). */
    static double luminance(Color color) {
        return (0.2126 * color.getRed() + 0.7152 * color.getGreen() + 0.0722 * color.getBlue()) / 255;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static int channel(double value) {
        return (int) Math.round(Math.max(0, Math.min(255, value)));
    }
}
