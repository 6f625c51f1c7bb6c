package com.storyreel.image.painting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Random;

import static com.storyreel.image.painting.Colors.rgb;

/** The open-country settings: meadow (and the land around a castle), forest, mountains, snowfield and desert. */
final class CountryPainter {

    private static final Color FOREST_FLOOR = rgb(92, 112, 60);
    private static final Color FOREST_FLOOR_DEEP = rgb(58, 72, 44);
    private static final Color BARK = rgb(84, 62, 46);
    private static final Color PATH = rgb(204, 178, 126);
    private static final Color CACTUS = rgb(74, 128, 82);

    private CountryPainter() {
    }

    static Stage meadow(Canvas c) {
        Random random = c.random("meadow");
        Palette p = c.palette;
        int w = c.width;
        int h = c.height;
        int horizon = c.layout.horizonY();
        double u = c.unit;
        boolean building = hasBuilding(c);
        if (c.scene.mentions(Setting.MOUNTAINS) || c.scene.setting() == Setting.CASTLE || random.nextBoolean()) {
            Terrain.mountains(c, random, horizon + h * 0.02, horizon * 0.34, 0.62, true);
        }
        int[] far = Terrain.rolling(random, w, horizon + h * 0.02, h * 0.045, 2.5);
        Color farHill = p.distant(p.lit(Terrain.HILL), 0.45);
        Terrain.fill(c, far, h, farHill, p.distant(p.lit(Terrain.HILL), 0.3));
        boolean wooded = c.scene.mentions(Setting.FOREST);
        Terrain.trees(c, random, far, new Terrain.TreeRow(u * 0.03, u * 0.06, u * (wooded ? 0.025 : 0.11),
                wooded ? 0.6 : 0.3, h * 0.004), Colors.scale(farHill, 0.88), List.of());
        int[] back = Terrain.rolling(random, w, horizon + h * 0.095, h * 0.04, 1.6);
        if (building) {
            Terrain.mound(back, c.layout.sideX(), w * 0.16, h * 0.05);
        }
        Color grass = p.lit(Terrain.grass(c));
        Color grassDeep = p.lit(Terrain.grassDeep(c));
        Terrain.fill(c, back, h, p.distant(grass, 0.22), p.distant(grassDeep, 0.12));
        Terrain.trees(c, random, back, new Terrain.TreeRow(u * 0.08, u * 0.12, u * 0.34, 0.25, h * 0.012),
                p.distant(p.lit(Terrain.foliage(c)), 0.2), p.distant(p.lit(BARK), 0.2),
                Terrain.clearAround(c.layout.sideX(), building ? u * 0.32 : 0, c.layout.heroX(), u * 0.15));
        int[] edge = Terrain.rolling(random, w, c.layout.groundY() - h * 0.08, h * 0.025, 1.3);
        Terrain.fill(c, edge, h, grass, grassDeep);
        if (building) {
            path(c, back);
        }
        Terrain.grassBlades(c, random, edge, grass);
        Terrain.flowers(c, random, edge);
        return new Stage(SettingPainter.feet(c, random), back, null, SettingPainter.skyAbove(c));
    }

