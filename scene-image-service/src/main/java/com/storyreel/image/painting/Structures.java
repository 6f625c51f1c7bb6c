package com.storyreel.image.painting;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

import static com.storyreel.image.painting.Colors.rgb;
import static com.storyreel.image.painting.Sketch.circle;
import static com.storyreel.image.painting.Sketch.ellipse;
import static com.storyreel.image.painting.Sketch.polygon;

/**
 * Buildings, trees and vehicles drawn as simple storybook shapes. Each is drawn in its own units
 * from its base (see {@link Sketch}); windows and lamps light up after dark.
 */
final class Structures {

    private static final Color[] WALLS = {rgb(238, 226, 198), rgb(216, 192, 160), rgb(204, 212, 222)};
    private static final Color[] ROOFS = {rgb(172, 72, 58), rgb(112, 82, 62), rgb(72, 92, 124)};
    private static final Color WINDOW_LIGHT = rgb(255, 214, 140);
    private static final Color STONE = rgb(186, 180, 172);
    private static final Color SLATE = rgb(74, 94, 150);
    private static final Color BARK = rgb(104, 74, 52);
    private static final Color WHITE = rgb(244, 242, 236);
    private static final Color RED = rgb(196, 58, 50);
    private static final Color DARK = rgb(52, 46, 50);

    private Structures() {
    }

    /** A cottage {@code width} pixels wide, with a chimney and windows that glow after dark. */
    static void house(Canvas c, Random random, double x, double baseY, double width, double depth) {
        Color wall = WALLS[random.nextInt(WALLS.length)];
        Color roof = ROOFS[random.nextInt(ROOFS.length)];
        boolean lit = isDark(c);
        try (Sketch s = c.sketch(x, baseY, width, false, depth)) {
            s.part(new Rectangle2D.Double(0.2, -0.98, 0.12, 0.3), rgb(150, 90, 70));
            s.part(new Rectangle2D.Double(-0.5, -0.55, 1.0, 0.55), wall);
            s.part(polygon(-0.62, -0.53, 0, -1.0, 0.62, -0.53), roof);
            s.part(new RoundRectangle2D.Double(-0.1, -0.34, 0.2, 0.34, 0.1, 0.1), rgb(120, 78, 52));
            for (double wx : new double[] {-0.34, 0.22}) {
                Rectangle2D.Double pane = new Rectangle2D.Double(wx, -0.42, 0.14, 0.16);
                if (lit) {
                    s.glow(wx + 0.07, -0.34, 0.25, Colors.alpha(c.palette.emitted(WINDOW_LIGHT), 0.4));
                    s.light(pane, WINDOW_LIGHT);
                }
                else {
                    s.part(pane, rgb(120, 150, 180));
                }
            }
            if (!c.style.isFlat()) {
                Color smoke = Colors.alpha(Colors.mix(c.palette.skyHorizon, Color.WHITE, 0.4), 0.45);
                for (int i = 0; i < 3; i++) {
                    s.tint(circle(0.28 + i * 0.08, -1.08 - i * 0.14, 0.06 + i * 0.03), smoke, 0.35);
                }
            }
        }
    }

    /** A small church: nave and a tower with a spire, {@code width} pixels wide in all. */
    static void chapel(Canvas c, double x, double baseY, double width, double depth) {
        try (Sketch s = c.sketch(x, baseY, width, false, depth)) {
            s.part(new Rectangle2D.Double(-0.5, -0.32, 0.62, 0.32), WALLS[0]);
            s.part(polygon(-0.56, -0.3, -0.19, -0.55, 0.18, -0.3), ROOFS[0]);
            s.part(new Rectangle2D.Double(0.12, -0.62, 0.22, 0.62), WALLS[0]);
            s.part(polygon(0.1, -0.6, 0.23, -1.0, 0.36, -0.6), SLATE);
            s.part(circle(0.23, -0.45, 0.05), isDark(c) ? WINDOW_LIGHT : rgb(120, 150, 180));
            s.part(new RoundRectangle2D.Double(-0.25, -0.2, 0.1, 0.2, 0.1, 0.1), rgb(120, 78, 52));
        }
    }

