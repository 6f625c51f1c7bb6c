package com.storyreel.image.painting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static com.storyreel.image.painting.Colors.rgb;

/**
 * Ground shapes and the features most settings share: ridge and hill profiles across the picture,
 * mountains with snow caps, rows of trees, grass and flowers.
 */
final class Terrain {

    static final Color GRASS = rgb(112, 168, 78);
    static final Color GRASS_DEEP = rgb(70, 124, 58);
    static final Color HILL = rgb(100, 146, 104);
    static final Color FOLIAGE = rgb(62, 122, 66);
    static final Color PINE = rgb(36, 88, 66);
    static final Color ROCK = rgb(132, 122, 118);
    static final Color SNOW = rgb(246, 248, 252);
    static final Color SNOW_SHADE = rgb(180, 198, 230);
    static final Color SAND = rgb(232, 204, 148);
    static final Color EARTH = rgb(150, 118, 80);

    private Terrain() {
    }

    /** The colour of open ground in this scene: grass, autumn grass, or snow when it snows. */
    static Color grass(Canvas c) {
        if (c.scene.weather() == Weather.SNOW) {
            return SNOW;
        }
        return c.scene.mentions("autumn", "autumnal") ? rgb(176, 160, 78) : GRASS;
    }

    static Color grassDeep(Canvas c) {
        if (c.scene.weather() == Weather.SNOW) {
            return SNOW_SHADE;
        }
        return c.scene.mentions("autumn", "autumnal") ? rgb(140, 110, 56) : GRASS_DEEP;
    }

    static Color foliage(Canvas c) {
        return c.scene.mentions("autumn", "autumnal") ? rgb(206, 112, 40) : FOLIAGE;
    }

    /** Fills the ground under a profile with a top-to-bottom gradient. */
    static void fill(Canvas c, int[] profile, double bottom, Color top, Color low) {
        c.fill(under(profile, bottom), c.vertical(min(profile), bottom, top, low));
    }

    static int max(int[] profile) {
        int max = Integer.MIN_VALUE;
        for (int y : profile) {
            max = Math.max(max, y);
        }
        return max;
    }

    static int min(int[] profile) {
        int min = Integer.MAX_VALUE;
        for (int y : profile) {
            if (y != Stage.NONE) {
                min = Math.min(min, y);
            }
        }
        return min;
    }

    /**
     * A range of mountains from a midpoint-displacement ridge: hazier toward its foot, shaded on the
     * side away from the light, with snow caps when {@code snowy}. Returns the ridge profile.
     */
    static int[] mountains(Canvas c, Random random, double baseY, double amplitude, double depth, boolean snowy) {
        return mountains(c, random, baseY, amplitude, depth, snowy,
                c.scene.weather() == Weather.SNOW ? rgb(170, 176, 196) : ROCK);
    }

    static int[] mountains(Canvas c, Random random, double baseY, double amplitude, double depth, boolean snowy,
            Color colour) {
        Palette p = c.palette;
        int[] profile = profile(ridge(random, 7, 0.5), c.width, baseY, amplitude);
        Path2D.Double shape = under(profile, c.height);
        Color rock = p.distant(p.lit(colour), depth);
        int top = min(profile);
        c.fill(shape, c.vertical(top, baseY, rock, Colors.mix(rock, p.skyHorizon, 0.45)));
        Shape clip = c.g.getClip();
        c.g.clip(shape);
        if (snowy) {
            Path2D.Double cap = new Path2D.Double();
            double line = top + (baseY - top) * 0.38;
            cap.moveTo(0, 0);
            int steps = 48;
            for (int i = 0; i <= steps; i++) {
                double x = c.width * i / (double) steps;
                cap.lineTo(x, line + (random.nextDouble() - 0.3) * amplitude * 0.14);
            }
            cap.lineTo(c.width, 0);
            cap.closePath();
            c.fill(cap, p.distant(p.lit(SNOW), depth * 0.8));
        }
        Color shade = Colors.scale(rock, 0.62);
        c.fill(shadedSlopes(c, profile, baseY, amplitude), c.vertical(top, baseY, Colors.alpha(shade, 0.34),
                Colors.alpha(shade, 0)));
        c.g.setClip(clip);
        return profile;
    }