    static Stage forest(Canvas c) {
        Random random = c.random("forest");
        Palette p = c.palette;
        int w = c.width;
        int h = c.height;
        int horizon = c.layout.horizonY();
        double u = c.unit;
        if (c.scene.mentions(Setting.MOUNTAINS)) {
            Terrain.mountains(c, random, horizon, horizon * 0.3, 0.6, true);
        }
        Color pine = p.lit(c.scene.weather() == Weather.SNOW ? rgb(70, 110, 100) : Terrain.PINE);
        Color leaf = p.lit(Terrain.foliage(c));
        Color floor = p.lit(c.scene.weather() == Weather.SNOW ? Terrain.SNOW : FOREST_FLOOR);
        Color floorDeep = p.lit(c.scene.weather() == Weather.SNOW ? Terrain.SNOW_SHADE : FOREST_FLOOR_DEEP);
        int[] far = Terrain.rolling(random, w, horizon + h * 0.01, h * 0.05, 2);
        Terrain.fill(c, far, h, p.distant(pine, 0.55), p.distant(pine, 0.45));
        Terrain.trees(c, random, far, new Terrain.TreeRow(u * 0.06, u * 0.1, u * 0.028, 0.8, h * 0.03),
                p.distant(pine, 0.5),
                List.of());
        int[] mid = Terrain.rolling(random, w, horizon + h * 0.06, h * 0.03, 1.5);
        Terrain.fill(c, mid, h, p.distant(floor, 0.35), p.distant(floorDeep, 0.3));
        Terrain.trees(c, random, mid, new Terrain.TreeRow(u * 0.14, u * 0.22, u * 0.05, 0.65, h * 0.05),
                p.distant(pine, 0.33), List.of());
        boolean building = hasBuilding(c);
        int[] back = Terrain.rolling(random, w, horizon + h * 0.13, h * 0.025, 1.2);
        Terrain.fill(c, back, h, p.distant(floor, 0.2), p.distant(floorDeep, 0.15));
        Terrain.trees(c, random, back, new Terrain.TreeRow(u * 0.26, u * 0.38, u * 0.09, 0.5, h * 0.01),
                c.vertical(horizon - u * 0.3, Terrain.max(back), p.distant(leaf, 0.12), p.distant(pine, 0.18)),
                p.distant(p.lit(BARK), 0.2), Terrain.clearAround(c.layout.sideX(), building ? u * 0.24 : 0));
        lightShafts(c, random);
        int[] edge = Terrain.rolling(random, w, c.layout.groundY() - h * 0.07, h * 0.02, 1.4);
        Terrain.fill(c, edge, h, floor, floorDeep);
        framingTrees(c, random, edge, leaf);
        Terrain.grassBlades(c, random, edge, floor);
        mushrooms(c, random, edge);
        return new Stage(SettingPainter.feet(c, random), back, null, SettingPainter.skyAbove(c));
    }

    static Stage mountains(Canvas c) {
        Random random = c.random("mountains");
        Palette p = c.palette;
        int w = c.width;
        int h = c.height;
        int horizon = c.layout.horizonY();
        double u = c.unit;
        boolean snow = c.scene.weather() == Weather.SNOW;
        Terrain.mountains(c, random, horizon - h * 0.02, horizon * 0.55, 0.6, true);
        Terrain.mountains(c, random, horizon + h * 0.03, horizon * 0.36, 0.4, snow, rgb(110, 120, 118));
        int[] near = Terrain.mountains(c, random, horizon + h * 0.1, horizon * 0.22, 0.22, snow,
                snow ? Terrain.SNOW_SHADE : rgb(84, 122, 84));
        Terrain.trees(c, random, near, new Terrain.TreeRow(u * 0.03, u * 0.055, u * 0.02, 1.0, h * 0.02),
                p.distant(p.lit(Terrain.PINE), 0.25), Terrain.clearAround(c.layout.sideX(), u * 0.25));
        int[] valley = Terrain.rolling(random, w, horizon + h * 0.2, h * 0.03, 2.5);
        Terrain.trees(c, random, valley, new Terrain.TreeRow(u * 0.05, u * 0.09, u * 0.045, 0.9, h * 0.01),
                p.distant(p.lit(Terrain.PINE), 0.2), List.of());
        mist(c, horizon + h * 0.1, h * 0.06);
        int[] feet;
        if (c.scene.mentions("cliff", "cliffside", "ledge", "edge")) {
            feet = Terrain.cliff(c, random, horizon + (c.layout.groundY() - horizon) * 0.55);
        }
        else {
            Color grass = p.lit(Terrain.grass(c));
            int[] edge = Terrain.rolling(random, w, c.layout.groundY() - h * 0.08, h * 0.04, 0.9);
            Terrain.fill(c, edge, h, grass, p.lit(Terrain.grassDeep(c)));
            rocks(c, random, edge);
            Terrain.grassBlades(c, random, edge, grass);
            Terrain.flowers(c, random, edge);
            feet = SettingPainter.feet(c, random);
        }
        int[] back = near.clone();
        for (int x = 0; x < w; x++) {
            back[x] += (int) (h * 0.02);
        }
        return new Stage(feet, back, null, SettingPainter.skyAbove(c));
    }

