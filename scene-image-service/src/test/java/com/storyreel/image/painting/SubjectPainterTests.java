package com.storyreel.image.painting;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectPainterTests {

    private static final long SEED = 42;

    private final ProceduralPainter painter = new ProceduralPainter();

    @ParameterizedTest
    @EnumSource(value = Subject.class, names = {"SUN", "STARS", "MOON"}, mode = EnumSource.Mode.EXCLUDE)
    void drawsEachSubjectItKnows(Subject subject) {
        BufferedImage without = paint(List.of());
        BufferedImage with = paint(List.of(subject));

        assertThat(ImageStats.differingShare(without, with)).isGreaterThan(0.002);
    }

    @ParameterizedTest
    @EnumSource(value = Subject.class, names = {"SUN", "STARS", "MOON"})
    void leavesTheHeavensToTheSky(Subject subject) {
        assertThat(subject.place()).isEqualTo(Subject.Place.HEAVENS);
    }

    private BufferedImage paint(List<Subject> subjects) {
        SceneDescription scene = new SceneDescription(TimeOfDay.MORNING, Weather.CLEAR, List.of(Setting.MEADOW),
                Mood.NEUTRAL, subjects, Set.of());
        return painter.paint(scene, PaintStyle.FLAT, SEED, 240, 135);
    }
}
