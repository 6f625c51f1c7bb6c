package com.storyreel.image.painting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static com.storyreel.image.painting.Colors.rgb;

/** The settings built around water: the open sea with its shore, a lake, and a river winding toward the viewer. */
final class WaterPainter {

    private static final Color WATER = rgb(44, 104, 152);
    private static final Color WATER_DEEP = rgb(20, 56, 104);
    private static final Color FOAM = rgb(248, 250, 252);
    private static final Color REED = rgb(96, 120, 60);

    private WaterPainter() {
    }

    static Stage sea(Canvas c) {
        Random random = c.random("sea");
        Palette p = c.palette;
        int w = c.width;
        int h = c.height;
        int horizon = c.layout.horizonY();
        double u = c.unit;
        Optional<SkyPainter.Light> light = SkyPainter.light(c, new Rectangle(0, 0, w, h), horizon);
        if (random.nextDouble() < 0.6) {
            double x = w * ((c.layout.heroOnLeft() ? 0.05 : 0.75) + 0.2 * random.nextDouble());
            Path2D.Double island = new Path2D.Double();
            double half = u * (0.15 + 0.15 * random.nextDouble());
            island.moveTo(x - half, horizon + 1);
            island.curveTo(x - half * 0.5, horizon - u * 0.05, x + half * 0.2, horizon - u * 0.03, x + half,
                    horizon + 1);
            island.closePath();
            c.fill(island, p.distant(p.lit(Terrain.HILL), 0.65));
        }
        water(c, random, horizon, h, light);
        int[] back = blank(w);
        if (!c.scene.subjectsAt(Subject.Place.BACKGROUND).isEmpty()) {
            headland(c, random, back);
        }
        boolean ashore = !c.scene.subjectsAt(Subject.Place.GROUND).isEmpty()
                || !c.scene.subjectsAt(Subject.Place.BESIDE_HERO).isEmpty() || c.scene.mentions("beach", "shore");
        int[] feet = blank(w);
        if (ashore) {
            if (c.scene.mentions(Setting.MOUNTAINS)) {
                feet = Terrain.cliff(c, random, horizon + (c.layout.groundY() - horizon) * 0.5);
            }
            else {
                beach(c, random);
                feet = SettingPainter.feet(c, random);
            }
        }
        double spotX = w / 2.0 + (c.layout.sideX() - w / 2.0) * 0.25;
        double reach = ashore ? 0.35 : 0.6;
        Stage.WaterSpot spot = new Stage.WaterSpot((int) spotX,
                (int) (horizon + (c.layout.groundY() - horizon) * reach), ashore ? 0.75 : 1.0);
        return new Stage(feet, back, spot, SettingPainter.skyAbove(c));
    }

    static Stage lake(Canvas c) {
        Random random = c.random("lake");
        Palette p = c.palette;
        int w = c.width;
        int h = c.height;
        int horizon = c.layout.horizonY();
        double u = c.unit;
        int[] peaks = Terrain.mountains(c, random, horizon, horizon * 0.38, 0.6, true);
        int[] shore = Terrain.rolling(random, w, horizon + h * 0.005, h * 0.02, 3);
        Color pine = p.distant(p.lit(Terrain.PINE), 0.4);
        Terrain.fill(c, shore, horizon + 2, pine, pine);
        Terrain.trees(c, random, shore, new Terrain.TreeRow(u * 0.05, u * 0.09, u * 0.025, 0.85, h * 0.004), pine,
                List.of());
        double bottom = horizon + h * 0.17;
        Optional<SkyPainter.Light> light = SkyPainter.light(c, new Rectangle(0, 0, w, h), horizon);
        Rectangle2D.Double lakeArea = new Rectangle2D.Double(0, horizon, w, bottom - horizon + h * 0.05);
        c.fill(lakeArea, c.vertical(horizon, bottom, Colors.mix(p.skyHorizon, p.lit(WATER), 0.3),
                Colors.mix(p.skyMid, p.lit(WATER), 0.5)));
        mirror(c, peaks, horizon, Colors.alpha(p.distant(p.lit(Terrain.ROCK), 0.6), 0.35), bottom);
        mirror(c, shore, horizon, Colors.alpha(pine, 0.55), bottom);
        light.ifPresent(l -> shimmer(c, random, l, horizon, bottom));
        ripples(c, random, horizon, bottom);
        int[] edge = Terrain.rolling(random, w, bottom + h * 0.01, h * 0.015, 1.5);
        Color grass = p.lit(Terrain.grass(c));
        Terrain.fill(c, edge, h, grass, p.lit(Terrain.grassDeep(c)));
        reeds(c, random, edge);
        Terrain.grassBlades(c, random, edge, grass);
        Terrain.flowers(c, random, edge);
        int[] back = shore.clone();
        Stage.WaterSpot spot = new Stage.WaterSpot((int) (w / 2.0 + (c.layout.sideX() - w / 2.0) * 0.3),
                (int) (horizon + (bottom - horizon) * 0.6), 0.55);
        return new Stage(SettingPainter.feet(c, random), back, spot, SettingPainter.skyAbove(c));
    }

