package com.storyreel.image.painting;

import java.awt.Color;

import static com.storyreel.image.painting.Colors.rgb;

/**
 * The colours of one painting. The sky comes from the time of day, greyed by the weather; objects
 * keep their own colours but are lit by the time of day's light; the mood then tints everything and
 * the style adjusts the result (watercolour is lighter, flat a little more saturated).
 */
final class Palette {

    private static final Color PAPER = rgb(250, 246, 236);

    final Color skyTop;
    final Color skyMid;
    final Color skyHorizon;
    /** The sun's disc by day, the moon's by night. */
    final Color light;
    final Color cloudLight;
    final Color cloudShade;
    final Color star;
    /** Colour of glows that are not sunlight: lamps, lit windows, magic sparkles. */
    final Color glow;

    private final TimeOfDay time;
    private final Weather weather;
    private final Mood mood;
    private final PaintStyle style;

    private Palette(TimeOfDay time, Weather weather, Mood mood, PaintStyle style) {
        this.time = time;
        this.weather = weather;
        this.mood = mood;
        this.style = style;
        Color[] sky = skyColours(time);
        this.skyTop = sky(sky[0]);
        this.skyMid = sky(sky[1]);
        this.skyHorizon = sky(sky[2]);
        this.light = emitted(lightColour(time));
        Color[] clouds = cloudColours(time);
        this.cloudLight = sky(clouds[0]);
        this.cloudShade = sky(clouds[1]);
        this.star = emitted(rgb(255, 250, 230));
        this.glow = emitted(mood == Mood.MAGICAL ? rgb(150, 255, 226) : rgb(255, 212, 128));
    }

    static Palette of(SceneDescription scene, PaintStyle style) {
        return new Palette(scene.time(), scene.weather(), scene.mood(), style);
    }

    /** A sky colour under this weather and mood. */
    Color sky(Color base) {
        return styled(toned(weathered(base)));
    }

    /** An object's own colour as it looks in this light, weather and mood. */
    Color lit(Color base) {
        double[] ambient = ambient(time);
        double dim = switch (weather) {
            case CLOUDY -> 0.9;
            case FOG -> 0.92;
            case RAIN -> 0.78;
            case STORM -> 0.62;
            case SNOW -> 0.97;
            case CLEAR -> 1.0;
        };
        double saturation = switch (weather) {
            case CLEAR -> 1.0;
            case CLOUDY, SNOW -> 0.85;
            case FOG -> 0.7;
            case RAIN, STORM -> 0.75;
        };
        Color shaded = Colors.multiply(base, ambient[0] * dim, ambient[1] * dim, ambient[2] * dim);
        return styled(toned(Colors.saturate(shaded, saturation)));
    }

    /**
     * The colour of a main character: lit like everything else, but after dark or in a sunset's orange
     * light it keeps some of its own colour, as if the illustrator lit it for the reader, so a story's
     * character keeps its colours from scene to scene.
     */
    Color featured(Color base) {
        double keep = switch (time) {
            case NIGHT -> 0.4;
            case SUNSET -> 0.35;
            case DUSK -> 0.28;
            default -> 0.0;
        };
        return keep == 0 ? lit(base) : Colors.mix(lit(base), emitted(base), keep);
    }

    /** A light source's colour: not dimmed by the time of day, only toned by mood and style. */
    Color emitted(Color base) {
        return styled(toned(base));
    }

    /** A lit colour pushed back into the distance: depth 0 stays as it is, 1 melts into the horizon haze. */
    Color distant(Color litColour, double depth) {
        return Colors.mix(litColour, skyHorizon, depth);
    }

    private Color weathered(Color base) {
        Color grey;
        double amount;
        switch (weather) {
            case CLOUDY -> {
                grey = rgb(168, 176, 188);
                amount = 0.35;
            }
            case FOG -> {
                grey = rgb(206, 208, 212);
                amount = 0.6;
            }
            case RAIN -> {
                grey = rgb(118, 126, 140);
                amount = 0.6;
            }
            case STORM -> {
                grey = rgb(64, 66, 84);
                amount = 0.7;
            }
            case SNOW -> {
                grey = rgb(206, 210, 220);
                amount = 0.5;
            }
            default -> {
                return base;
            }
        }
        double brightness = switch (time) {
            case NIGHT -> 0.25;
            case DUSK -> 0.45;
            case SUNSET -> 0.75;
            case DAWN -> 0.85;
            default -> 1.0;
        };
        return Colors.mix(base, Colors.scale(grey, brightness), amount);
    }

