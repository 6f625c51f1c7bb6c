package com.storyreel.runtime.json2video;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.Scratch;

/** Small real media files for the media stages' tests, made by ffmpeg in a scratch folder. */
public final class TestMedia {

    private static final Duration FFMPEG_TIMEOUT = Duration.ofMinutes(1);

    private final Ffmpeg ffmpeg = Ffmpeg.onPath();
    private final Scratch scratch;

    TestMedia(Scratch scratch) {
        this.scratch = scratch;
    }

    /** One frame of ffmpeg's test picture as a PNG, {@code size} as {@code WIDTHxHEIGHT}. */
    public Path still(String name, String size) {
        return make(name, List.of("-f", "lavfi", "-i", "testsrc2=size=" + size, "-frames:v", "1"));
    }

    /** Two seconds of the moving test picture at 30 fps, H.264 without sound. */
    public Path video(String name, String size) {
        return make(name, videoArgs(size, false));
    }

    /** Two seconds of the moving test picture at 30 fps, H.264 with a 440 Hz AAC tone. */
    public Path videoWithSound(String name, String size) {
        return make(name, videoArgs(size, true));
    }

    /** A 440 Hz tone at 48 kHz, as a narration stands in; the format follows the name's extension. */
    public Path tone(String name, double seconds) {
        return make(name, List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", String.valueOf(seconds)));
    }

    private static List<String> videoArgs(String size, boolean sound) {
        List<String> args = new ArrayList<>(List.of("-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=30"));
        if (sound) {
            args.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"));
        }
        args.addAll(List.of("-t", "2", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"));
        if (sound) {
            args.addAll(List.of("-c:a", "aac"));
        }
        return args;
    }

    private Path make(String name, List<String> input) {
        Path file = scratch.file(name);
        List<String> args = new ArrayList<>(input);
        args.add(file.toString());
        ffmpeg.run(args, FFMPEG_TIMEOUT);
        return file;
    }
}