    /** A striped lighthouse {@code height} pixels tall whose lamp throws beams after dark. */
    static void lighthouse(Canvas c, double x, double baseY, double height, double depth) {
        boolean lit = isDark(c) || c.scene.weather().hidesLight();
        try (Sketch s = c.sketch(x, baseY, height, false, depth)) {
            if (lit) {
                Color beam = Colors.alpha(c.palette.emitted(WINDOW_LIGHT), 0.22);
                s.tint(polygon(0, -0.8, -2.4, -0.92, -2.4, -0.7), beam, 0.16);
                s.tint(polygon(0, -0.8, 1.6, -0.87, 1.6, -0.74), beam, 0.1);
                s.glow(0, -0.8, 0.5, Colors.alpha(c.palette.emitted(WINDOW_LIGHT), 0.6));
            }
            Path2D.Double tower = polygon(-0.12, 0, -0.075, -0.72, 0.075, -0.72, 0.12, 0);
            s.part(tower, WHITE);
            s.clip(tower);
            for (int band = 0; band < 3; band++) {
                double top = -0.14 - band * 0.22;
                s.part(new Rectangle2D.Double(-0.2, top - 0.1, 0.4, 0.1), RED);
            }
            s.unclip();
            s.part(new Rectangle2D.Double(-0.11, -0.75, 0.22, 0.035), DARK);
            if (lit) {
                s.light(new Rectangle2D.Double(-0.06, -0.86, 0.12, 0.11), WINDOW_LIGHT);
            }
            else {
                s.part(new Rectangle2D.Double(-0.06, -0.86, 0.12, 0.11), rgb(190, 220, 230));
            }
            s.part(new Rectangle2D.Double(-0.065, -0.86, 0.13, 0.012), DARK);
            Path2D.Double dome = new Path2D.Double();
            dome.moveTo(-0.075, -0.86);
            dome.quadTo(0, -0.98, 0.075, -0.86);
            dome.closePath();
            s.part(dome, RED);
            s.part(new Rectangle2D.Double(-0.008, -0.99, 0.016, 0.05), DARK);
            s.part(new RoundRectangle2D.Double(-0.035, -0.1, 0.07, 0.1, 0.06, 0.06), DARK);
        }
    }

    /** A fairy-tale castle {@code height} pixels tall: curtain wall, round towers with pointed roofs and flags. */
    static void castle(Canvas c, double x, double baseY, double height, double depth) {
        boolean lit = isDark(c);
        try (Sketch s = c.sketch(x, baseY, height, false, depth)) {
            s.part(ellipse(0, 0.02, 1.2, 0.1), rgb(112, 104, 90));
            s.part(crenellated(-0.42, 0.42, -0.45, 0.05), STONE);
            s.part(crenellated(-0.2, 0.2, -0.72, 0.05), STONE);
            tower(s, -0.44, 0.1, -0.7, -1.0);
            tower(s, 0.44, 0.1, -0.7, -1.0);
            tower(s, 0, 0.09, -0.92, -1.25);
            Path2D.Double gate = new Path2D.Double();
            gate.moveTo(-0.08, 0);
            gate.lineTo(-0.08, -0.16);
            gate.quadTo(0, -0.27, 0.08, -0.16);
            gate.lineTo(0.08, 0);
            gate.closePath();
            s.part(gate, rgb(70, 52, 40));
            double[][] windows = {{-0.44, -0.55}, {0.44, -0.55}, {0, -0.8}, {-0.12, -0.52}, {0.12, -0.52}};
            for (double[] w : windows) {
                Shape slit = new RoundRectangle2D.Double(w[0] - 0.018, w[1], 0.036, 0.07, 0.036, 0.036);
                if (lit) {
                    s.light(slit, WINDOW_LIGHT);
                }
                else {
                    s.part(slit, DARK);
                }
            }
        }
    }

    private static void tower(Sketch s, double x, double half, double top, double tip) {
        s.part(new Rectangle2D.Double(x - half, top, half * 2, -top), STONE);
        s.part(polygon(x - half * 1.25, top, x, tip, x + half * 1.25, top), SLATE);
        s.line(new Line2D.Double(x, tip, x, tip - 0.09), DARK, 0.01);
        s.part(polygon(x, tip - 0.09, x + 0.09, tip - 0.07, x, tip - 0.05), RED);
    }

    private static Shape crenellated(double left, double right, double top, double merlon) {
        Area wall = new Area(new Rectangle2D.Double(left, top, right - left, -top));
        int count = (int) Math.max(2, Math.round((right - left) / (merlon * 2)));
        double step = (right - left) / count;
        for (int i = 0; i < count; i++) {
            wall.add(new Area(new Rectangle2D.Double(left + i * step + step * 0.15, top - merlon, step * 0.7, merlon)));
        }
        return wall;
    }

    /** A big leafy tree {@code height} pixels tall, snow-dusted in snow and orange in autumn. */
    static void tree(Canvas c, Random random, double x, double baseY, double height, double depth) {
        Color leaves = Terrain.foliage(c);
        if (c.scene.weather() == Weather.SNOW) {
            leaves = Colors.mix(leaves, Terrain.SNOW, 0.55);
        }
        boolean lightOnLeft = !c.layout.heroOnLeft();
        try (Sketch s = c.sketch(x, baseY, height, false, depth)) {
            Path2D.Double trunk = new Path2D.Double();
            trunk.moveTo(-0.09, 0);
            trunk.quadTo(-0.04, -0.1, -0.045, -0.45);
            trunk.lineTo(-0.16, -0.62);
            trunk.lineTo(-0.12, -0.64);
            trunk.lineTo(-0.01, -0.52);
            trunk.lineTo(0.01, -0.7);
            trunk.lineTo(0.05, -0.7);
            trunk.lineTo(0.045, -0.5);
            trunk.lineTo(0.15, -0.6);
            trunk.lineTo(0.17, -0.57);
            trunk.lineTo(0.05, -0.42);
            trunk.quadTo(0.04, -0.1, 0.1, 0);
            trunk.closePath();
            s.part(trunk, BARK);
            Path2D.Double crown = new Path2D.Double();
            crown.append(circle(0, -0.72, 0.22), false);
            for (int i = 0; i < 7; i++) {
                double angle = Math.PI * 2 * i / 7 + random.nextDouble() * 0.4;
                crown.append(circle(Math.cos(angle) * 0.2, -0.7 + Math.sin(angle) * 0.14,
                        0.13 + 0.05 * random.nextDouble()), false);
            }
            s.part(crown, leaves);
            s.clip(crown);
            double side = lightOnLeft ? -1 : 1;
            s.tint(circle(side * 0.12, -0.8, 0.2), Colors.mix(c.palette.lit(leaves), Color.WHITE, 0.3), 0.3);
            s.tint(ellipse(0, -0.5, 0.7, 0.2), Colors.scale(c.palette.lit(leaves), 0.5), 0.35);
        }
    }