    private Color toned(Color color) {
        double l = Colors.luminance(color);
        return switch (mood) {
            case NEUTRAL -> color;
            case HAPPY -> Colors.mix(Colors.saturate(color, 1.22), rgb(255, 176, 70), 0.07);
            case CALM -> Colors.mix(Colors.saturate(color, 0.72), rgb(236, 232, 242), 0.16);
            case SAD -> Colors.mix(Colors.saturate(color, 0.45), rgb(100, 116, 142), 0.25);
            case SCARY -> Colors.saturate(Colors.mix(color, rgb(48, 22, 72), 0.28), 1.1);
            case MAGICAL -> Colors.saturate(
                    Colors.mix(Colors.mix(color, rgb(112, 60, 186), 0.3 * (1 - l)), rgb(80, 210, 200), 0.12 * l), 1.1);
            case HOPEFUL -> Colors.mix(color, rgb(255, 196, 104), 0.18 * (0.4 + 0.6 * l));
        };
    }

    private Color styled(Color color) {
        return switch (style) {
            case WATERCOLOR -> Colors.mix(Colors.saturate(color, 0.88), PAPER, 0.2);
            case FLAT -> Colors.saturate(color, 1.08);
            case STORYBOOK, NOIR -> color;
        };
    }

    private static Color[] skyColours(TimeOfDay time) {
        return switch (time) {
            case DAWN -> new Color[] {rgb(64, 84, 150), rgb(214, 148, 172), rgb(255, 204, 160)};
            case MORNING -> new Color[] {rgb(86, 148, 222), rgb(150, 196, 236), rgb(214, 232, 244)};
            case NOON -> new Color[] {rgb(52, 122, 214), rgb(112, 170, 230), rgb(186, 218, 242)};
            case AFTERNOON -> new Color[] {rgb(74, 132, 206), rgb(140, 180, 220), rgb(238, 222, 190)};
            case SUNSET -> new Color[] {rgb(58, 56, 124), rgb(214, 104, 98), rgb(255, 186, 104)};
            case DUSK -> new Color[] {rgb(22, 28, 72), rgb(88, 64, 124), rgb(214, 126, 112)};
            case NIGHT -> new Color[] {rgb(6, 10, 30), rgb(16, 26, 62), rgb(38, 54, 98)};
        };
    }

    private static Color[] cloudColours(TimeOfDay time) {
        return switch (time) {
            case DAWN -> new Color[] {rgb(255, 214, 206), rgb(170, 140, 170)};
            case MORNING -> new Color[] {rgb(255, 255, 255), rgb(190, 204, 224)};
            case NOON -> new Color[] {rgb(255, 255, 255), rgb(196, 208, 228)};
            case AFTERNOON -> new Color[] {rgb(255, 248, 236), rgb(200, 196, 206)};
            case SUNSET -> new Color[] {rgb(255, 184, 140), rgb(150, 96, 128)};
            case DUSK -> new Color[] {rgb(150, 110, 150), rgb(70, 56, 100)};
            case NIGHT -> new Color[] {rgb(64, 74, 106), rgb(28, 34, 60)};
        };
    }

    private static Color lightColour(TimeOfDay time) {
        return switch (time) {
            case DAWN -> rgb(255, 214, 170);
            case MORNING -> rgb(255, 246, 220);
            case NOON -> rgb(255, 252, 236);
            case AFTERNOON -> rgb(255, 236, 196);
            case SUNSET -> rgb(255, 158, 82);
            case DUSK, NIGHT -> rgb(242, 240, 224);
        };
    }

    private static double[] ambient(TimeOfDay time) {
        return switch (time) {
            case DAWN -> new double[] {0.92, 0.82, 0.86};
            case MORNING -> new double[] {1.0, 0.97, 0.92};
            case NOON -> new double[] {1.0, 1.0, 1.0};
            case AFTERNOON -> new double[] {1.0, 0.94, 0.84};
            case SUNSET -> new double[] {1.0, 0.72, 0.56};
            case DUSK -> new double[] {0.5, 0.45, 0.64};
            case NIGHT -> new double[] {0.26, 0.31, 0.5};
        };
    }
}