    static Stage snowfield(Canvas c) {
        Random random = c.random("snowfield");
        Palette p = c.palette;
        int w = c.width;
        int h = c.height;
        int horizon = c.layout.horizonY();
        double u = c.unit;
        Terrain.mountains(c, random, horizon + h * 0.01, horizon * 0.42, 0.55, true, rgb(170, 184, 210));
        int[] hills = Terrain.rolling(random, w, horizon + h * 0.07, h * 0.05, 1.8);
        Color snow = p.lit(Terrain.SNOW);
        Color shade = p.lit(Terrain.SNOW_SHADE);
        Terrain.fill(c, hills, h, p.distant(snow, 0.25), p.distant(shade, 0.25));
        Terrain.trees(c, random, hills, new Terrain.TreeRow(u * 0.09, u * 0.16, u * 0.07, 1.0, h * 0.01),
                p.distant(Colors.mix(p.lit(Terrain.PINE), snow, 0.25), 0.25),
                Terrain.clearAround(c.layout.sideX(), hasBuilding(c) ? u * 0.25 : 0));
        int[] edge = Terrain.rolling(random, w, c.layout.groundY() - h * 0.09, h * 0.03, 1.1);
        Terrain.fill(c, edge, h, snow, shade);
        drifts(c, random, edge, shade);
        int[] back = hills.clone();
        for (int x = 0; x < w; x++) {
            back[x] += (int) (h * 0.015);
        }
        return new Stage(SettingPainter.feet(c, random), back, null, SettingPainter.skyAbove(c));
    }

    static Stage desert(Canvas c) {
        Random random = c.random("desert");
        Palette p = c.palette;
        int w = c.width;
        int h = c.height;
        int horizon = c.layout.horizonY();
        double u = c.unit;
        Color sand = p.lit(Terrain.SAND);
        Color sandDeep = p.lit(rgb(196, 140, 86));
        int[] far = Terrain.rolling(random, w, horizon + h * 0.01, h * 0.05, 1.6);
        dune(c, far, p.distant(sand, 0.5), p.distant(sandDeep, 0.5));
        int[] mid = Terrain.rolling(random, w, horizon + h * 0.08, h * 0.07, 1.2);
        dune(c, mid, p.distant(sand, 0.25), p.distant(sandDeep, 0.25));
        int cacti = 1 + random.nextInt(3);
        for (int tries = 0; tries < 12 && cacti > 0; tries++) {
            double x = w * (0.06 + 0.88 * random.nextDouble());
            if (Math.abs(x - c.layout.heroX()) > u * 0.25 && Math.abs(x - c.layout.sideX()) > u * 0.2) {
                cactus(c, x, Terrain.at(mid, x) + h * 0.03, u * (0.12 + 0.08 * random.nextDouble()), 0.2);
                cacti--;
            }
        }
        int[] edge = Terrain.rolling(random, w, c.layout.groundY() - h * 0.08, h * 0.035, 0.8);
        dune(c, edge, sand, sandDeep);
        ripples(c, random, edge, sandDeep);
        int[] back = mid.clone();
        for (int x = 0; x < w; x++) {
            back[x] += (int) (h * 0.02);
        }
        return new Stage(SettingPainter.feet(c, random), back, null, SettingPainter.skyAbove(c));
    }

    private static boolean hasBuilding(Canvas c) {
        return !c.scene.subjectsAt(Subject.Place.BACKGROUND).isEmpty();
    }

    /** A dirt path from the foreground up to the building, leading the eye there. */
    private static void path(Canvas c, int[] back) {
        double topX = c.layout.sideX();
        double topY = Terrain.at(back, topX) + c.height * 0.012;
        double bottomX = c.layout.heroX() + (topX - c.layout.heroX()) * 0.4;
        double bottomHalf = c.unit * 0.09;
        double topHalf = c.unit * 0.012;
        double controlY = (topY + c.height) / 2;
        Path2D.Double road = new Path2D.Double();
        road.moveTo(bottomX - bottomHalf, c.height);
        road.quadTo(bottomX - bottomHalf * 0.4, controlY, topX - topHalf, topY);
        road.lineTo(topX + topHalf, topY);
        road.quadTo(bottomX + bottomHalf * 0.4, controlY, bottomX + bottomHalf, c.height);
        road.closePath();
        Color earth = c.palette.lit(c.scene.weather() == Weather.SNOW ? Terrain.SNOW_SHADE : PATH);
        c.fill(road, c.vertical(topY, c.height, c.palette.distant(earth, 0.2), earth));
    }

