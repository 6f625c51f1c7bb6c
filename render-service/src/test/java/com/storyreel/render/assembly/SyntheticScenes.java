package com.storyreel.render.assembly;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.storyreel.runtime.media.Ffmpeg;

/**
 * Builds merged-scene stand-ins with lavfi (a picture plus a tone where the narration would be, silence around
 * it) and reads facts back from rendered files.
 */
final class SyntheticScenes {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern INTEGRATED = Pattern.compile("I:\\s+(-?[0-9.]+) LUFS");

    private final Ffmpeg ffmpeg;

    SyntheticScenes(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /**
     * A scene of the given picture source (a lavfi video source without size, rate or duration, such as
     * {@code testsrc2} or {@code color=c=black}) with a tone of the given peak amplitude from
     * {@code narrationOffset} until 0.75 s before the end.
     */
    Path scene(Path file, String picture, int width, int height, double seconds, double narrationOffset,
            double amplitude) {
        String separator = picture.contains("=") ? ":" : "=";
        String video = String.format(Locale.ROOT, "%s%ssize=%dx%d:rate=30:duration=%.3f", picture, separator, width,
                height, seconds);
        String audio = String.format(Locale.ROOT,
                "aevalsrc=exprs='%.4f*sin(2*PI*440*t)*between(t\\,%.3f\\,%.3f)':s=48000:d=%.3f:c=stereo", amplitude,
                narrationOffset, seconds - 0.75, seconds);
        ffmpeg.run(List.of("-f", "lavfi", "-i", video, "-f", "lavfi", "-i", audio, "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-ar", "48000", "-ac", "2", "-shortest",
                file.toString()), TIMEOUT);
        return file;
    }

    /** One frame at the given time as 8-bit luma, row by row. */
    byte[] lumaAt(Path video, double seconds, int width, int height, Path workDir) {
        Path raw = workDir.resolve(String.format(Locale.ROOT, "frame-%.3f.gray", seconds));
        ffmpeg.run(List.of("-ss", String.format(Locale.ROOT, "%.3f", seconds), "-i", video.toString(), "-frames:v",
                "1", "-f", "rawvideo", "-pix_fmt", "gray", raw.toString()), TIMEOUT);
        try {
            byte[] luma = Files.readAllBytes(raw);
            if (luma.length != width * height) {
                throw new IllegalStateException("Expected a " + width + "x" + height + " frame, got " + luma.length
                        + " bytes");
            }
            return luma;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Integrated loudness of a file's audio, as ebur128 reports it. */
    double integratedLoudness(Path file) {
        String stderr = ffmpeg.run(List.of("-i", file.toString(), "-vn", "-af", "ebur128=framelog=verbose", "-f",
                "null", "-"), TIMEOUT);
        Matcher matcher = INTEGRATED.matcher(stderr);
        Double last = null;
        while (matcher.find()) {
            last = Double.parseDouble(matcher.group(1));
        }
        if (last == null) {
            throw new IllegalStateException("ebur128 reported no integrated loudness");
        }
        return last;
    }

    /** The types of an MP4's top-level boxes, in file order. */
    static List<String> topLevelBoxes(Path file) {
        List<String> types = new ArrayList<>();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long position = 0;
            while (position + 8 <= in.length()) {
                in.seek(position);
                long size = in.readInt() & 0xFFFFFFFFL;
                byte[] type = new byte[4];
                in.readFully(type);
                types.add(new String(type, java.nio.charset.StandardCharsets.US_ASCII));
                if (size == 1) {
                    size = in.readLong();
                }
                else if (size == 0) {
                    size = in.length() - position;
                }
                if (size < 8) {
                    throw new IllegalStateException("Broken box at " + position);
                }
                position += size;
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return types;
    }
}
