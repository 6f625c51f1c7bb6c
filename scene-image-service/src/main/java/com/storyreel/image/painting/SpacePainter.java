package com.storyreel.image.painting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;

import static com.storyreel.image.painting.Colors.rgb;

/**
 * Outer space: a ringed planet and a small moon over a cratered grey surface, and a rocket if one
 * is named (the sky painter adds the stars and nebulae).
 */
final class SpacePainter {

    private static final Color PLANET = rgb(214, 150, 96);
    private static final Color PLANET_BAND = rgb(176, 104, 74);
    private static final Color RING = rgb(226, 206, 170);
    private static final Color DUST = rgb(150, 148, 156);
    private static final Color HULL = rgb(226, 228, 234);
    private static final Color FIN = rgb(200, 60, 56);

    private SpacePainter() {
    }

    static Stage paint(Canvas c) {
        Random random = c.random("space");
        Palette p = c.palette;
        int w = c.width;
        int h = c.height;
        int horizon = c.layout.horizonY();
        double u = c.unit;
        planet(c, c.layout.lightX(0, w, false), horizon * 0.4, u * 0.15);
        double moonX = c.layout.heroOnLeft() ? w * 0.15 : w * 0.85;
        Color moon = p.emitted(rgb(190, 196, 210));
        c.fill(Sketch.circle(moonX, horizon * 0.18, u * 0.035), moon);
        c.fill(Sketch.circle(moonX + u * 0.012, horizon * 0.18 - u * 0.008, u * 0.03),
                Colors.alpha(Colors.scale(moon, 0.5), 0.5));

        double top = horizon + h * 0.1;
        double radius = w * 2.5;
        Ellipse2D.Double surface = new Ellipse2D.Double(w / 2.0 - radius, top, radius * 2, radius * 2);
        Color dust = p.emitted(Colors.scale(DUST, 0.85));
        c.fill(surface, c.vertical(top, h, Colors.mix(dust, Color.WHITE, 0.15), Colors.scale(dust, 0.55)));
        Shape clip = c.g.getClip();
        c.g.clip(surface);
        for (int i = 0; i < 14; i++) {
            double t = random.nextDouble();
            double y = top + (h - top) * (0.08 + 0.9 * t);
            double x = random.nextDouble() * w;
            if (Math.abs(x - c.layout.heroX()) < u * 0.12 && y > c.layout.groundY() - h * 0.05) {
                continue;
            }
            double size = u * (0.03 + 0.1 * t) * (0.5 + random.nextDouble());
            c.fill(Sketch.ellipse(x, y, size, size * 0.3), Colors.scale(dust, 0.62));
            c.fill(Sketch.ellipse(x, y + size * 0.03, size * 0.85, size * 0.22), Colors.scale(dust, 0.78));
        }
        c.g.setClip(clip);
        if (c.scene.mentions("rocket", "spaceship", "spacecraft")) {
            rocket(c, c.layout.sideX(), c.layout.groundY() - h * 0.02, u * 0.4);
        }
        int[] feet = SettingPainter.feet(c, random);
        int[] back = feet.clone();
        for (int x = 0; x < w; x++) {
            back[x] = (int) (top + h * 0.03);
        }
        return new Stage(feet, back, null, SettingPainter.skyAbove(c));
    }

    /** A banded planet, shaded away from the sun, with a tilted ring passing behind and in front of it. */
    private static void planet(Canvas c, double x, double y, double r) {
        Palette p = c.palette;
        Shape ring = Sketch.rotated(Sketch.ellipse(x, y, r * 3.4, r * 0.8), -14, x, y);
        Color ringColour = Colors.alpha(p.emitted(RING), 0.8);
        BasicStroke ringStroke = new BasicStroke((float) (r * 0.12));
        c.g.setStroke(ringStroke);
        c.g.setColor(ringColour);
        c.g.draw(ring);
        Ellipse2D.Double disc = Sketch.circle(x, y, r);
        c.glow(x, y, r * 1.6, Colors.alpha(p.emitted(PLANET), 0.25));
        c.fill(disc, p.emitted(PLANET));
        Shape clip = c.g.getClip();
        c.g.clip(disc);
        Path2D.Double bands = new Path2D.Double();
        for (int i = -3; i <= 3; i++) {
            bands.append(Sketch.rotated(new Rectangle2D.Double(x - r * 1.5, y + i * r * 0.28, r * 3, r * 0.1), -14, x,
                    y), false);
        }
        c.fill(bands, Colors.alpha(p.emitted(PLANET_BAND), 0.7));
        double side = c.layout.heroOnLeft() ? 1 : -1;
        c.fill(Sketch.circle(x + side * r * 0.45, y + r * 0.25, r * 1.05), Colors.alpha(rgb(10, 6, 30), 0.5));
        c.g.setClip(clip);
        // The near half of the ring crosses in front of the planet.
        c.g.clip(new Rectangle2D.Double(x - r * 2, y, r * 4, r * 2));
        c.g.setStroke(ringStroke);
        c.g.setColor(ringColour);
        c.g.draw(ring);
        c.g.setClip(clip);
    }

    private static void rocket(Canvas c, double x, double base, double height) {
        try (Sketch s = c.sketch(x, base, height, false, 0.1)) {
            Path2D.Double body = new Path2D.Double();
            body.moveTo(-0.12, -0.15);
            body.curveTo(-0.14, -0.6, -0.06, -0.85, 0, -1);
            body.curveTo(0.06, -0.85, 0.14, -0.6, 0.12, -0.15);
            body.closePath();
            s.part(Sketch.polygon(-0.12, -0.35, -0.25, -0.05, -0.25, 0, -0.1, -0.15), FIN);
            s.part(Sketch.polygon(0.12, -0.35, 0.25, -0.05, 0.25, 0, 0.1, -0.15), FIN);
            s.part(body, HULL);
            s.part(Sketch.polygon(-0.08, -0.15, 0.08, -0.15, 0.06, -0.05, -0.06, -0.05), rgb(90, 94, 104));
            s.part(Sketch.circle(0, -0.55, 0.055), rgb(90, 160, 210));
            s.part(Sketch.polygon(-0.045, -0.9, 0, -1, 0.045, -0.9), FIN);
        }
    }
}