    /** Soft diagonal beams of light falling between the trees. */
    private static void lightShafts(Canvas c, Random random) {
        if (!c.scene.time().hasSun() || c.scene.weather().isWet()) {
            return;
        }
        double slant = c.layout.heroOnLeft() ? -1 : 1;
        Path2D.Double beams = new Path2D.Double();
        for (int i = 0; i < 4; i++) {
            double x = c.width * (0.15 + 0.7 * random.nextDouble());
            double width = c.unit * (0.02 + 0.04 * random.nextDouble());
            double drop = c.layout.groundY();
            beams.append(Sketch.polygon(x, 0, x + width, 0, x + width * 2.5 + slant * drop * 0.35, drop,
                    x + slant * drop * 0.35, drop), false);
        }
        c.fill(beams, Colors.alpha(c.palette.light, c.scene.mood() == Mood.MAGICAL ? 0.16 : 0.1));
    }

    /** Big trunks at both edges with leaves hanging into the top corners, framing the clearing. */
    private static void framingTrees(Canvas c, Random random, int[] edge, Color leaf) {
        Palette p = c.palette;
        Color bark = p.lit(BARK);
        Path2D.Double canopy = new Path2D.Double();
        for (int side = 0; side < 2; side++) {
            double x = side == 0 ? c.width * 0.03 : c.width * 0.97;
            double half = c.unit * 0.045;
            double base = Terrain.at(edge, x) + c.height * 0.05;
            Path2D.Double trunk = new Path2D.Double();
            trunk.moveTo(x - half, -1);
            trunk.lineTo(x + half, -1);
            trunk.lineTo(x + half, base - half * 2);
            trunk.quadTo(x + half, base, x + half * 2.2, base);
            trunk.lineTo(x - half * 2.2, base);
            trunk.quadTo(x - half, base, x - half, base - half * 2);
            trunk.closePath();
            c.fill(trunk, c.vertical(0, base, Colors.scale(bark, 0.7), bark));
            c.g.setColor(Colors.alpha(Colors.scale(bark, 0.5), 0.5));
            c.g.setStroke(new BasicStroke((float) Math.max(1, c.unit * 0.003)));
            for (int k = 0; k < 4; k++) {
                double bx = x - half * 0.6 + half * 1.2 * random.nextDouble();
                double top = base * random.nextDouble() * 0.8;
                c.g.draw(new Line2D.Double(bx, top, bx + half * 0.1, top + c.height * 0.15));
            }
            for (int k = 0; k < 7; k++) {
                double cx = x + (side == 0 ? 1 : -1) * c.unit * (0.02 + 0.22 * random.nextDouble());
                double cy = -c.unit * 0.02 + c.unit * 0.12 * random.nextDouble();
                canopy.append(Sketch.circle(cx, cy, c.unit * (0.05 + 0.06 * random.nextDouble())), false);
            }
        }
        c.fill(canopy, Colors.scale(leaf, 0.7));
    }

    private static void mushrooms(Canvas c, Random random, int[] edge) {
        if (c.scene.weather() == Weather.SNOW) {
            return;
        }
        Palette p = c.palette;
        for (int i = 0; i < 3; i++) {
            double x = c.width * (0.08 + 0.84 * random.nextDouble());
            if (Math.abs(x - c.layout.heroX()) < c.unit * 0.25) {
                continue;
            }
            double y = Terrain.at(edge, x) + (c.height - Terrain.at(edge, x)) * (0.3 + 0.5 * random.nextDouble());
            double size = c.unit * (0.012 + 0.01 * random.nextDouble());
            c.fill(new Rectangle2D.Double(x - size * 0.2, y - size, size * 0.4, size), p.lit(rgb(236, 226, 206)));
            Path2D.Double cap = new Path2D.Double();
            cap.moveTo(x - size * 0.8, y - size * 0.9);
            cap.quadTo(x, y - size * 2.2, x + size * 0.8, y - size * 0.9);
            cap.closePath();
            c.fill(cap, p.lit(rgb(200, 54, 44)));
            c.fill(Sketch.circle(x - size * 0.2, y - size * 1.3, size * 0.12), p.lit(rgb(250, 246, 236)));
        }
    }

    private static void mist(Canvas c, double y, double thickness) {
        Color haze = c.palette.skyHorizon;
        c.fill(new Rectangle2D.Double(0, y - thickness, c.width, thickness * 2), c.vertical(y - thickness,
                y + thickness, Colors.alpha(haze, 0), Colors.alpha(haze, 0.45), Colors.alpha(haze, 0)));
    }

