package com.storyreel.image.painting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.Random;

import static com.storyreel.image.painting.Colors.rgb;

/**
 * Paints a sky into an area (the whole picture outdoors, the window indoors): the gradient of the
 * time of day, stars, the sun or moon with its glow and rays, and clouds as thick as the weather.
 */
final class SkyPainter {

    private SkyPainter() {
    }

    /** The sun or moon: where it sits and how big it is. */
    record Light(double x, double y, double radius, boolean sun) {
    }

    /** Paints the sky inside {@code area}, whose horizon is at {@code horizonY}. */
    static void paint(Canvas c, Rectangle area, int horizonY) {
        Shape previousClip = c.g.getClip();
        c.g.clip(area);
        boolean space = c.scene.setting() == Setting.SPACE;
        gradient(c, area, horizonY, space);
        if (space) {
            nebulae(c, area);
        }
        stars(c, area, horizonY, space);
        Optional<Light> light = light(c, area, horizonY);
        light.ifPresent(l -> paintLight(c, l, horizonY));
        if (c.scene.has(Subject.MOON) && light.map(Light::sun).orElse(true) && !c.scene.weather().hidesLight()) {
            paintSecondMoon(c, area, horizonY);
        }
        if (!space) {
            clouds(c, area, horizonY);
        }
        if (c.scene.weather() == Weather.STORM) {
            lightning(c, area, horizonY);
        }
        c.g.setClip(previousClip);
    }

