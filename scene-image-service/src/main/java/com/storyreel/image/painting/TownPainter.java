package com.storyreel.image.painting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static com.storyreel.image.painting.Colors.rgb;

/** The built-up settings: a city skyline with a street (or rooftops), and a village on a hillside. */
final class TownPainter {

    private static final Color[] WALLS = {rgb(150, 86, 72), rgb(196, 170, 130), rgb(112, 122, 140),
        rgb(214, 200, 170), rgb(92, 130, 132), rgb(170, 120, 96)};
    private static final Color WINDOW_LIGHT = rgb(255, 214, 140);
    private static final Color PAVEMENT = rgb(168, 162, 154);
    private static final Color ROAD = rgb(82, 84, 92);
    private static final Color ROOF_TILES = rgb(168, 82, 62);
    private static final Color LAMP_POST = rgb(48, 52, 58);

    private TownPainter() {
    }

    static Stage city(Canvas c) {
        Random random = c.random("city");
        int w = c.width;
        int h = c.height;
        int horizon = c.layout.horizonY();
        double u = c.unit;
        boolean rooftops = c.scene.mentions("rooftop", "roof", "roofs", "rooftops");
        double street = c.layout.groundY() - h * 0.06;
        skyline(c, random, horizon + h * 0.02, new double[] {u * 0.1, u * 0.34}, new double[] {u * 0.04, u * 0.09},
                0.55);
        double base = rooftops ? h : street;
        skyline(c, random, base, new double[] {u * 0.18, u * 0.5}, new double[] {u * 0.1, u * 0.18}, 0.2);
        int[] feet;
        if (rooftops) {
            feet = roof(c, random);
        }
        else {
            street(c, random, street);
            feet = flat(w, c.layout.groundY());
        }
        return new Stage(feet, flat(w, (int) street), null, SettingPainter.skyAbove(c));
    }

    static Stage village(Canvas c) {
        Random random = c.random("village");
        Palette p = c.palette;
        int w = c.width;
        int h = c.height;
        int horizon = c.layout.horizonY();
        double u = c.unit;
        Terrain.mountains(c, random, horizon + h * 0.01, horizon * 0.3, 0.62, true);
        int[] far = Terrain.rolling(random, w, horizon + h * 0.02, h * 0.04, 2.2);
        Color hill = p.distant(p.lit(Terrain.HILL), 0.42);
        Terrain.fill(c, far, h, hill, hill);
        Terrain.trees(c, random, far, new Terrain.TreeRow(u * 0.03, u * 0.06, u * 0.08, 0.4, h * 0.004),
                Colors.scale(hill, 0.88), List.of());
        int[] back = Terrain.rolling(random, w, horizon + h * 0.1, h * 0.035, 1.3);
        Color grass = p.lit(Terrain.grass(c));
        Terrain.fill(c, back, h, p.distant(grass, 0.22), p.distant(p.lit(Terrain.grassDeep(c)), 0.15));
        double x = u * 0.04 * random.nextDouble();
        int church = random.nextInt(4);
        int index = 0;
        while (x < w) {
            double width = u * (0.09 + 0.05 * random.nextDouble());
            double centre = x + width / 2;
            boolean clearOfBuilding = Math.abs(centre - c.layout.sideX()) > u * 0.22
                    || c.scene.subjectsAt(Subject.Place.BACKGROUND).isEmpty();
            if (clearOfBuilding) {
                double y = Terrain.at(back, centre) + h * 0.015;
                if (index == church) {
                    Structures.chapel(c, centre, y, width * 1.9, 0.2);
                }
                else {
                    Structures.house(c, random, centre, y, width * (0.8 + 0.2 * random.nextDouble()), 0.2);
                }
            }
            index++;
            x += width * (1.05 + 0.5 * random.nextDouble());
        }
        int[] edge = Terrain.rolling(random, w, c.layout.groundY() - h * 0.08, h * 0.02, 1.2);
        Terrain.fill(c, edge, h, grass, p.lit(Terrain.grassDeep(c)));
        Terrain.grassBlades(c, random, edge, grass);
        cobbles(c, random);
        int[] stand = back.clone();
        for (int i = 0; i < w; i++) {
            stand[i] += (int) (h * 0.015);
        }
        return new Stage(SettingPainter.feet(c, random), stand, null, SettingPainter.skyAbove(c));
    }