    static Stage river(Canvas c) {
        Random random = c.random("river");
        Palette p = c.palette;
        int w = c.width;
        int h = c.height;
        int horizon = c.layout.horizonY();
        double u = c.unit;
        if (c.scene.mentions(Setting.MOUNTAINS) || random.nextBoolean()) {
            Terrain.mountains(c, random, horizon, horizon * 0.32, 0.6, true);
        }
        int[] far = Terrain.rolling(random, w, horizon + h * 0.01, h * 0.04, 2.2);
        Color hill = p.distant(p.lit(Terrain.HILL), 0.4);
        Terrain.fill(c, far, h, hill, hill);
        Terrain.trees(c, random, far, new Terrain.TreeRow(u * 0.05, u * 0.09, u * 0.04, 0.5, h * 0.004),
                Colors.scale(hill, 0.85), List.of());
        Color grass = p.lit(Terrain.grass(c));
        Color grassDeep = p.lit(Terrain.grassDeep(c));
        int[] land = Terrain.rolling(random, w, horizon + h * 0.05, h * 0.02, 1.4);
        Terrain.fill(c, land, h, p.distant(grass, 0.3), grassDeep);

        // The river starts near the middle of the horizon and widens toward the viewer on the side away from the hero.
        double startX = w * (0.45 + 0.1 * random.nextDouble());
        double endX = c.layout.heroOnLeft() ? w * 0.78 : w * 0.22;
        double top = Terrain.at(land, startX) + h * 0.005;
        double wiggle = w * 0.08;
        int steps = 40;
        double[] left = new double[steps + 1];
        double[] right = new double[steps + 1];
        double[] ys = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            double t = i / (double) steps;
            double y = top + (h + 2 - top) * t;
            double centre = startX + (endX - startX) * t + Math.sin(t * Math.PI * 2.2) * wiggle * t;
            double half = w * (0.008 + 0.26 * Math.pow(t, 1.7));
            left[i] = centre - half;
            right[i] = centre + half;
            ys[i] = y;
        }
        Path2D.Double river = new Path2D.Double();
        river.moveTo(left[0], ys[0]);
        for (int i = 1; i <= steps; i++) {
            river.lineTo(left[i], ys[i]);
        }
        for (int i = steps; i >= 0; i--) {
            river.lineTo(right[i], ys[i]);
        }
        river.closePath();
        c.fill(river, c.vertical(top, h, Colors.mix(p.skyHorizon, p.lit(WATER), 0.25), p.lit(WATER)));
        Shape clip = c.g.getClip();
        c.g.clip(river);
        Optional<SkyPainter.Light> light = SkyPainter.light(c, new Rectangle(0, 0, w, h), horizon);
        ripples(c, random, top, h);
        c.g.setClip(clip);
        c.g.setStroke(new BasicStroke((float) Math.max(1, u * 0.004), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        c.g.setColor(Colors.alpha(Colors.scale(grassDeep, 0.7), 0.6));
        c.g.draw(river);
        light.ifPresent(l -> {
            c.g.clip(river);
            shimmer(c, random, new SkyPainter.Light(endX, l.y(), l.radius(), l.sun()), top + (h - top) * 0.3, h);
            c.g.setClip(clip);
        });
        Terrain.grassBlades(c, random, land, grass);
        Terrain.flowers(c, random, land);
        int[] feet = SettingPainter.feet(c, random);
        int[] back = land.clone();
        int spotIndex = (int) (steps * 0.55);
        Stage.WaterSpot spot = new Stage.WaterSpot((int) ((left[spotIndex] + right[spotIndex]) / 2),
                (int) ys[spotIndex], 0.6);
        return new Stage(feet, back, spot, SettingPainter.skyAbove(c));
    }

    /** Open water from {@code top} to {@code bottom}: deepening colour, the light's glittering path and waves. */
    private static void water(Canvas c, Random random, double top, double bottom, Optional<SkyPainter.Light> light) {
        Palette p = c.palette;
        c.fill(new Rectangle2D.Double(0, top, c.width, bottom - top), c.vertical(top, bottom,
                new float[] {0f, 0.35f, 1f}, new Color[] {Colors.mix(p.skyHorizon, p.lit(WATER), 0.35), p.lit(WATER),
                        p.lit(WATER_DEEP)}));
        light.ifPresent(l -> shimmer(c, random, l, top, bottom));
        waves(c, random, top, bottom);
    }

    /** The path of light on water under the sun or moon: broken horizontal strokes widening toward the viewer. */
    private static void shimmer(Canvas c, Random random, SkyPainter.Light light, double top, double bottom) {
        Color colour = light.sun() ? c.palette.light : Colors.mix(c.palette.light, c.palette.skyMid, 0.2);
        c.glow(light.x(), top, light.radius() * 2.5, (bottom - top) * 0.8, Colors.alpha(colour, 0.4));
        Path2D.Double strokes = new Path2D.Double();
        int rows = (int) Math.max(8, (bottom - top) / Math.max(1.5, c.unit * 0.007));
        for (int i = 0; i < rows; i++) {
            double t = i / (double) rows;
            double y = top + (bottom - top) * Math.pow(t, 1.4);
            double half = light.radius() * (0.5 + 2.2 * t) * (0.3 + random.nextDouble());
            double x = light.x() + (random.nextDouble() - 0.5) * light.radius() * (0.6 + 2.5 * t);
            double thick = Math.max(1, c.unit * (0.0018 + 0.005 * t));
            strokes.append(new RoundRectangle2D.Double(x - half, y, half * 2, thick, thick, thick), false);
        }
        c.fill(strokes, Colors.alpha(Colors.mix(colour, Color.WHITE, 0.3), 0.65));
    }

    /** Little arcs of crest and trough, smaller and denser toward the horizon. */
    private static void waves(Canvas c, Random random, double top, double bottom) {
        Palette p = c.palette;
        Color crest = Colors.alpha(Colors.mix(p.skyHorizon, Color.WHITE, 0.35), 0.5);
        Color trough = Colors.alpha(Colors.scale(p.lit(WATER_DEEP), 0.7), 0.4);
        int bands = 3;
        for (int band = 0; band < bands; band++) {
            Path2D.Double crests = new Path2D.Double();
            Path2D.Double troughs = new Path2D.Double();
            double t0 = band / (double) bands;
            double t1 = (band + 1) / (double) bands;
            double near = (t0 + t1) / 2;
            double length = c.unit * (0.015 + 0.07 * near);
            int count = (int) (c.width / length * 2.5 * (t1 - t0) * (1.6 - near));
            for (int i = 0; i < count; i++) {
                double t = t0 + (t1 - t0) * random.nextDouble();
                double y = top + (bottom - top) * Math.pow(t, 1.5) + 2;
                double x = random.nextDouble() * c.width;
                double len = length * (0.6 + 0.8 * random.nextDouble());
                crests.moveTo(x - len / 2, y);
                crests.quadTo(x, y - len * 0.09, x + len / 2, y);
                troughs.moveTo(x - len * 0.7, y + len * 0.06);
                troughs.lineTo(x + len * 0.2, y + len * 0.06);
            }
            float width = (float) Math.max(1, c.unit * (0.0014 + 0.004 * near));
            c.g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            c.g.setColor(trough);
            c.g.draw(troughs);
            c.g.setColor(crest);
            c.g.draw(crests);
        }
    }

    /** Thin horizontal glints on still water. */
    private static void ripples(Canvas c, Random random, double top, double bottom) {
        Path2D.Double lines = new Path2D.Double();
        int count = (int) Math.max(10, c.width / Math.max(1, c.unit * 0.03));
        for (int i = 0; i < count; i++) {
            double t = random.nextDouble();
            double y = top + (bottom - top) * t * t + 2;
            double x = random.nextDouble() * c.width;
            double len = c.unit * (0.01 + 0.06 * t);
            lines.moveTo(x - len / 2, y);
            lines.lineTo(x + len / 2, y);
        }
        c.g.setStroke(new BasicStroke((float) Math.max(1, c.unit * 0.0018), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        c.g.setColor(Colors.alpha(Colors.mix(c.palette.skyHorizon, Color.WHITE, 0.4), 0.45));
        c.g.draw(lines);
    }

    /** The reflection of a profile standing on {@code waterline}, cut off at {@code bottom}. */
    private static void mirror(Canvas c, int[] profile, int waterline, Color colour, double bottom) {
        int[] flipped = new int[profile.length];
        for (int x = 0; x < profile.length; x++) {
            flipped[x] = (int) Math.min(bottom, 2 * waterline - Math.min(profile[x], waterline));
        }
        Path2D.Double shape = new Path2D.Double();
        shape.moveTo(-1, waterline);
        int step = Math.max(1, profile.length / 480);
        for (int x = 0; x < profile.length; x += step) {
            shape.lineTo(x, flipped[x]);
        }
        shape.lineTo(profile.length, flipped[profile.length - 1]);
        shape.lineTo(profile.length, waterline);
        shape.closePath();
        c.fill(shape, colour);
    }

    /** A rocky islet on the far side, for a lighthouse, house or castle to stand on. */
    private static void headland(Canvas c, Random random, int[] back) {
        Palette p = c.palette;
        double u = c.unit;
        int horizon = c.layout.horizonY();
        double centre = c.layout.sideX();
        double half = u * 0.26;
        double base = horizon + (c.layout.groundY() - horizon) * 0.28;
        double rise = u * 0.06;
        int[] top = Terrain.rolling(random, c.width, base - rise, u * 0.02, 4);
        Path2D.Double rock = new Path2D.Double();
        rock.moveTo(centre - half * 1.3, base);
        for (double x = centre - half; x <= centre + half; x += Math.max(1, half / 40)) {
            double d = (x - centre) / half;
            double shoulder = Math.sqrt(Math.max(0, 1 - Math.pow(Math.abs(d), 3)));
            rock.lineTo(x, base - (base - Terrain.at(top, x)) * shoulder);
        }
        rock.lineTo(centre + half * 1.3, base);
        rock.closePath();
        Color stone = p.distant(p.lit(Terrain.ROCK), 0.3);
        c.fill(rock, c.vertical(base - rise * 1.5, base, Colors.mix(stone, Color.WHITE, 0.1),
                Colors.scale(stone, 0.7)));
        c.fill(Sketch.ellipse(centre, base, half * 2.5, u * 0.012), Colors.alpha(p.lit(FOAM), 0.6));
        for (int x = (int) (centre - half * 0.55); x <= centre + half * 0.55; x++) {
            if (x >= 0 && x < back.length) {
                back[x] = Terrain.at(top, x) + (int) (u * 0.01);
            }
        }
    }

    /** Sand across the foreground with a line of foam where the waves arrive. */
    private static void beach(Canvas c, Random random) {
        Palette p = c.palette;
        int h = c.height;
        int[] edge = Terrain.rolling(random, c.width, c.layout.groundY() - h * 0.05, h * 0.04, 0.8);
        Color sand = p.lit(Terrain.SAND);
        Path2D.Double wet = Terrain.under(edge, h);
        c.fill(AffineTransform.getTranslateInstance(0, -h * 0.012).createTransformedShape(wet),
                Colors.alpha(Colors.scale(sand, 0.75), 0.9));
        Terrain.fill(c, edge, h, Colors.scale(sand, 0.9), sand);
        c.g.setStroke(new BasicStroke((float) Math.max(1.5, c.unit * 0.006), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        c.g.setColor(Colors.alpha(p.lit(FOAM), 0.85));
        Path2D.Double foam = new Path2D.Double();
        int step = Math.max(1, c.width / 240);
        foam.moveTo(0, edge[0] - h * 0.012);
        for (int x = 0; x < c.width; x += step) {
            foam.lineTo(x, edge[x] - h * 0.012 + Math.sin(x * 0.05) * h * 0.002);
        }
        c.g.draw(foam);
        Path2D.Double shells = new Path2D.Double();
        for (int i = 0; i < 8; i++) {
            double x = random.nextDouble() * c.width;
            double y = Terrain.at(edge, x) + (h - Terrain.at(edge, x)) * (0.3 + 0.6 * random.nextDouble());
            shells.append(Sketch.ellipse(x, y, c.unit * 0.01, c.unit * 0.006), false);
        }
        c.fill(shells, p.lit(rgb(244, 226, 214)));
    }

    private static void reeds(Canvas c, Random random, int[] edge) {
        if (c.style.isFlat()) {
            return;
        }
        Path2D.Double stalks = new Path2D.Double();
        for (int i = 0; i < c.width / Math.max(1, c.unit * 0.012); i++) {
            double x = random.nextDouble() * c.width;
            if (Math.abs(x - c.layout.heroX()) < c.unit * 0.2) {
                continue;
            }
            double y = Terrain.at(edge, x) + c.height * 0.01;
            double length = c.unit * (0.03 + 0.05 * random.nextDouble());
            stalks.moveTo(x, y);
            stalks.quadTo(x + length * 0.05, y - length * 0.6, x + length * 0.15, y - length);
        }
        c.g.setStroke(new BasicStroke((float) Math.max(1, c.unit * 0.0025), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        c.g.setColor(c.palette.lit(REED));
        c.g.draw(stalks);
    }

    private static int[] blank(int width) {
        int[] profile = new int[width];
        Arrays.fill(profile, Stage.NONE);
        return profile;
    }
}
