package com.storyreel.runtime.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FfmpegTests {

    private final Ffmpeg ffmpeg = Ffmpeg.onPath();

    @TempDir
    Path dir;

    @Test
    void producesAFileThatProbeDescribes() {
        Path out = dir.resolve("tone.mp4");
        ffmpeg.run(List.of("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30:duration=1.5", "-f", "lavfi", "-i",
                "sine=frequency=440:duration=1.5", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
                out.toString()), Duration.ofSeconds(60));

        MediaInfo info = ffmpeg.probe(out);

        assertThat(info.durationSeconds()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.1));
        assertThat(info.video()).hasValueSatisfying(v -> {
            assertThat(v.codec()).isEqualTo("h264");
            assertThat(v.width()).isEqualTo(320);
            assertThat(v.pixelFormat()).isEqualTo("yuv420p");
        });
        assertThat(info.audio()).hasValueSatisfying(a -> assertThat(a.codec()).isEqualTo("aac"));
    }

    @Test
    void failureNamesWhatFfmpegSaid() {
        assertThatThrownBy(() -> ffmpeg.run(List.of("-i", dir.resolve("missing.png").toString(), dir.resolve("x.mp4").toString()),
                Duration.ofSeconds(30)))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining("No such file or directory");
    }
}
