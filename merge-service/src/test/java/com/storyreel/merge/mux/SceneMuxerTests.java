package com.storyreel.merge.mux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.MediaException;
import com.storyreel.runtime.media.MediaInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class SceneMuxerTests {

    private static final Ffmpeg FFMPEG = Ffmpeg.onPath();

    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** 68 frames at 30 fps: 2.2667 s, a length that is not a whole number of AAC frames. */
    private static final double CLIP_SECONDS = 68 / 30.0;

    private static final double FRAME_SECONDS = 1 / 30.0;

    @TempDir
    static Path inputs;

    private static Path clip;

    private static Path oneSecondTone;

    @TempDir
    Path dir;

    private final SceneMuxer muxer = new SceneMuxer(FFMPEG);

    @BeforeAll
    static void makeInputs() {
        clip = inputs.resolve("clip.mp4");
        FFMPEG.run(List.of("-f", "lavfi", "-i", "testsrc2=size=320x180:rate=30", "-frames:v", "68", "-c:v", "libx264",
                "-preset", "ultrafast", "-pix_fmt", "yuv420p", clip.toString()), MINUTE);
        oneSecondTone = tone("tone.wav", 1.0);
    }

    @Test
    void keepsSoundAndPictureWithinAFrameOfEachOther() {
        MuxResult result = muxer.mux(clip, oneSecondTone, 0.5, dir.resolve("scene.mp4"));

        MediaInfo info = FFMPEG.probe(result.file());
        double picture = info.video().orElseThrow().durationSeconds();
        double sound = info.audio().orElseThrow().durationSeconds();
        assertThat(picture).isCloseTo(CLIP_SECONDS, within(0.001));
        assertThat(sound).isCloseTo(picture, within(FRAME_SECONDS));
        assertThat(result.durationSeconds()).isCloseTo(CLIP_SECONDS, within(0.001));
    }

    @Test
    void encodesTheNarrationAsAacAt48KilohertzStereo() {
        MuxResult result = muxer.mux(clip, oneSecondTone, 0.5, dir.resolve("scene.mp4"));

        assertThat(FFMPEG.probe(result.file()).audio()).hasValueSatisfying(sound -> {
            assertThat(sound.codec()).isEqualTo("aac");
            assertThat(sound.sampleRate()).isEqualTo(48_000);
            assertThat(sound.channels()).isEqualTo(2);
        });
    }

    @Test
    void copiesThePictureWithoutReencodingIt() throws IOException {
        MuxResult result = muxer.mux(clip, oneSecondTone, 0.5, dir.resolve("scene.mp4"));

        assertThat(pictureHash(result.file())).isEqualTo(pictureHash(clip));
    }

    @Test
    void theNarrationStartsAtItsOffsetAndSilenceFillsTheRest() {
        MuxResult result = muxer.mux(clip, oneSecondTone, 0.5, dir.resolve("scene.mp4"));

        short[] sound = decodeMono(result.file());
        // AAC smears an onset by up to one 1024-sample frame (21 ms); allow 30 ms either side.
        assertThat(loudest(sound, 0, 0.47)).isLessThan(50);
        assertThat(firstLoudSecond(sound)).isCloseTo(0.5, within(0.03));
        assertThat(loudest(sound, 0.55, 1.45)).isGreaterThan(2000);
        assertThat(loudest(sound, 1.53, CLIP_SECONDS)).isLessThan(50);
    }

    @Test
    void anMp3NarrationStartsAtItsOffsetToo() {
        Path mp3 = dir.resolve("tone.mp3");
        FFMPEG.run(List.of("-i", oneSecondTone.toString(), "-c:a", "libmp3lame", "-b:a", "64k", mp3.toString()), MINUTE);

        MuxResult result = muxer.mux(clip, mp3, 0.25, dir.resolve("scene.mp4"));

        MediaInfo info = FFMPEG.probe(result.file());
        assertThat(info.audio().orElseThrow().durationSeconds())
                .isCloseTo(info.video().orElseThrow().durationSeconds(), within(FRAME_SECONDS));
        assertThat(firstLoudSecond(decodeMono(result.file()))).isCloseTo(0.25, within(0.03));
    }

    @Test
    void putsTheIndexBeforeTheMediaForFastStart() {
        MuxResult result = muxer.mux(clip, oneSecondTone, 0.5, dir.resolve("scene.mp4"));

        List<String> boxes = Mp4Boxes.topLevel(result.file());
        assertThat(boxes).contains("moov", "mdat");
        assertThat(boxes.indexOf("moov")).isLessThan(boxes.indexOf("mdat"));
    }

    @Test
    void refusesANarrationThatWouldRunPastTheEndOfTheClip() {
        Path twoSeconds = tone("long.wav", 2.0);
        Path output = dir.resolve("scene.mp4");

        assertThatExceptionOfType(MediaException.class)
                .isThrownBy(() -> muxer.mux(clip, twoSeconds, 0.5, output))
                .withMessageContaining("runs past the end");
        assertThat(output).doesNotExist();
    }

    private static Path tone(String name, double seconds) {
        Path wav = inputs.resolve(name);
        FFMPEG.run(List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=22050:duration=" + seconds, "-ac", "1",
                wav.toString()), MINUTE);
        return wav;
    }

    private String pictureHash(Path file) throws IOException {
        Path hash = dir.resolve(file.getFileName() + ".md5");
        FFMPEG.run(List.of("-i", file.toString(), "-map", "0:v", "-c", "copy", "-f", "md5", hash.toString()), MINUTE);
        return Files.readString(hash).strip();
    }

    /** The sound as 48 kHz mono 16-bit samples, decoded by ffmpeg. */
    private short[] decodeMono(Path file) {
        Path pcm = dir.resolve(file.getFileName() + ".pcm");
        FFMPEG.run(List.of("-i", file.toString(), "-map", "0:a", "-ac", "1", "-ar", "48000", "-f", "s16le",
                "-c:a", "pcm_s16le", pcm.toString()), MINUTE);
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(pcm)).order(ByteOrder.LITTLE_ENDIAN);
            short[] samples = new short[bytes.remaining() / 2];
            bytes.asShortBuffer().get(samples);
            return samples;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static int loudest(short[] sound, double fromSeconds, double toSeconds) {
        int loudest = 0;
        for (int i = (int) (fromSeconds * 48_000); i < Math.min(sound.length, (int) (toSeconds * 48_000)); i++) {
            loudest = Math.max(loudest, Math.abs(sound[i]));
        }
        return loudest;
    }

    private static double firstLoudSecond(short[] sound) {
        for (int i = 0; i < sound.length; i++) {
            if (Math.abs(sound[i]) > 1000) {
                return i / 48_000.0;
            }
        }
        return Double.NaN;
    }
}
