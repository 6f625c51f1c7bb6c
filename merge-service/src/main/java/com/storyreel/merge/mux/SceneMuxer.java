package com.storyreel.merge.mux;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.MediaException;
import com.storyreel.runtime.media.MediaInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a scene's narration under its silent clip: the picture is copied as it is, the narration starts at its offset
 * and is padded with silence to exactly the picture's length, then encoded as AAC 48 kHz stereo in an MP4 that can
 * start playing before it has fully loaded.
 */
public final class SceneMuxer {

    private static final Logger log = LoggerFactory.getLogger(SceneMuxer.class);

    private static final int SAMPLE_RATE = 48_000;

    /** Rounding room when comparing lengths that ffprobe reports to the microsecond. */
    private static final double TOLERANCE_SECONDS = 0.001;

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final Ffmpeg ffmpeg;

    public SceneMuxer(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /**
     * Muxes {@code clip} with {@code narration} starting {@code narrationOffsetSeconds} into it. Fails rather than
     * cut off speech when the narration would run past the end of the clip.
     */
    public MuxResult mux(Path clip, Path narration, double narrationOffsetSeconds, Path output) {
        if (!(narrationOffsetSeconds >= 0) || Double.isInfinite(narrationOffsetSeconds)) {
            throw new IllegalArgumentException("Narration offset must be zero or more seconds: " + narrationOffsetSeconds);
        }
        MediaInfo.Stream picture = ffmpeg.probe(clip).video()
                .orElseThrow(() -> new MediaException("The clip " + clip + " has no video stream"));
        double clipSeconds = picture.durationSeconds();
        double frameSeconds = 1 / frameRate(picture);
        double narrationSeconds = speechSeconds(narration);
        if (narrationOffsetSeconds + narrationSeconds > clipSeconds + TOLERANCE_SECONDS) {
            throw new MediaException(String.format(Locale.ROOT,
                    "The narration (%.3f s, starting at %.3f s) runs past the end of the %.3f s clip %s; "
                            + "refusing to cut the speech short", narrationSeconds, narrationOffsetSeconds, clipSeconds,
                    clip));
        }
        long totalSamples = Math.round(clipSeconds * SAMPLE_RATE);
        long delaySamples = Math.round(narrationOffsetSeconds * SAMPLE_RATE);
        // Counting in samples rather than seconds makes the sound exactly as long as the picture; asetpts then
        // restamps it from zero so that a decoder delay in the narration (MP3) cannot shift it.
        String sound = "[1:a]aformat=sample_fmts=fltp:sample_rates=" + SAMPLE_RATE + ":channel_layouts=stereo"
                + ",adelay=delays=" + delaySamples + "S:all=1"
                + ",apad=whole_len=" + totalSamples + ",atrim=end_sample=" + totalSamples
                + ",asetpts=N/SR/TB[sound]";

        long started = System.nanoTime();
        ffmpeg.run(List.of(
                "-i", clip.toString(), "-i", narration.toString(),
                "-filter_complex", sound,
                "-map", "0:v:0", "-map", "[sound]",
                "-c:v", "copy", "-c:a", "aac", "-b:a", "192k",
                "-movflags", "+faststart", "-f", "mp4", output.toString()), TIMEOUT);

        MediaInfo muxed = ffmpeg.probe(output);
        double pictureSeconds = muxed.video().map(MediaInfo.Stream::durationSeconds).orElse(0.0);
        double soundSeconds = muxed.audio().map(MediaInfo.Stream::durationSeconds).orElse(0.0);
        if (Math.abs(pictureSeconds - soundSeconds) > frameSeconds) {
            throw new MediaException(String.format(Locale.ROOT,
                    "Muxed %s has %.3f s of picture but %.3f s of sound, more than a frame apart", output,
                    pictureSeconds, soundSeconds));
        }
        log.info("Muxed {} with narration from {} s into {} s in {} ms", clip.getFileName(), narrationOffsetSeconds,
                pictureSeconds, (System.nanoTime() - started) / 1_000_000);
        return new MuxResult(output, pictureSeconds);
    }

    private double speechSeconds(Path narration) {
        MediaInfo info = ffmpeg.probe(narration);
        MediaInfo.Stream speech = info.audio()
                .orElseThrow(() -> new MediaException("The narration " + narration + " has no audio stream"));
        // A WAV or MP3 stream knows its own length; the container's is the fallback for formats that leave it out.
        return speech.durationSeconds() > 0 ? speech.durationSeconds() : info.durationSeconds();
    }

    /** A picture's frame rate from ffprobe's fraction (such as {@code 30/1}). */
    public static double frameRate(MediaInfo.Stream picture) {
        String[] parts = picture.averageFrameRate().split("/");
        double rate = parts.length == 2 ? Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]) : Double.NaN;
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new MediaException("The clip has no usable frame rate: '" + picture.averageFrameRate() + "'");
        }
        return rate;
    }
}