    /**
     * The slopes facing away from the light: from each peak, down the ridge on the shadow side to
     * the next valley, and straight down from the peak to the mountain's foot.
     */
    private static Path2D.Double shadedSlopes(Canvas c, int[] profile, double baseY, double amplitude) {
        Path2D.Double shade = new Path2D.Double();
        int away = c.layout.heroOnLeft() ? -1 : 1;
        int window = Math.max(2, c.width / 24);
        double tolerance = amplitude * 0.04;
        for (int peak = window; peak < c.width - window; peak += Math.max(1, window / 2)) {
            if (!isPeak(profile, peak, window)) {
                continue;
            }
            int valley = peak;
            int x = peak;
            while (x + away >= 0 && x + away < profile.length && profile[x + away] > profile[valley] - tolerance) {
                x += away;
                if (profile[x] > profile[valley]) {
                    valley = x;
                }
            }
            if (valley == peak) {
                continue;
            }
            int step = Math.max(1, Math.abs(valley - peak) / 40);
            shade.moveTo(peak, profile[peak]);
            for (int i = peak; away > 0 ? i <= valley : i >= valley; i += away * step) {
                shade.lineTo(i, profile[i]);
            }
            shade.lineTo(valley, baseY);
            shade.lineTo(peak + away * Math.abs(valley - peak) * 0.2, baseY);
            shade.closePath();
        }
        return shade;
    }