    private static void rocks(Canvas c, Random random, int[] edge) {
        Color stone = c.palette.lit(Terrain.ROCK);
        for (int i = 0; i < 3; i++) {
            double x = c.width * random.nextDouble();
            if (Math.abs(x - c.layout.heroX()) < c.unit * 0.25) {
                continue;
            }
            double y = Terrain.at(edge, x) + c.height * 0.03;
            double size = c.unit * (0.03 + 0.04 * random.nextDouble());
            Path2D.Double rock = new Path2D.Double();
            rock.moveTo(x - size, y);
            rock.quadTo(x - size, y - size * 0.8, x - size * 0.2, y - size * 0.9);
            rock.quadTo(x + size, y - size, x + size, y);
            rock.closePath();
            c.fill(rock, c.vertical(y - size, y, Colors.mix(stone, Color.WHITE, 0.15), Colors.scale(stone, 0.7)));
        }
    }

    /** Blue hollows in the snow, shaped like drifts. */
    private static void drifts(Canvas c, Random random, int[] edge, Color shade) {
        Path2D.Double hollows = new Path2D.Double();
        for (int i = 0; i < 6; i++) {
            double x = c.width * random.nextDouble();
            double y = Terrain.at(edge, x) + (c.height - Terrain.at(edge, x)) * (0.2 + 0.7 * random.nextDouble());
            double width = c.unit * (0.2 + 0.3 * random.nextDouble());
            hollows.append(Sketch.ellipse(x, y, width, width * 0.08), false);
        }
        c.fill(hollows, Colors.alpha(shade, 0.5));
    }

    /** A sand dune with its shadowed side: a copy shifted away from the light shades what it overlaps. */
    private static void dune(Canvas c, int[] profile, Color sand, Color shade) {
        Path2D.Double body = Terrain.under(profile, c.height);
        Terrain.fill(c, profile, c.height, sand, Colors.mix(sand, shade, 0.4));
        int shift = (int) ((c.layout.heroOnLeft() ? -1 : 1) * c.width * 0.05);
        int[] shifted = new int[profile.length];
        for (int x = 0; x < profile.length; x++) {
            shifted[x] = Terrain.at(profile, x - shift) + (int) (c.height * 0.012);
        }
        Shape clip = c.g.getClip();
        c.g.clip(body);
        c.fill(Terrain.under(shifted, c.height), Colors.alpha(shade, 0.55));
        c.g.setClip(clip);
    }

    private static void ripples(Canvas c, Random random, int[] edge, Color shade) {
        if (c.style.isFlat()) {
            return;
        }
        Path2D.Double lines = new Path2D.Double();
        for (int i = 0; i < 14; i++) {
            double x = c.width * random.nextDouble();
            double y = Terrain.at(edge, x) + (c.height - Terrain.at(edge, x)) * (0.1 + 0.85 * random.nextDouble());
            double length = c.unit * (0.1 + 0.2 * random.nextDouble());
            lines.moveTo(x - length / 2, y);
            lines.curveTo(x - length / 6, y - length * 0.05, x + length / 6, y + length * 0.05, x + length / 2, y);
        }
        c.g.setStroke(new BasicStroke((float) Math.max(1, c.unit * 0.0025), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        c.g.setColor(Colors.alpha(shade, 0.5));
        c.g.draw(lines);
    }

    /** A saguaro: a ribbed column with two raised arms. */
    private static void cactus(Canvas c, double x, double baseY, double height, double depth) {
        try (Sketch s = c.sketch(x, baseY, height, false, depth)) {
            Path2D.Double plant = new Path2D.Double();
            plant.append(new RoundRectangle2D.Double(-0.08, -1, 0.16, 1, 0.16, 0.16), false);
            plant.append(new RoundRectangle2D.Double(-0.3, -0.72, 0.12, 0.36, 0.12, 0.12), false);
            plant.append(new RoundRectangle2D.Double(-0.3, -0.44, 0.3, 0.1, 0.1, 0.1), false);
            plant.append(new RoundRectangle2D.Double(0.18, -0.82, 0.12, 0.4, 0.12, 0.12), false);
            plant.append(new RoundRectangle2D.Double(0, -0.52, 0.3, 0.1, 0.1, 0.1), false);
            s.part(plant, CACTUS);
        }
    }
}
