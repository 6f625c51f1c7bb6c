package com.storyreel.image.painting;

import java.awt.Color;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaletteTests {

    private static final Color GRASS = new Color(112, 168, 78);

    @Test
    void sadnessDrainsColourThatHappinessAdds() {
        Color happy = palette(Mood.HAPPY, PaintStyle.STORYBOOK).lit(GRASS);
        Color sad = palette(Mood.SAD, PaintStyle.STORYBOOK).lit(GRASS);

        assertThat(saturation(happy)).isGreaterThan(saturation(GRASS)).isGreaterThan(saturation(sad) * 2);
    }

    @Test
    void hopeWarmsTheLightTowardGold() {
        Color hopeful = palette(Mood.HOPEFUL, PaintStyle.STORYBOOK).skyHorizon;
        Color neutral = palette(Mood.NEUTRAL, PaintStyle.STORYBOOK).skyHorizon;

        assertThat(hopeful.getRed() - hopeful.getBlue()).isGreaterThan(neutral.getRed() - neutral.getBlue());
    }

    @Test
    void scaryAndMagicalMoodsPushTheSkyTowardViolet() {
        Color neutral = palette(Mood.NEUTRAL, PaintStyle.STORYBOOK).skyTop;

        for (Mood mood : List.of(Mood.SCARY, Mood.MAGICAL)) {
            Color tinted = palette(mood, PaintStyle.STORYBOOK).skyTop;
            assertThat(tinted.getRed() - tinted.getGreen()).as(mood.name())
                    .isGreaterThan(neutral.getRed() - neutral.getGreen());
        }
    }

    @Test
    void watercolourIsLighterThanStorybook() {
        Color storybook = palette(Mood.NEUTRAL, PaintStyle.STORYBOOK).lit(GRASS);
        Color watercolour = palette(Mood.NEUTRAL, PaintStyle.WATERCOLOR).lit(GRASS);

        assertThat(Colors.luminance(watercolour)).isGreaterThan(Colors.luminance(storybook));
    }

    @Test
    void nightLightDimsObjectsButNotLamps() {
        Palette night = Palette.of(scene(TimeOfDay.NIGHT, Mood.NEUTRAL), PaintStyle.STORYBOOK);
        Color lamp = new Color(255, 214, 140);

        assertThat(Colors.luminance(night.lit(GRASS))).isLessThan(Colors.luminance(GRASS) * 0.4);
        assertThat(night.emitted(lamp)).isEqualTo(lamp);
    }

    private static Palette palette(Mood mood, PaintStyle style) {
        return Palette.of(scene(TimeOfDay.NOON, mood), style);
    }

    private static SceneDescription scene(TimeOfDay time, Mood mood) {
        return new SceneDescription(time, Weather.CLEAR, List.of(Setting.MEADOW), mood, List.of(), Set.of());
    }

    private static double saturation(Color colour) {
        float[] hsb = Color.RGBtoHSB(colour.getRed(), colour.getGreen(), colour.getBlue(), null);
        return hsb[1];
    }
}
