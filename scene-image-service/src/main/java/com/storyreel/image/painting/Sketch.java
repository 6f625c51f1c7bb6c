package com.storyreel.image.painting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * One figure being drawn in its own coordinates (origin at its feet, y up is negative, one unit is
 * the figure's height or another size the caller chose). Parts are coloured by the palette's light
 * (a featured character's light, for the cast) and pushed back by {@code depth}; the storybook and
 * noir styles outline them.
 */
final class Sketch implements AutoCloseable {

    private final Canvas canvas;
    private final Graphics2D g;
    private final double depth;
    private final boolean featured;
    private final BasicStroke outline;
    private final double outlineAlpha;
    private final Shape initialClip;

    Sketch(Canvas canvas, double x, double y, double scale, boolean mirrored, double depth, boolean featured) {
        this.canvas = canvas;
        this.depth = depth;
        this.featured = featured;
        this.g = (Graphics2D) canvas.g.create();
        g.translate(x, y);
        g.scale(mirrored ? -scale : scale, scale);
        this.initialClip = g.getClip();
        this.outline = new BasicStroke((float) (canvas.unit * 0.0022 / scale), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND);
        this.outlineAlpha = switch (canvas.style) {
            case STORYBOOK, NOIR -> 0.5 * (1 - depth);
            case WATERCOLOR -> 0.22 * (1 - depth);
            case FLAT -> 0;
        };
    }

    /** A solid part in the object's own colour, lit and set back by depth. */
    void part(Shape shape, Color base) {
        Color colour = shade(base);
        g.setColor(colour);
        g.fill(shape);
        if (outlineAlpha > 0) {
            g.setColor(Colors.alpha(Colors.scale(colour, 0.42), outlineAlpha));
            g.setStroke(outline);
            g.draw(shape);
        }
    }

    /** Several shapes of one colour as a single part, so they share one outline. */
    void part(Color base, Shape... shapes) {
        Area union = new Area();
        for (Shape shape : shapes) {
            union.add(new Area(shape));
        }
        part(union, base);
    }

    /** A part that gives off light (a window, a lamp, glowing eyes): not dimmed at night, not outlined. */
    void light(Shape shape, Color base) {
        g.setColor(canvas.palette.emitted(base));
        g.fill(shape);
    }

    /** A translucent shading or highlight over parts already drawn. */
    void tint(Shape shape, Color colour, double alpha) {
        g.setColor(Colors.alpha(colour, alpha));
        g.fill(shape);
    }

    /** A stroked line in the object's own colour, {@code width} in figure units. */
    void line(Shape shape, Color base, double width) {
        g.setColor(shade(base));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    /** A glow in figure coordinates. */
    void glow(double x, double y, double radius, Color colour) {
        AffineTransform t = g.getTransform();
        double[] point = {x, y};
        t.transform(point, 0, point, 0, 1);
        canvas.glow(point[0], point[1], radius * Math.abs(t.getScaleY()), colour);
    }

    /** Limits the following parts to a shape, until {@link #unclip()}. */
    void clip(Shape shape) {
        g.clip(shape);
    }

    void unclip() {
        g.setClip(initialClip);
    }

    private Color shade(Color base) {
        Palette palette = canvas.palette;
        return palette.distant(featured ? palette.featured(base) : palette.lit(base), depth);
    }

    @Override
    public void close() {
        g.dispose();
    }

    static Ellipse2D.Double ellipse(double centreX, double centreY, double width, double height) {
        return new Ellipse2D.Double(centreX - width / 2, centreY - height / 2, width, height);
    }

    static Ellipse2D.Double circle(double centreX, double centreY, double radius) {
        return ellipse(centreX, centreY, radius * 2, radius * 2);
    }

    /** A closed polygon through the given x, y pairs. */
    static Path2D.Double polygon(double... points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        path.closePath();
        return path;
    }

    /** A shape rotated by {@code degrees} around a point. */
    static Shape rotated(Shape shape, double degrees, double aroundX, double aroundY) {
        return AffineTransform.getRotateInstance(Math.toRadians(degrees), aroundX, aroundY)
                .createTransformedShape(shape);
    }
}
