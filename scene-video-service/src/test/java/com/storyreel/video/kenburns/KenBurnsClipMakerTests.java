package com.storyreel.video.kenburns;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import com.storyreel.events.SceneCaptions;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.MediaException;
import com.storyreel.runtime.media.MediaInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class KenBurnsClipMakerTests {

    private static final Ffmpeg FFMPEG = Ffmpeg.onPath();

    @TempDir
    static Path stills;

    private static Path landscapeStill;

    @TempDir
    Path dir;

    private static final SceneCaptions NO_CAPTIONS = new SceneCaptions(List.of());

    private final KenBurnsClipMaker maker = new KenBurnsClipMaker(FFMPEG, ClipSettings.defaults());

    @BeforeAll
    static void paintStills() {
        landscapeStill = stills.resolve("landscape.png");
        FFMPEG.run(List.of("-f", "lavfi", "-i", "testsrc2=size=320x180", "-frames:v", "1", landscapeStill.toString()),
                Duration.ofMinutes(1));
    }

    @Test
    void burnsTheCaptionsInShiftedByTheLeadIn() throws Exception {
        Path black = stills.resolve("black.png");
        FFMPEG.run(List.of("-f", "lavfi", "-i", "color=c=black:size=320x180", "-frames:v", "1", black.toString()),
                Duration.ofMinutes(1));
        // Characters that mean something in a filter graph must not break the caption filter's file name.
        Path oddDir = Files.createDirectories(dir.resolve("it's [odd], a;b: 100%"));
        var captions = new SceneCaptions(List.of(new SceneCaptions.Cue(0.0, 1.0, "Readable caption\nin two lines")));

        ClipResult clip = maker.make(black, 1.5, captions, 0, 320, 180, oddDir.resolve("clip.mp4"));

        // Lead-in 0.5 s: frame 6 (0.2 s) is before the cue, frame 30 (1.0 s) inside it, frame 54 (1.8 s) after it.
        assertThat(brightPixels(ClipFrames.frame(FFMPEG, clip.file(), 6, dir), 0, 180)).isZero();
        var during = ClipFrames.frame(FFMPEG, clip.file(), 30, dir);
        assertThat(brightPixels(during, 120, 180)).isGreaterThan(100);
        assertThat(brightPixels(during, 0, 120)).isZero();
        assertThat(brightPixels(ClipFrames.frame(FFMPEG, clip.file(), 54, dir), 0, 180)).isZero();
    }

    private static int brightPixels(BufferedImage frame, int fromRow, int toRow) {
        int bright = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < frame.getWidth(); x++) {
                int rgb = frame.getRGB(x, y);
                if (((rgb >> 16) & 255) > 200 && ((rgb >> 8) & 255) > 200 && (rgb & 255) > 200) {
                    bright++;
                }
            }
        }
        return bright;
    }

    @Test
    void makesASilentH264ClipOfLeadInPlusNarrationPlusTailInWholeFrames() {
        ClipResult result = maker.make(landscapeStill, 1.0, NO_CAPTIONS, 0, 320, 180, dir.resolve("clip.mp4"));

        // 0.5 + 1.0 + 0.75 = 2.25 s is 67.5 frames at 30 fps, rounded to 68.
        assertThat(result.durationSeconds()).isEqualTo(68 / 30.0);
        assertThat(result.narrationOffsetSeconds()).isEqualTo(0.5);
        MediaInfo info = FFMPEG.probe(result.file());
        assertThat(info.audio()).isEmpty();
        assertThat(info.video()).hasValueSatisfying(video -> {
            assertThat(video.codec()).isEqualTo("h264");
            assertThat(video.pixelFormat()).isEqualTo("yuv420p");
            assertThat(video.width()).isEqualTo(320);
            assertThat(video.height()).isEqualTo(180);
            assertThat(video.averageFrameRate()).isEqualTo("30/1");
            assertThat(video.durationSeconds()).isCloseTo(68 / 30.0, within(0.001));
        });
    }

    @Test
    void theConfiguredX264OptionsReachTheEncoder() throws IOException {
        ClipResult result = maker.make(landscapeStill, 0.5, NO_CAPTIONS, 0, 320, 180, dir.resolve("clip.mp4"));

        // x264 writes the options it ran with into the stream, as text in its first SEI message.
        assertThat(x264Options(result.file())).contains(" me=dia ", " subme=1 ", " scenecut=0 ", " crf=20.0 ")
                .doesNotContain(" me=hex ");
    }

    @Test
    void withoutX264OptionsThePresetAloneApplies() throws IOException {
        KenBurnsClipMaker presetAlone = new KenBurnsClipMaker(FFMPEG,
                new ClipSettings(0.5, 0.75, 30, "veryfast", 20, "", "DejaVu Sans"));

        ClipResult result = presetAlone.make(landscapeStill, 0.5, NO_CAPTIONS, 0, 320, 180, dir.resolve("clip.mp4"));

        assertThat(x264Options(result.file())).contains(" me=hex ", " subme=2 ", " scenecut=40 ");
    }

    private static String x264Options(Path clip) throws IOException {
        String stream = new String(Files.readAllBytes(clip), StandardCharsets.ISO_8859_1);
        int start = stream.indexOf("options: ");
        assertThat(start).as("x264's options in the stream").isNotNegative();
        return stream.substring(start + "options:".length(), stream.indexOf('\0', start)) + " ";
    }

    @Test
    void keepsTheLengthFrameExactAtOtherSettings() {
        KenBurnsClipMaker at25 = new KenBurnsClipMaker(FFMPEG, new ClipSettings(0.25, 0.5, 25, "ultrafast", 28, "", "DejaVu Sans"));

        ClipResult result = at25.make(landscapeStill, 1.13, NO_CAPTIONS, 3, 320, 180, dir.resolve("clip.mp4"));

        // 0.25 + 1.13 + 0.5 = 1.88 s is 47 frames at 25 fps.
        assertThat(result.durationSeconds()).isEqualTo(47 / 25.0);
        assertThat(result.narrationOffsetSeconds()).isEqualTo(0.25);
        assertThat(FFMPEG.probe(result.file()).video()).hasValueSatisfying(video -> {
            assertThat(video.averageFrameRate()).isEqualTo("25/1");
            assertThat(video.durationSeconds()).isCloseTo(47 / 25.0, within(0.001));
        });
    }

    @Test
    void theCameraMovesOverTheStill() {
        ClipResult result = maker.make(landscapeStill, 1.0, NO_CAPTIONS, 0, 320, 180, dir.resolve("clip.mp4"));

        BufferedImage first = ClipFrames.frame(FFMPEG, result.file(), 0, dir);
        BufferedImage last = ClipFrames.frame(FFMPEG, result.file(), 67, dir);

        assertThat(ClipFrames.difference(first, last)).isGreaterThan(5);
    }

    @Test
    void differentScenesMoveDifferently() {
        List<BufferedImage> lastFrames = List.of(0, 1, 2, 3).stream().map(scene -> {
            ClipResult result = maker.make(landscapeStill, 0.5, NO_CAPTIONS, scene, 320, 180, dir.resolve("scene" + scene + ".mp4"));
            return ClipFrames.frame(FFMPEG, result.file(), 52, dir);
        }).toList();

        for (int a = 0; a < lastFrames.size(); a++) {
            for (int b = a + 1; b < lastFrames.size(); b++) {
                assertThat(ClipFrames.difference(lastFrames.get(a), lastFrames.get(b)))
                        .as("scenes %d and %d", a, b).isGreaterThan(5);
            }
        }
    }

    @Test
    void portraitAndSquareFramesComeOutAtExactlyTheirSize() {
        for (int[] size : new int[][] {{240, 426}, {240, 240}}) {
            ClipResult result = maker.make(landscapeStill, 0.5, NO_CAPTIONS, 1, size[0], size[1], dir.resolve("clip.mp4"));

            assertThat(FFMPEG.probe(result.file()).video()).hasValueSatisfying(video -> {
                assertThat(video.width()).isEqualTo(size[0]);
                assertThat(video.height()).isEqualTo(size[1]);
            });
        }
    }

    @Test
    void aStillOfAnotherShapeIsCroppedToCoverTheFrameWithoutStretching() throws IOException {
        // Blue and red bands at the top and bottom fifth: cropping a square still to 16:9 cuts them off, while
        // squeezing it would show them.
        Path square = dir.resolve("square.png");
        BufferedImage still = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = still.createGraphics();
        g.setColor(new Color(0, 200, 0));
        g.fillRect(0, 0, 400, 400);
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 400, 80);
        g.setColor(Color.RED);
        g.fillRect(0, 320, 400, 80);
        g.dispose();
        ImageIO.write(still, "png", square.toFile());

        ClipResult result = maker.make(square, 0.5, NO_CAPTIONS, 0, 320, 180, dir.resolve("clip.mp4"));

        assertThat(FFMPEG.probe(result.file()).video()).hasValueSatisfying(video -> {
            assertThat(video.width()).isEqualTo(320);
            assertThat(video.height()).isEqualTo(180);
        });
        BufferedImage first = ClipFrames.frame(FFMPEG, result.file(), 0, dir);
        for (int y : new int[] {0, 179}) {
            Color pixel = new Color(first.getRGB(160, y));
            assertThat(pixel.getGreen()).as("row %d", y).isGreaterThan(150);
            assertThat(pixel.getRed() + pixel.getBlue()).as("row %d", y).isLessThan(80);
        }
    }

    @Test
    void refusesOddSizesThatYuv420CannotHold() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> maker.make(landscapeStill, 1.0, NO_CAPTIONS, 0, 321, 180, dir.resolve("clip.mp4")));
    }

    @Test
    void aMissingStillFailsWithFfmpegsReason() {
        assertThatExceptionOfType(MediaException.class)
                .isThrownBy(() -> maker.make(dir.resolve("missing.png"), 1.0, NO_CAPTIONS, 0, 320, 180, dir.resolve("clip.mp4")))
                .withMessageContaining("missing.png");
    }
}
