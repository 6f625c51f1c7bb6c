package com.storyreel.image.painting;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.util.Random;

/**
 * The picture being painted and everything a layer needs to paint on it: the graphics, the layout,
 * the scene, the palette and the style, plus seeded randomness per layer so a layer's choices do
 * not shift when another layer changes.
 */
final class Canvas {

    private static final int FLAT_BANDS = 6;

    final Graphics2D g;
    final int width;
    final int height;
    final double unit;
    final SceneDescription scene;
    final Palette palette;
    final PaintStyle style;
    final Composition layout;
    private final long seed;

    Canvas(Graphics2D g, Composition layout, SceneDescription scene, Palette palette, PaintStyle style, long seed) {
        this.g = g;
        this.width = layout.width();
        this.height = layout.height();
        this.unit = layout.unit();
        this.layout = layout;
        this.scene = scene;
        this.palette = palette;
        this.style = style;
        this.seed = seed;
    }

    Random random(String layer) {
        return new Random(seed * 1_000_003L + layer.hashCode());
    }

    void fill(Shape shape, Color colour) {
        g.setColor(colour);
        g.fill(shape);
    }

    void fill(Shape shape, Paint paint) {
        g.setPaint(paint);
        g.fill(shape);
    }

    /** A top-to-bottom gradient through evenly spaced colours; the flat style gets hard bands instead. */
    Paint vertical(double top, double bottom, Color... colours) {
        float[] fractions = new float[colours.length];
        for (int i = 0; i < colours.length; i++) {
            fractions[i] = i / (float) (colours.length - 1);
        }
        return vertical(top, bottom, fractions, colours);
    }

    Paint vertical(double top, double bottom, float[] fractions, Color[] colours) {
        float y0 = (float) top;
        float y1 = (float) Math.max(bottom, top + 1);
        if (!style.isFlat()) {
            return new LinearGradientPaint(0, y0, 0, y1, fractions, colours);
        }
        float[] bandFractions = new float[FLAT_BANDS * 2];
        Color[] bandColours = new Color[FLAT_BANDS * 2];
        for (int band = 0; band < FLAT_BANDS; band++) {
            Color colour = sample(fractions, colours, (band + 0.5) / FLAT_BANDS);
            bandFractions[band * 2] = band / (float) FLAT_BANDS;
            bandFractions[band * 2 + 1] = (band + 1) / (float) FLAT_BANDS - 0.0001f;
            bandColours[band * 2] = colour;
            bandColours[band * 2 + 1] = colour;
        }
        return new LinearGradientPaint(0, y0, 0, y1, bandFractions, bandColours);
    }

    /** A soft round light fading out from its centre; the colour's alpha sets its strength. */
    void glow(double x, double y, double radius, Color colour) {
        if (radius < 1) {
            return;
        }
        Ellipse2D.Double disc = new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2);
        if (style.isFlat()) {
            for (double ring : new double[] {1.0, 0.66, 0.36}) {
                fill(new Ellipse2D.Double(x - radius * ring, y - radius * ring, radius * ring * 2, radius * ring * 2),
                        Colors.alpha(colour, colour.getAlpha() / 255.0 * 0.3));
            }
            return;
        }
        Color clear = Colors.alpha(colour, 0);
        fill(disc, new RadialGradientPaint(new Point2D.Double(x, y), (float) radius, new float[] {0f, 0.3f, 1f},
                new Color[] {colour, Colors.alpha(colour, colour.getAlpha() / 255.0 * 0.45), clear}));
    }

    /** An oval glow, {@code radiusX} wide and {@code radiusY} tall, fading out from its centre. */
    void glow(double x, double y, double radiusX, double radiusY, Color colour) {
        if (radiusX < 1 || radiusY < 1) {
            return;
        }
        AffineTransform oval = new AffineTransform(radiusX, 0, 0, radiusY, x, y);
        if (style.isFlat()) {
            fill(oval.createTransformedShape(new Ellipse2D.Double(-0.6, -0.6, 1.2, 1.2)),
                    Colors.alpha(colour, colour.getAlpha() / 255.0 * 0.4));
            return;
        }
        RadialGradientPaint paint = new RadialGradientPaint(new Point2D.Double(0, 0), 1f, new Point2D.Double(0, 0),
                new float[] {0f, 1f}, new Color[] {colour, Colors.alpha(colour, 0)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE, MultipleGradientPaint.ColorSpaceType.SRGB, oval);
        fill(new Ellipse2D.Double(x - radiusX, y - radiusY, radiusX * 2, radiusY * 2), paint);
    }

    /** Draws a figure in its own coordinates: origin at its feet, one unit is {@code scale} pixels. */
    Sketch sketch(double x, double y, double scale, boolean mirrored, double depth) {
        return new Sketch(this, x, y, scale, mirrored, depth, false);
    }

    /** Like {@link #sketch}, for a main character that should stay readable after dark. */
    Sketch character(double x, double y, double scale, boolean mirrored) {
        return new Sketch(this, x, y, scale, mirrored, 0, true);
    }

    private static Color sample(float[] fractions, Color[] colours, double t) {
        for (int i = 1; i < fractions.length; i++) {
            if (t <= fractions[i]) {
                double span = fractions[i] - fractions[i - 1];
                return Colors.mix(colours[i - 1], colours[i], span <= 0 ? 1 : (t - fractions[i - 1]) / span);
            }
        }
        return colours[colours.length - 1];
    }
}
