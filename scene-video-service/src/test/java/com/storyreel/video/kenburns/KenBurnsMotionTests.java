package com.storyreel.video.kenburns;

import java.util.stream.IntStream;

import com.storyreel.video.kenburns.KenBurnsMotion.View;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KenBurnsMotionTests {

    private static final int[][] SIZES = {{1920, 1080}, {1080, 1920}, {1080, 1080}};

    @Test
    void everyViewStaysInsideThePicture() {
        for (int[] size : SIZES) {
            for (int scene = 0; scene < 12; scene++) {
                KenBurnsMotion motion = KenBurnsMotion.forScene(scene, size[0], size[1]);
                for (View view : new View[] {motion.from(), motion.to()}) {
                    assertThat(view.left()).isGreaterThanOrEqualTo(0);
                    assertThat(view.top()).isGreaterThanOrEqualTo(0);
                    assertThat(view.left() + view.size()).isLessThanOrEqualTo(1 + 1e-12);
                    assertThat(view.top() + view.size()).isLessThanOrEqualTo(1 + 1e-12);
                }
            }
        }
    }

    @Test
    void zoomsGently() {
        for (int[] size : SIZES) {
            for (int scene = 0; scene < 6; scene++) {
                KenBurnsMotion motion = KenBurnsMotion.forScene(scene, size[0], size[1]);
                double deepest = 1 / Math.min(motion.from().size(), motion.to().size());

                assertThat(deepest).as(motion.name()).isBetween(1.08, 1.15);
            }
        }
    }

    @Test
    void neighbouringScenesMoveDifferently() {
        for (int[] size : SIZES) {
            IntStream.range(0, 12).forEach(scene -> assertThat(KenBurnsMotion.forScene(scene, size[0], size[1]))
                    .isNotEqualTo(KenBurnsMotion.forScene(scene + 1, size[0], size[1])));
        }
    }

    @Test
    void theSameSceneAlwaysGetsTheSameMove() {
        assertThat(KenBurnsMotion.forScene(7, 1920, 1080)).isEqualTo(KenBurnsMotion.forScene(7, 1920, 1080));
        assertThat(KenBurnsMotion.forScene(-1, 1920, 1080)).isEqualTo(KenBurnsMotion.forScene(5, 1920, 1080));
    }

    @Test
    void landscapeFramesPanSidewaysAndPortraitFramesPanUpAndDown() {
        KenBurnsMotion landscape = KenBurnsMotion.forScene(1, 1920, 1080);
        KenBurnsMotion portrait = KenBurnsMotion.forScene(1, 1080, 1920);

        assertThat(landscape.to().left() - landscape.from().left()).isGreaterThan(0.08);
        assertThat(landscape.to().top()).isCloseTo(landscape.from().top(), within(1e-12));
        assertThat(portrait.to().top() - portrait.from().top()).isGreaterThan(0.08);
        assertThat(portrait.to().left()).isCloseTo(portrait.from().left(), within(1e-12));
    }

    @Test
    void theFilterEasesFromTheFirstViewToTheLast() {
        String filter = KenBurnsMotion.forScene(0, 1920, 1080).zoompan(91, 30, 1920, 1080);

        assertThat(filter).startsWith("zoompan=z='1/(1.000000000-0.107142857*(0.5-0.5*cos(PI*on/90)))'")
                .endsWith(":d=91:s=1920x1080:fps=30");
    }
}
