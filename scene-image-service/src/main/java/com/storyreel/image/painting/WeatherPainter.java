package com.storyreel.image.painting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;

/**
 * What the air adds over the setting: fog banks (behind the figures, so they stay clear), then
 * rain, lightning, snowflakes and magical sparkles over everything. Indoors, only the window
 * shows weather.
 */
final class WeatherPainter {

    private WeatherPainter() {
    }

    /** Fog lying between the far and near ground. */
    static void fog(Canvas c, Stage stage) {
        if (c.scene.weather() != Weather.FOG) {
            return;
        }
        Rectangle area = outdoors(c, stage);
        Shape clip = c.g.getClip();
        c.g.clip(area);
        Random random = c.random("fog");
        Color mist = Colors.mix(c.palette.skyHorizon, Color.WHITE, 0.25);
        double top = area.y + area.height * 0.4;
        for (int band = 0; band < 5; band++) {
            double y = top + (area.getMaxY() - top) * (band / 5.0 + 0.1 * random.nextDouble());
            double thickness = area.height * (0.08 + 0.06 * random.nextDouble());
            Color dense = Colors.alpha(mist, 0.5 - band * 0.06);
            c.fill(new Rectangle2D.Double(area.x, y - thickness, area.width, thickness * 2),
                    c.vertical(y - thickness, y + thickness, Colors.alpha(mist, 0), dense, Colors.alpha(mist, 0)));
        }
        c.g.setClip(clip);
    }

    /** Rain, lightning, snow and sparkles, over the whole picture. */
    static void precipitation(Canvas c, Stage stage) {
        Rectangle area = outdoors(c, stage);
        Shape clip = c.g.getClip();
        c.g.clip(area);
        switch (c.scene.weather()) {
            case STORM -> rain(c, area, 1.5);
            case RAIN -> rain(c, area, 1.0);
            case SNOW -> snow(c, area);
            default -> {
                // Clear, cloudy and foggy air have nothing falling.
            }
        }
        c.g.setClip(clip);
        if (c.scene.mood() == Mood.MAGICAL || c.scene.mentions("firefly", "fireflies", "sparkle", "sparkles")) {
            sparkles(c);
        }
    }

    private static Rectangle outdoors(Canvas c, Stage stage) {
        return c.scene.setting() == Setting.ROOM ? stage.sky() : new Rectangle(0, 0, c.width, c.height);
    }

    private static void rain(Canvas c, Rectangle area, double heaviness) {
        Random random = c.random("rain");
        double u = Math.min(c.unit, Math.max(area.width, area.height));
        int count = (int) (area.getWidth() * area.getHeight() / (u * u) * 380 * heaviness);
        double slant = 0.2;
        Path2D.Double near = new Path2D.Double();
        Path2D.Double far = new Path2D.Double();
        for (int i = 0; i < count; i++) {
            boolean close = random.nextDouble() < 0.35;
            double length = u * (close ? 0.06 : 0.03) * (0.7 + 0.6 * random.nextDouble());
            double x = area.x + random.nextDouble() * (area.width + length * slant) - length * slant;
            double y = area.y + random.nextDouble() * area.height;
            Path2D.Double target = close ? near : far;
            target.moveTo(x, y);
            target.lineTo(x + length * slant, y + length);
        }
        Color drop = Colors.mix(c.palette.skyHorizon, Color.WHITE, 0.5);
        c.g.setStroke(new BasicStroke((float) Math.max(0.8, u * 0.0015), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        c.g.setColor(Colors.alpha(drop, 0.3));
        c.g.draw(far);
        c.g.setStroke(new BasicStroke((float) Math.max(1, u * 0.0025), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        c.g.setColor(Colors.alpha(drop, 0.45));
        c.g.draw(near);
    }

    private static void snow(Canvas c, Rectangle area) {
        Random random = c.random("snow");
        double u = Math.min(c.unit, Math.max(area.width, area.height));
        int count = (int) (area.getWidth() * area.getHeight() / (u * u) * 420);
        Path2D.Double[] sizes = {new Path2D.Double(), new Path2D.Double(), new Path2D.Double()};
        for (int i = 0; i < count; i++) {
            int size = random.nextDouble() < 0.6 ? 0 : random.nextDouble() < 0.7 ? 1 : 2;
            double r = Math.max(0.7, u * (0.0022 + size * 0.0025) * (0.8 + 0.4 * random.nextDouble()));
            double x = area.x + random.nextDouble() * area.width;
            double y = area.y + random.nextDouble() * area.height;
            sizes[size].append(Sketch.circle(x, y, r), false);
        }
        Color flake = c.palette.emitted(new Color(250, 252, 255));
        for (int size = 0; size < sizes.length; size++) {
            c.fill(sizes[size], Colors.alpha(flake, 0.6 + size * 0.15));
        }
    }

    /** Floating motes of light, like fireflies or fairy dust, in the lower part of the picture. */
    private static void sparkles(Canvas c) {
        Random random = c.random("sparkles");
        Color glow = c.palette.glow;
        int count = 26 + random.nextInt(14);
        for (int i = 0; i < count; i++) {
            double x = random.nextDouble() * c.width;
            double y = c.height * (0.3 + 0.65 * random.nextDouble());
            double r = c.unit * (0.004 + 0.006 * random.nextDouble());
            c.glow(x, y, r * 4, Colors.alpha(glow, 0.45));
            c.fill(Sketch.circle(x, y, r * 0.8), Colors.alpha(Colors.mix(glow, Color.WHITE, 0.5), 0.9));
        }
        for (int i = 0; i < 6; i++) {
            SkyPainter.sparkle(c, random.nextDouble() * c.width, c.height * (0.15 + 0.6 * random.nextDouble()),
                    c.unit * (0.008 + 0.01 * random.nextDouble()),
                    Colors.alpha(Colors.mix(glow, Color.WHITE, 0.6), 0.9));
        }
    }
}