    /** A forked bolt from the clouds above the hero's side, with its glow. */
    private static void lightning(Canvas c, Rectangle area, int horizonY) {
        Random random = c.random("lightning");
        double x = area.x + area.width * (c.layout.heroOnLeft() ? 0.08 + 0.14 * random.nextDouble()
                : 0.78 + 0.14 * random.nextDouble());
        double y = area.y + (horizonY - area.y) * 0.15;
        double bottom = area.y + (horizonY - area.y) * 0.9;
        double u = Math.min(c.unit, area.width);
        Path2D.Double bolt = new Path2D.Double();
        bolt.moveTo(x, y);
        while (y < bottom) {
            x += (random.nextDouble() - 0.5) * u * 0.08;
            y += u * (0.03 + 0.04 * random.nextDouble());
            bolt.lineTo(x, y);
            if (random.nextDouble() < 0.25) {
                bolt.lineTo(x + (random.nextDouble() - 0.5) * u * 0.12, y + u * 0.06);
                bolt.moveTo(x, y);
            }
        }
        Color flash = c.palette.emitted(new Color(236, 230, 255));
        c.g.setStroke(new BasicStroke((float) (u * 0.016), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        c.g.setColor(Colors.alpha(flash, 0.25));
        c.g.draw(bolt);
        c.g.setStroke(new BasicStroke((float) Math.max(1, u * 0.004), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        c.g.setColor(flash);
        c.g.draw(bolt);
    }

    /** The sun or moon this sky shows, if the time and weather let it through. */
    static Optional<Light> light(Canvas c, Rectangle area, int horizonY) {
        TimeOfDay time = c.scene.time();
        Weather weather = c.scene.weather();
        if (weather == Weather.RAIN || weather == Weather.STORM) {
            return Optional.empty();
        }
        double skyHeight = horizonY - area.y;
        double radius = Math.min(c.unit * 0.05, area.width * 0.11);
        double x = c.layout.lightX(area.x, area.width, time.isLowSun());
        if (time.hasSun()) {
            double height = switch (time) {
                case DAWN, SUNSET -> 0.8;
                case MORNING, AFTERNOON -> 0.42;
                default -> 0.2;
            };
            double sunRadius = time.isLowSun() ? radius * 1.4 : radius;
            return Optional.of(new Light(x, area.y + skyHeight * height, sunRadius, true));
        }
        return Optional.of(new Light(x, area.y + skyHeight * 0.26, radius * 0.9, false));
    }

    private static void gradient(Canvas c, Rectangle area, int horizonY, boolean space) {
        Palette p = c.palette;
        Color top = space ? p.emitted(rgb(4, 4, 18)) : p.skyTop;
        Color mid = space ? p.emitted(rgb(22, 14, 48)) : p.skyMid;
        Color horizon = space ? p.emitted(rgb(44, 26, 74)) : p.skyHorizon;
        c.fill(area, c.vertical(area.y, horizonY, new float[] {0f, 0.6f, 1f}, new Color[] {top, mid, horizon}));
    }

    private static void nebulae(Canvas c, Rectangle area) {
        Random random = c.random("nebulae");
        Color[] tints = {rgb(170, 70, 200), rgb(60, 150, 210), rgb(220, 90, 140)};
        for (int i = 0; i < 4; i++) {
            double x = area.x + area.width * random.nextDouble();
            double y = area.y + area.height * 0.6 * random.nextDouble();
            double radius = c.unit * (0.25 + 0.3 * random.nextDouble());
            c.glow(x, y, radius, Colors.alpha(c.palette.emitted(tints[i % tints.length]), 0.28));
        }
    }

    private static void stars(Canvas c, Rectangle area, int horizonY, boolean space) {
        TimeOfDay time = c.scene.time();
        Weather weather = c.scene.weather();
        boolean wanted = space || time == TimeOfDay.NIGHT || time == TimeOfDay.DUSK;
        if (!wanted || weather.isWet() || weather == Weather.SNOW) {
            return;
        }
        Random random = c.random("stars");
        double skyHeight = horizonY - area.y;
        double density = space ? 700 : time == TimeOfDay.NIGHT ? 1100 : 4000;
        if (weather == Weather.CLOUDY || weather == Weather.FOG) {
            density *= 3;
        }
        int count = (int) (area.width * skyHeight / density * (c.unit / 1080.0 + 1) / 2);
        Path2D.Double[] buckets = {new Path2D.Double(), new Path2D.Double(), new Path2D.Double()};
        for (int i = 0; i < count; i++) {
            double x = area.x + random.nextDouble() * area.width;
            // More stars high up, where the sky is darkest.
            double y = area.y + Math.pow(random.nextDouble(), space ? 1.0 : 1.6) * skyHeight * 0.95;
            double radius = Math.max(0.5, c.unit * (0.0009 + 0.0018 * Math.pow(random.nextDouble(), 3)));
            buckets[random.nextInt(3)].append(new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2),
                    false);
        }
        double fade = time == TimeOfDay.DUSK ? 0.5 : 1.0;
        for (int b = 0; b < buckets.length; b++) {
            c.fill(buckets[b], Colors.alpha(c.palette.star, (0.35 + 0.3 * b) * fade));
        }
        int bright = Math.max(2, count / 70);
        for (int i = 0; i < bright; i++) {
            double x = area.x + random.nextDouble() * area.width;
            double y = area.y + Math.pow(random.nextDouble(), 1.5) * skyHeight * 0.8;
            sparkle(c, x, y, c.unit * (0.006 + 0.008 * random.nextDouble()), Colors.alpha(c.palette.star, 0.9 * fade));
        }
    }

    /** A bright star: a small glow with a four-pointed twinkle. */
    static void sparkle(Canvas c, double x, double y, double size, Color colour) {
        c.glow(x, y, size * 1.6, Colors.alpha(colour, colour.getAlpha() / 255.0 * 0.5));
        double thin = size * 0.14;
        Path2D.Double star = new Path2D.Double();
        star.moveTo(x, y - size);
        star.quadTo(x + thin, y - thin, x + size, y);
        star.quadTo(x + thin, y + thin, x, y + size);
        star.quadTo(x - thin, y + thin, x - size, y);
        star.quadTo(x - thin, y - thin, x, y - size);
        star.closePath();
        c.fill(star, colour);
    }

    private static void paintLight(Canvas c, Light light, int horizonY) {
        Palette p = c.palette;
        double r = light.radius();
        boolean veiled = c.scene.weather() != Weather.CLEAR;
        double strength = veiled ? 0.55 : 1.0;
        if (light.sun()) {
            if (c.scene.time().isLowSun()) {
                // The low sun lights a broad band of sky along the horizon.
                Graphics2D g = c.g;
                Shape clip = g.getClip();
                g.clip(new Rectangle2D.Double(0, 0, c.width, horizonY));
                c.glow(light.x(), horizonY, c.unit * 0.9, Colors.alpha(p.light, 0.45 * strength));
                g.setClip(clip);
            }
            c.glow(light.x(), light.y(), r * 7, Colors.alpha(p.light, 0.5 * strength));
            c.glow(light.x(), light.y(), r * 2.4, Colors.alpha(p.light, 0.85 * strength));
            if (c.scene.mood() == Mood.HOPEFUL || c.scene.mood() == Mood.MAGICAL || c.scene.time().isLowSun()) {
                rays(c, light, strength);
            }
            c.fill(Sketch.circle(light.x(), light.y(), r), Colors.alpha(Colors.mix(p.light, Color.WHITE, 0.35),
                    veiled ? 0.7 : 1.0));
        }
        else {
            c.glow(light.x(), light.y(), r * 6, Colors.alpha(p.light, 0.28 * strength));
            c.glow(light.x(), light.y(), r * 2.2, Colors.alpha(p.light, 0.4 * strength));
            moonDisc(c, light.x(), light.y(), r, c.random("moon").nextDouble() < 0.4, p.light);
        }
    }

    private static void paintSecondMoon(Canvas c, Rectangle area, int horizonY) {
        // Across the sky from the sun.
        double x = 2 * area.x + area.width - c.layout.lightX(area.x, area.width, c.scene.time().isLowSun());
        double y = area.y + (horizonY - area.y) * 0.2;
        double r = Math.min(c.unit * 0.035, area.width * 0.08);
        boolean day = c.scene.time().hasSun();
        c.glow(x, y, r * 3, Colors.alpha(c.palette.light, 0.2));
        moonDisc(c, x, y, r, day, Colors.mix(c.palette.light, c.palette.skyMid, day ? 0.45 : 0));
    }

    private static void moonDisc(Canvas c, double x, double y, double r, boolean crescent, Color colour) {
        Shape disc = Sketch.circle(x, y, r);
        if (crescent) {
            Area shape = new Area(disc);
            shape.subtract(new Area(Sketch.circle(x + r * 0.45, y - r * 0.2, r * 0.9)));
            c.fill(shape, colour);
            return;
        }
        c.fill(disc, colour);
        Random random = c.random("craters");
        Color crater = Colors.alpha(Colors.scale(colour, 0.8), 0.45);
        for (int i = 0; i < 5; i++) {
            double angle = random.nextDouble() * Math.PI * 2;
            double distance = random.nextDouble() * r * 0.6;
            double size = r * (0.12 + 0.16 * random.nextDouble());
            c.fill(Sketch.circle(x + Math.cos(angle) * distance, y + Math.sin(angle) * distance, size), crater);
        }
    }

    private static void rays(Canvas c, Light light, double strength) {
        Random random = c.random("rays");
        double length = Math.hypot(c.width, c.height);
        double alpha = (c.scene.mood() == Mood.HOPEFUL ? 0.13 : 0.08) * strength;
        int count = 9 + random.nextInt(5);
        double start = random.nextDouble() * Math.PI * 2;
        Path2D.Double wedges = new Path2D.Double();
        for (int i = 0; i < count; i++) {
            double angle = start + i * Math.PI * 2 / count;
            double spread = 0.06 + 0.06 * random.nextDouble();
            wedges.moveTo(light.x(), light.y());
            wedges.lineTo(light.x() + Math.cos(angle - spread) * length, light.y() + Math.sin(angle - spread) * length);
            wedges.lineTo(light.x() + Math.cos(angle + spread) * length, light.y() + Math.sin(angle + spread) * length);
            wedges.closePath();
        }
        c.fill(wedges, Colors.alpha(c.palette.light, alpha));
    }

    private static void clouds(Canvas c, Rectangle area, int horizonY) {
        Random random = c.random("clouds");
        Weather weather = c.scene.weather();
        double skyHeight = horizonY - area.y;
        boolean overcast = weather.isWet() || weather == Weather.SNOW;
        if (overcast) {
            cloudDeck(c, area, random, weather == Weather.STORM ? 0.45 : 0.3);
        }
        int count = switch (weather) {
            case CLEAR -> 2 + random.nextInt(3);
            case CLOUDY -> 7 + random.nextInt(4);
            case FOG -> 3;
            case RAIN, SNOW -> 6;
            case STORM -> 8;
        };
        double scale = Math.min(1.0, area.width / c.unit);
        for (int i = 0; i < count; i++) {
            double depth = random.nextDouble();
            double width = c.unit * scale * (0.16 + 0.22 * (1 - depth)) * (overcast ? 1.3 : 1);
            double x = area.x + random.nextDouble() * area.width;
            double y = area.y + skyHeight * (0.12 + 0.55 * depth);
            cloud(c, random, x, y, width, depth * 0.5);
        }
    }

    /** A heavy ceiling of cloud across the top of the sky. */
    private static void cloudDeck(Canvas c, Rectangle area, Random random, double depthOfSky) {
        double width = c.unit * 0.3;
        for (int row = 0; row < 2; row++) {
            double y = area.y + area.height * depthOfSky * (row == 0 ? 0.35 : 0.8);
            for (double x = area.x - width * 0.3; x < area.x + area.width + width * 0.3; x += width * 0.55) {
                cloud(c, random, x + random.nextDouble() * width * 0.2, y + random.nextDouble() * width * 0.08,
                        width * (0.9 + 0.4 * random.nextDouble()), row == 0 ? 0.05 : 0.15);
            }
        }
    }

    /** A cumulus: overlapping puffs with a flat base, light on top and shaded below. */
    static void cloud(Canvas c, Random random, double centreX, double baseY, double width, double depth) {
        Palette p = c.palette;
        Color light = p.distant(p.cloudLight, depth);
        Color shade = p.distant(p.cloudShade, depth);
        double height = width * 0.42;
        int puffs = 4 + random.nextInt(3);
        Area body = new Area();
        for (int i = 0; i < puffs; i++) {
            double t = (i + 0.5) / puffs;
            double radius = height * (0.38 + 0.42 * Math.sin(Math.PI * t)) * (0.8 + 0.35 * random.nextDouble());
            double x = centreX - width / 2 + width * t;
            double y = baseY - radius * (0.55 + 0.4 * random.nextDouble());
            body.add(new Area(Sketch.circle(x, y, radius)));
        }
        body.intersect(new Area(new Rectangle2D.Double(centreX - width, baseY - height * 2, width * 2, height * 2)));
        double alpha = c.style == PaintStyle.WATERCOLOR ? 0.82 : 1.0;
        Rectangle2D bounds = body.getBounds2D();
        c.fill(body, c.vertical(bounds.getMinY(), bounds.getMaxY(),
                new float[] {0f, 0.55f, 1f}, new Color[] {Colors.alpha(light, alpha), Colors.alpha(light, alpha),
                        Colors.alpha(shade, alpha)}));
        if (c.style == PaintStyle.STORYBOOK) {
            c.g.setStroke(new BasicStroke((float) (c.unit * 0.002)));
            c.g.setColor(Colors.alpha(shade, 0.35));
            c.g.draw(body);
        }
    }
}