    private static boolean isPeak(int[] profile, int x, int window) {
        for (int d = -window; d <= window; d++) {
            int i = x + d;
            if (i >= 0 && i < profile.length && profile[i] < profile[x]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A rocky cliff rising from the picture's edge on the hero's side to a little past the hero,
     * with a grassy top at about {@code topY}. Returns where feet go: on the cliff top, and
     * {@link Stage#NONE} beyond its edge.
     */
    static int[] cliff(Canvas c, Random random, double topY) {
        int w = c.width;
        int h = c.height;
        boolean left = c.layout.heroOnLeft();
        double reach = Math.max(w * 0.2, c.unit * 0.35);
        double edge = left ? Math.min(w * 0.75, c.layout.heroX() + reach)
                : Math.max(w * 0.25, c.layout.heroX() - reach);
        double towardSea = left ? 1 : -1;
        int[] top = rolling(random, w, topY, h * 0.025, 2.5);
        Path2D.Double rock = new Path2D.Double();
        double outer = left ? -1 : w + 1;
        rock.moveTo(outer, h + 1);
        rock.lineTo(outer, at(top, outer));
        int step = Math.max(1, w / 240);
        for (double x = outer; left ? x < edge : x > edge; x += towardSea * step) {
            rock.lineTo(x, at(top, x));
        }
        int segments = 7;
        double faceTop = at(top, edge);
        for (int i = 1; i <= segments; i++) {
            double t = i / (double) segments;
            double jag = (random.nextDouble() - 0.5) * c.unit * 0.035;
            rock.lineTo(edge + towardSea * (w * 0.05 * t + jag), faceTop + (h + 1 - faceTop) * t);
        }
        rock.closePath();
        Palette p = c.palette;
        Color stone = p.lit(ROCK);
        c.fill(rock, c.vertical(faceTop, h, Colors.mix(stone, Color.WHITE, 0.1), Colors.scale(stone, 0.62)));
        Shape clip = c.g.getClip();
        c.g.clip(rock);
        // The face toward the sea is in shadow; broken cracks give the rock its layers.
        double faceWidth = c.unit * 0.12;
        c.fill(Sketch.polygon(edge - towardSea * faceWidth, faceTop, edge + towardSea * w * 0.08, faceTop,
                edge + towardSea * w * 0.08, h, edge - towardSea * faceWidth * 0.4, h),
                Colors.alpha(Colors.scale(stone, 0.55), 0.45));
        Path2D.Double cracks = new Path2D.Double();
        double span = Math.abs(edge - outer);
        for (int i = 0; i < 12; i++) {
            double x = outer + towardSea * span * random.nextDouble();
            double y = faceTop + (h - faceTop) * (0.1 + 0.9 * random.nextDouble());
            double length = c.unit * (0.05 + 0.15 * random.nextDouble());
            cracks.moveTo(x, y);
            cracks.lineTo(x + length * 0.5, y + (random.nextDouble() - 0.5) * length * 0.15);
            cracks.lineTo(x + length, y + (random.nextDouble() - 0.5) * length * 0.2);
            if (random.nextDouble() < 0.4) {
                cracks.moveTo(x + length * 0.5, y);
                cracks.lineTo(x + length * 0.55, y + c.unit * 0.04);
            }
        }
        c.g.setStroke(new BasicStroke((float) Math.max(1, c.unit * 0.003), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        c.g.setColor(Colors.alpha(Colors.scale(stone, 0.5), 0.35));
        c.g.draw(cracks);
        Path2D.Double cap = new Path2D.Double();
        cap.moveTo(outer, at(top, outer) - h * 0.01);
        double capEnd = edge + towardSea * step;
        for (double x = outer; left ? x < capEnd : x > capEnd; x += towardSea * step) {
            cap.lineTo(x, at(top, x) - h * 0.004);
        }
        for (double x = edge; left ? x > outer : x < outer; x -= towardSea * step * 4) {
            cap.lineTo(x, at(top, x) + h * (0.018 + 0.012 * random.nextDouble()));
        }
        cap.closePath();
        c.fill(cap, p.lit(grass(c)));
        c.g.setClip(clip);
        int[] feet = new int[w];
        double lip = edge - towardSea * c.unit * 0.04;
        for (int x = 0; x < w; x++) {
            boolean onCliff = left ? x < lip : x > lip;
            feet[x] = onCliff ? top[x] + (int) (h * 0.008) : Stage.NONE;
        }
        return feet;
    }

    /** A row of trees standing on a profile, skipping the columns in {@code keepClear}. */
    static void trees(Canvas c, Random random, int[] profile, TreeRow row, Paint paint, List<double[]> keepClear) {
        trees(c, random, profile, row, paint, null, keepClear);
    }

    /** A row of trees whose trunks, when {@code trunkColour} is given, are painted apart from the leaves. */
    static void trees(Canvas c, Random random, int[] profile, TreeRow row, Paint paint, Color trunkColour,
            List<double[]> keepClear) {
        Path2D.Double trees = new Path2D.Double();
        Path2D.Double trunks = trunkColour == null ? trees : new Path2D.Double();
        double x = -row.spacing() * random.nextDouble();
        while (x < c.width + row.spacing()) {
            double height = row.minHeight() + (row.maxHeight() - row.minHeight()) * random.nextDouble();
            boolean conifer = random.nextDouble() < row.conifers();
            double base = at(profile, x) + row.sink();
            boolean clear = true;
            for (double[] range : keepClear) {
                clear &= x < range[0] || x > range[1];
            }
            if (clear) {
                if (conifer) {
                    conifer(trees, trunks, x, base, height);
                }
                else {
                    broadleaf(trees, trunks, random, x, base, height);
                }
            }
            x += row.spacing() * (0.6 + 0.8 * random.nextDouble());
        }
        if (trunks != trees) {
            c.fill(trunks, trunkColour);
        }
        c.fill(trees, paint);
    }

    /** How a row of trees looks: sizes in pixels, and the share of fir trees among round ones. */
    record TreeRow(double minHeight, double maxHeight, double spacing, double conifers, double sink) {
    }

    /** Columns either side of {@code x}, to keep clear of trees. */
    static List<double[]> clearAround(double... centresAndHalfWidths) {
        List<double[]> ranges = new ArrayList<>();
        for (int i = 0; i < centresAndHalfWidths.length; i += 2) {
            ranges.add(new double[] {centresAndHalfWidths[i] - centresAndHalfWidths[i + 1],
                    centresAndHalfWidths[i] + centresAndHalfWidths[i + 1]});
        }
        return ranges;
    }

    /** Blades of grass between the ground's top edge and the bottom, longer toward the viewer. */
    static void grassBlades(Canvas c, Random random, int[] edge, Color colour) {
        if (c.style.isFlat()) {
            return;
        }
        Path2D.Double dark = new Path2D.Double();
        Path2D.Double bright = new Path2D.Double();
        int count = (int) (c.width / Math.max(1.0, c.unit * 0.004));
        for (int i = 0; i < count; i++) {
            double x = random.nextDouble() * c.width;
            int top = at(edge, x);
            double t = random.nextDouble();
            double y = top + (c.height - top) * t * t;
            double length = c.unit * (0.008 + 0.022 * t) * (0.6 + 0.8 * random.nextDouble());
            double lean = (random.nextDouble() - 0.5) * length * 0.6;
            Path2D.Double target = random.nextBoolean() ? dark : bright;
            target.moveTo(x, y);
            target.quadTo(x + lean * 0.2, y - length * 0.6, x + lean, y - length);
        }
        c.g.setStroke(new BasicStroke((float) Math.max(1, c.unit * 0.0022), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        c.g.setColor(Colors.alpha(Colors.scale(colour, 0.7), 0.55));
        c.g.draw(dark);
        c.g.setColor(Colors.alpha(Colors.mix(colour, Color.WHITE, 0.25), 0.45));
        c.g.draw(bright);
    }

    /** Small dabs of flower colour scattered through the foreground grass. */
    static void flowers(Canvas c, Random random, int[] edge) {
        if (c.scene.weather() == Weather.SNOW) {
            return;
        }
        Color[] colours = {rgb(250, 240, 245), rgb(250, 210, 80), rgb(236, 120, 150), rgb(170, 140, 230)};
        int count = (int) (c.width / Math.max(1.0, c.unit * 0.025));
        Path2D.Double[] beds = new Path2D.Double[colours.length];
        for (int k = 0; k < beds.length; k++) {
            beds[k] = new Path2D.Double();
        }
        for (int i = 0; i < count; i++) {
            double x = random.nextDouble() * c.width;
            int top = at(edge, x);
            double t = random.nextDouble();
            double y = top + (c.height - top) * (0.05 + 0.95 * t * t);
            double r = Math.max(0.8, c.unit * (0.002 + 0.004 * t));
            beds[random.nextInt(beds.length)].append(Sketch.circle(x, y, r), false);
        }
        for (int k = 0; k < beds.length; k++) {
            c.fill(beds[k], c.palette.lit(colours[k]));
        }
    }

    /**
     * A mountain ridge by midpoint displacement: {@code 2^levels + 1} heights in 0..1; lower
     * roughness gives smoother ridges.
     */
    static double[] ridge(Random random, int levels, double roughness) {
        int n = (1 << levels) + 1;
        double[] heights = new double[n];
        heights[0] = random.nextDouble();
        heights[n - 1] = random.nextDouble();
        double spread = 1.0;
        for (int step = n - 1; step > 1; step /= 2) {
            int half = step / 2;
            for (int i = half; i < n; i += step) {
                heights[i] = (heights[i - half] + heights[i + half]) / 2 + (random.nextDouble() - 0.5) * spread;
            }
            spread *= roughness;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double h : heights) {
            min = Math.min(min, h);
            max = Math.max(max, h);
        }
        for (int i = 0; i < n; i++) {
            heights[i] = (heights[i] - min) / Math.max(1e-9, max - min);
        }
        return heights;
    }

    /** Per pixel column, the y of a ridge standing up to {@code amplitude} above {@code baseY}. */
    static int[] profile(double[] heights, int width, double baseY, double amplitude) {
        int[] ys = new int[width];
        for (int x = 0; x < width; x++) {
            double t = width == 1 ? 0 : x / (double) (width - 1) * (heights.length - 1);
            int i = Math.min(heights.length - 2, (int) t);
            double f = t - i;
            double h = heights[i] + (heights[i + 1] - heights[i]) * f;
            ys[x] = (int) Math.round(baseY - h * amplitude);
        }
        return ys;
    }

    /** Rolling hills: a few gentle waves with seeded phases, about {@code bumps} crests across the picture. */
    static int[] rolling(Random random, int width, double baseY, double amplitude, double bumps) {
        double phase1 = random.nextDouble() * Math.PI * 2;
        double phase2 = random.nextDouble() * Math.PI * 2;
        double ratio = 2.1 + random.nextDouble() * 0.8;
        int[] ys = new int[width];
        for (int x = 0; x < width; x++) {
            double t = x / (double) Math.max(1, width - 1) * Math.PI * 2 * bumps / 2;
            double wave = 0.7 * Math.sin(t + phase1) + 0.3 * Math.sin(t * ratio + phase2);
            ys[x] = (int) Math.round(baseY - amplitude * (wave + 1) / 2);
        }
        return ys;
    }

    /** Raises a profile into a gentle mound around {@code centreX}, for a building to stand on. */
    static void mound(int[] profile, double centreX, double halfWidth, double height) {
        for (int x = 0; x < profile.length; x++) {
            double d = (x - centreX) / halfWidth;
            profile[x] -= (int) Math.round(height * Math.exp(-d * d));
        }
    }

    /** The area under a profile, down to {@code bottom}. */
    static Path2D.Double under(int[] profile, double bottom) {
        int width = profile.length;
        int step = Math.max(1, width / 480);
        Path2D.Double path = new Path2D.Double();
        path.moveTo(-1, bottom);
        path.lineTo(-1, profile[0]);
        for (int x = 0; x < width; x += step) {
            path.lineTo(x, profile[x]);
        }
        path.lineTo(width, profile[width - 1]);
        path.lineTo(width, bottom);
        path.closePath();
        return path;
    }

    static int at(int[] profile, double x) {
        return profile[(int) Math.max(0, Math.min(profile.length - 1, Math.round(x)))];
    }

    /** Adds a fir tree (tiers on a short trunk) standing at {@code x, baseY}; the trunk goes to {@code trunks}. */
    static void conifer(Path2D.Double path, Path2D.Double trunks, double x, double baseY, double height) {
        double trunk = height * 0.12;
        double width = height * 0.42;
        trunks.append(new Rectangle2D.Double(x - width * 0.06, baseY - trunk * 1.5, width * 0.12,
                trunk * 1.5), false);
        int tiers = 3;
        for (int i = 0; i < tiers; i++) {
            double bottom = baseY - trunk - (height - trunk) * i * 0.26;
            double top = bottom - (height - trunk) * (0.5 - i * 0.04);
            double half = width / 2 * (1 - i * 0.24);
            path.append(Sketch.polygon(x - half, bottom, x, top, x + half, bottom), false);
        }
        path.append(Sketch.polygon(x - width * 0.18, baseY - height * 0.7, x, baseY - height, x + width * 0.18,
                baseY - height * 0.7), false);
    }

    /** Adds a round-crowned tree (a cluster of leafy balls on a trunk); the trunk goes to {@code trunks}. */
    static void broadleaf(Path2D.Double path, Path2D.Double trunks, Random random, double x, double baseY,
            double height) {
        double crown = height * 0.36;
        trunks.append(new Rectangle2D.Double(x - height * 0.035, baseY - height * 0.5, height * 0.07,
                height * 0.5), false);
        double cy = baseY - height + crown;
        path.append(Sketch.circle(x, cy, crown), false);
        // Smaller balls around the lower half of the crown make it billow.
        for (int i = 0; i < 4; i++) {
            double angle = Math.PI * (0.15 + 0.7 * i / 3.0) + (random.nextDouble() - 0.5) * 0.3;
            double r = crown * (0.55 + 0.2 * random.nextDouble());
            path.append(Sketch.circle(x + Math.cos(angle) * crown * 0.75, cy + Math.sin(angle) * crown * 0.35, r),
                    false);
        }
    }
}