    /** A sailing boat {@code size} pixels from keel to masthead, floating at {@code waterY}. */
    static void boat(Canvas c, double x, double waterY, double size, double depth, boolean facingLeft) {
        try (Sketch s = c.sketch(x, waterY, size, facingLeft, depth)) {
            s.tint(ellipse(0, 0.04, 1.0, 0.08), rgb(10, 20, 40), 0.25);
            s.line(new Line2D.Double(0, -0.12, 0, -1), rgb(96, 70, 50), 0.025);
            s.part(polygon(0.03, -0.96, 0.03, -0.2, 0.42, -0.22), WHITE);
            s.part(polygon(-0.03, -0.9, -0.03, -0.2, -0.34, -0.2), rgb(236, 226, 206));
            s.part(polygon(0, -1, 0.12, -0.97, 0, -0.94), RED);
            Path2D.Double hull = new Path2D.Double();
            hull.moveTo(-0.46, -0.16);
            hull.lineTo(0.52, -0.16);
            hull.quadTo(0.42, 0.04, 0.3, 0.05);
            hull.lineTo(-0.32, 0.05);
            hull.quadTo(-0.42, 0.0, -0.46, -0.16);
            hull.closePath();
            s.part(hull, rgb(176, 70, 50));
            s.part(new Rectangle2D.Double(-0.44, -0.13, 0.94, 0.03), rgb(240, 226, 190));
        }
    }

    /** A striped hot-air balloon {@code height} pixels tall. */
    static void balloon(Canvas c, double x, double y, double height, double depth) {
        Color[] stripes = {rgb(220, 70, 60), rgb(250, 206, 80), rgb(70, 140, 210)};
        try (Sketch s = c.sketch(x, y, height, false, depth)) {
            Path2D.Double envelope = new Path2D.Double();
            envelope.moveTo(-0.1, -0.32);
            envelope.curveTo(-0.42, -0.5, -0.38, -1.0, 0, -1.0);
            envelope.curveTo(0.38, -1.0, 0.42, -0.5, 0.1, -0.32);
            envelope.closePath();
            s.part(envelope, stripes[0]);
            s.clip(envelope);
            for (int gore = 3; gore >= 0; gore--) {
                s.part(ellipse(0, -0.66, gore * 0.17 + 0.07, 0.8), stripes[gore % stripes.length]);
            }
            s.unclip();
            s.line(new Line2D.Double(-0.09, -0.32, -0.06, -0.13), DARK, 0.008);
            s.line(new Line2D.Double(0.09, -0.32, 0.06, -0.13), DARK, 0.008);
            s.part(new RoundRectangle2D.Double(-0.075, -0.13, 0.15, 0.13, 0.03, 0.03), rgb(150, 104, 60));
        }
    }

    /** A lantern {@code height} pixels tall, lit and glowing. */
    static void lantern(Canvas c, double x, double baseY, double height, double depth) {
        try (Sketch s = c.sketch(x, baseY, height, false, depth)) {
            drawLantern(c, s, 0, 0, 1);
        }
    }

    /** A lantern drawn inside another figure's sketch, e.g. held in a hand. */
    static void drawLantern(Canvas c, Sketch s, double x, double baseY, double size) {
        s.glow(x, baseY - size * 0.45, size * 1.6, Colors.alpha(c.palette.emitted(WINDOW_LIGHT), 0.55));
        s.part(new Rectangle2D.Double(x - size * 0.3, baseY - size * 0.1, size * 0.6, size * 0.1), DARK);
        s.light(new RoundRectangle2D.Double(x - size * 0.24, baseY - size * 0.72, size * 0.48, size * 0.62,
                size * 0.1, size * 0.1), WINDOW_LIGHT);
        s.part(polygon(x - size * 0.32, baseY - size * 0.72, x + size * 0.32, baseY - size * 0.72, x,
                baseY - size * 0.92), DARK);
        s.line(ellipse(x, baseY - size * 1.0, size * 0.2, size * 0.16), DARK, size * 0.04);
    }

    private static boolean isDark(Canvas c) {
        return c.scene.time().isDark() || c.scene.weather() == Weather.STORM;
    }
}
