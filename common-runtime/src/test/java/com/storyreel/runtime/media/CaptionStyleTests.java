package com.storyreel.runtime.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.storyreel.events.SceneCaptions.Cue;

import static org.assertj.core.api.Assertions.assertThat;

class CaptionStyleTests {

    // Two 42-character lines, heavy in wide letters.
    private static final String TWO_FULL_LINES = "Maximilian walked home with Wendy at dawn.\n"
            + "Somewhere beyond the mountains, we waited.";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}x{1} gets {2} px")
    @CsvSource({"1920, 1080, 54", "1080, 1920, 40", "1080, 1080, 40"})
    void sizesTheFontToTheFrame(int width, int height, int fontSize) {
        CaptionStyle style = CaptionStyle.forFrame(width, height, "DejaVu Sans");

        assertThat(style.fontSize()).isEqualTo(fontSize);
        assertThat(style.outline()).isPositive();
        assertThat(style.marginBottom()).isEqualTo(Math.round(height * 0.08f));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1080, 1920", "1080, 1080"})
    void fitsFortyTwoCharactersOnOneLineInsideTheMargins(int width, int height) throws IOException {
        CaptionStyle style = CaptionStyle.forFrame(width, height, "DejaVu Sans");
        Path ass = Files.writeString(dir.resolve("fit.ass"),
                SubtitleFiles.ass(List.of(new Cue(0, 10, TWO_FULL_LINES)), style), StandardCharsets.UTF_8);
        Path raw = dir.resolve("fit.gray");

        // A black frame: only the white text is bright, so its bounding box is the caption's.
        Ffmpeg.onPath().run(List.of("-f", "lavfi", "-i", "color=c=black:size=" + width + "x" + height, "-vf",
                "ass=filename=" + FilterValues.escape(ass.toString()), "-frames:v", "1", "-f",
                "rawvideo", "-pix_fmt", "gray", raw.toString()), Duration.ofSeconds(60));

        byte[] luma = Files.readAllBytes(raw);
        int left = width;
        int right = -1;
        int top = height;
        int bottom = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((luma[y * width + x] & 0xFF) > 128) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        assertThat(TWO_FULL_LINES.split("\n")).allSatisfy(line -> assertThat(line).hasSize(42));
        assertThat(left).isGreaterThanOrEqualTo(style.marginHorizontal());
        assertThat(right).isLessThan(width - style.marginHorizontal());
        // Two lines, not more: each line is about one font size tall.
        assertThat(bottom - top).isBetween(style.fontSize(), (int) (2.5 * style.fontSize()));
        assertThat(bottom).isLessThanOrEqualTo(height - style.marginBottom());
    }
}