    /** A row of buildings side by side standing on {@code base}, with windows. */
    private static void skyline(Canvas c, Random random, double base, double[] heights, double[] widths, double depth) {
        double x = -widths[0] * random.nextDouble();
        while (x < c.width) {
            double width = widths[0] + (widths[1] - widths[0]) * random.nextDouble();
            double height = heights[0] + (heights[1] - heights[0]) * random.nextDouble();
            building(c, random, x, width, base - height, base, depth);
            x += width * (0.92 + 0.1 * random.nextDouble());
        }
    }

    private static void building(Canvas c, Random random, double x, double width, double top, double base,
            double depth) {
        Palette p = c.palette;
        double u = c.unit;
        Color wall = p.distant(p.lit(WALLS[random.nextInt(WALLS.length)]), depth);
        c.fill(new Rectangle2D.Double(x, top, width, c.height - top), wall);
        c.fill(new Rectangle2D.Double(x + width * 0.82, top, width * 0.18, c.height - top), Colors.scale(wall, 0.82));
        c.fill(new Rectangle2D.Double(x - width * 0.03, top - u * 0.008, width * 1.06, u * 0.012),
                Colors.scale(wall, 0.7));
        switch (random.nextInt(4)) {
            case 0 -> c.fill(new Rectangle2D.Double(x + width * 0.3, top - u * 0.05, width * 0.02 + 1, u * 0.05),
                    Colors.scale(wall, 0.6));
            case 1 -> {
                double tank = width * 0.25;
                c.fill(new Rectangle2D.Double(x + width * 0.6, top - tank * 1.2, tank, tank * 0.9),
                        Colors.scale(wall, 0.65));
                c.fill(Sketch.polygon(x + width * 0.58, top - tank * 1.2, x + width * 0.6 + tank / 2, top - tank * 1.6,
                        x + width * 0.62 + tank, top - tank * 1.2), Colors.scale(wall, 0.55));
            }
            case 2 -> c.fill(Sketch.polygon(x, top, x + width / 2, top - width * 0.35, x + width, top),
                    Colors.scale(wall, 0.75));
            default -> {
                // A plain flat roof.
            }
        }
        double lit = switch (c.scene.time()) {
            case NIGHT -> 0.55;
            case DUSK -> 0.4;
            case SUNSET -> 0.12;
            default -> 0;
        };
        double cellW = Math.max(3, u * (depth > 0.4 ? 0.018 : 0.032));
        double cellH = cellW * 1.3;
        int columns = (int) ((width * 0.8 - cellW * 0.4) / cellW);
        int rows = (int) ((base - top - cellH) / cellH);
        if (columns < 1 || rows < 1) {
            return;
        }
        double offset = (width * 0.8 - columns * cellW) / 2 + cellW * 0.25;
        Path2D.Double glowing = new Path2D.Double();
        Path2D.Double dark = new Path2D.Double();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                Rectangle2D.Double pane = new Rectangle2D.Double(x + offset + column * cellW, top + cellH * 0.6
                        + row * cellH, cellW * 0.5, cellH * 0.55);
                (random.nextDouble() < lit ? glowing : dark).append(pane, false);
            }
        }
        Color glass = c.scene.time().isDark() ? Colors.scale(wall, 0.6) : Colors.mix(wall, p.skyMid, 0.55);
        c.fill(dark, glass);
        c.fill(glowing, p.distant(p.emitted(WINDOW_LIGHT), depth * 0.5));
    }

    private static void street(Canvas c, Random random, double top) {
        Palette p = c.palette;
        int w = c.width;
        int h = c.height;
        double kerb = c.layout.groundY() + h * 0.035;
        c.fill(new Rectangle2D.Double(0, top, w, kerb - top), c.vertical(top, kerb, p.distant(p.lit(PAVEMENT), 0.1),
                p.lit(PAVEMENT)));
        c.g.setStroke(new BasicStroke((float) Math.max(1, c.unit * 0.002)));
        c.g.setColor(Colors.alpha(Colors.scale(p.lit(PAVEMENT), 0.7), 0.6));
        for (double x = random.nextDouble() * c.unit * 0.1; x < w; x += c.unit * 0.1) {
            c.g.draw(new Line2D.Double(x, top, x - c.unit * 0.02, kerb));
        }
        c.fill(new Rectangle2D.Double(0, kerb, w, h * 0.012), Colors.scale(p.lit(PAVEMENT), 0.8));
        c.fill(new Rectangle2D.Double(0, kerb + h * 0.012, w, h), p.lit(ROAD));
        Path2D.Double dashes = new Path2D.Double();
        double lane = kerb + (h - kerb) * 0.6;
        for (double x = 0; x < w; x += c.unit * 0.12) {
            dashes.append(new Rectangle2D.Double(x, lane, c.unit * 0.06, Math.max(1, h * 0.006)), false);
        }
        c.fill(dashes, p.lit(rgb(230, 220, 180)));
        double lampSpacing = Math.max(c.unit * 0.45, w * 0.28);
        for (double x = c.unit * 0.12 + random.nextDouble() * c.unit * 0.1; x < w; x += lampSpacing) {
            if (Math.abs(x - c.layout.heroX()) > c.unit * 0.12) {
                lamp(c, x, top + h * 0.02);
            }
        }
    }

    private static void lamp(Canvas c, double x, double base) {
        double height = c.unit * 0.34;
        try (Sketch s = c.sketch(x, base, height, false, 0.05)) {
            s.part(new Rectangle2D.Double(-0.012, -1, 0.024, 1), LAMP_POST);
            s.part(new Rectangle2D.Double(-0.03, -0.05, 0.06, 0.05), LAMP_POST);
            s.part(Sketch.polygon(-0.06, -1, 0.06, -1, 0.035, -1.1, -0.035, -1.1), LAMP_POST);
            if (c.scene.time().isDark() || c.scene.time() == TimeOfDay.SUNSET || c.scene.weather().isWet()) {
                s.glow(0, -0.96, 0.35, Colors.alpha(c.palette.emitted(WINDOW_LIGHT), 0.55));
                s.light(Sketch.ellipse(0, -0.97, 0.07, 0.07), WINDOW_LIGHT);
            }
            else {
                s.part(Sketch.ellipse(0, -0.97, 0.07, 0.07), rgb(230, 230, 220));
            }
        }
    }

    /** Tiled roof across the foreground; figures stand along its ridge. */
    private static int[] roof(Canvas c, Random random) {
        Palette p = c.palette;
        int w = c.width;
        int h = c.height;
        double ridge = c.layout.groundY() - h * 0.01;
        Color tiles = p.lit(c.scene.weather() == Weather.SNOW ? Terrain.SNOW : ROOF_TILES);
        c.fill(new Rectangle2D.Double(0, ridge, w, h - ridge), c.vertical(ridge, h, tiles, Colors.scale(tiles, 0.7)));
        Path2D.Double rows = new Path2D.Double();
        double tile = c.unit * 0.045;
        for (double y = ridge + tile * 0.6; y < h; y += tile * 0.6) {
            double shift = ((int) ((y - ridge) / (tile * 0.6)) % 2) * tile / 2;
            for (double x = -shift; x < w; x += tile) {
                rows.moveTo(x, y);
                rows.quadTo(x + tile / 2, y + tile * 0.35, x + tile, y);
            }
        }
        c.g.setStroke(new BasicStroke((float) Math.max(1, c.unit * 0.0025)));
        c.g.setColor(Colors.alpha(Colors.scale(tiles, 0.55), 0.6));
        c.g.draw(rows);
        c.fill(new Rectangle2D.Double(0, ridge - c.unit * 0.008, w, c.unit * 0.016), Colors.scale(tiles, 0.8));
        double chimneyX = c.layout.sideX();
        double chimneyW = c.unit * 0.07;
        double chimneyH = c.unit * 0.16;
        Color brick = p.lit(WALLS[0]);
        c.fill(new Rectangle2D.Double(chimneyX - chimneyW / 2, ridge - chimneyH, chimneyW, chimneyH + c.unit * 0.03),
                brick);
        c.fill(new Rectangle2D.Double(chimneyX - chimneyW * 0.62, ridge - chimneyH, chimneyW * 1.24, c.unit * 0.02),
                Colors.scale(brick, 0.75));
        return flat(w, (int) ridge);
    }

    /** A cobbled lane across the foreground, where the figures walk. */
    private static void cobbles(Canvas c, Random random) {
        double top = c.layout.groundY() - c.height * 0.035;
        double bottom = c.layout.groundY() + c.height * 0.05;
        Color stone = c.palette.lit(Terrain.ROCK);
        c.fill(new Rectangle2D.Double(0, top, c.width, bottom - top), Colors.scale(stone, 0.72));
        if (c.style.isFlat()) {
            return;
        }
        Path2D.Double stones = new Path2D.Double();
        double size = c.unit * 0.028;
        for (double y = top + size * 0.35; y < bottom - size * 0.2; y += size * 0.62) {
            for (double x = random.nextDouble() * size; x < c.width; x += size * 1.1) {
                stones.append(Sketch.ellipse(x, y, size * (0.8 + 0.25 * random.nextDouble()), size * 0.48), false);
            }
        }
        c.fill(stones, stone);
    }

    private static int[] flat(int width, int y) {
        int[] profile = new int[width];
        Arrays.fill(profile, y);
        return profile;
    }
}
