package com.storyreel.render.assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.storyreel.events.SceneCaptions;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.MediaException;
import com.storyreel.runtime.media.MediaInfo;
import com.storyreel.runtime.media.SubtitleFiles;

/**
 * Renders the final story locally with ffmpeg: joins the merged scenes (cuts or crossfades), normalises the
 * loudness and writes SRT and WebVTT sidecars. The captions are already in the scenes' pictures (the clip stage
 * burns them in). Two ffmpeg runs: a cheap audio-only pass that measures the joined soundtrack's loudness, then
 * the join. Cut scenes that share the output's encoding are joined by copying their video, so no frame is
 * encoded twice; crossfades, or scenes encoded differently, are joined by encoding the picture again.
 */
public final class StoryAssembler {

    private static final Logger log = LoggerFactory.getLogger(StoryAssembler.class);

    private final Ffmpeg ffmpeg;
    private final AssemblySettings settings;

    public StoryAssembler(Ffmpeg ffmpeg, AssemblySettings settings) {
        this.ffmpeg = Objects.requireNonNull(ffmpeg, "ffmpeg");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Renders the scenes, in order, to {@code story.mp4} in the work directory, with {@code story.srt} and
     * {@code story.vtt} beside it.
     *
     * @throws MediaException if there are no scenes, a scene file is missing or ffmpeg fails
     */
    public AssembledStory assemble(List<SceneInput> scenes, int width, int height, Path workDir) {
        if (scenes == null || scenes.isEmpty()) {
            throw new MediaException("There are no scenes to assemble");
        }
        // libx264 with yuv420p needs even dimensions.
        if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException(
                    "The output size must be positive and even, was " + width + "x" + height);
        }
        for (int i = 0; i < scenes.size(); i++) {
            if (!Files.isRegularFile(scenes.get(i).video())) {
                throw new MediaException("Scene " + i + " video is missing: " + scenes.get(i).video());
            }
        }
        StoryTimeline timeline = StoryTimeline.of(scenes, settings.fps(), settings.crossfadeSeconds());
        List<SceneCaptions.Cue> cues = timeline.place(scenes);
        Path video = workDir.resolve("story.mp4");
        Path srt = workDir.resolve("story.srt");
        Path vtt = workDir.resolve("story.vtt");
        write(workDir, srt, SubtitleFiles.srt(cues));
        write(workDir, vtt, SubtitleFiles.webVtt(cues));

        JoinFilterGraph graph = new JoinFilterGraph(timeline, width, height);
        double seconds = timeline.durationSeconds();
        LoudnessMeasurement measured = measureLoudness(scenes, graph, workDir, seconds);
        List<MediaInfo.Stream> pictures = scenes.stream()
                .map(scene -> ffmpeg.probe(scene.video()).video().orElse(null)).toList();
        String mismatch = timeline.crossfades() ? "crossfades" : encodingMismatch(pictures, width, height);
        if (mismatch == null) {
            renderByCopy(scenes, pictures, timeline, graph, measured, workDir, video, seconds);
        }
        else {
            log.info("Encoding the joined picture again: {}", mismatch);
            render(scenes, graph, measured, workDir, video, seconds);
        }
        log.info("Assembled {} scenes into {} ({} s, {} cues, picture {})", scenes.size(), video, seconds, cues.size(),
                mismatch == null ? "copied" : "encoded");
        return new AssembledStory(video, srt, vtt, seconds, cues);
    }

    private LoudnessMeasurement measureLoudness(List<SceneInput> scenes, JoinFilterGraph graph, Path workDir,
            double seconds) {
        Path script = workDir.resolve("loudness.ffgraph");
        write(workDir, script, graph.loudnessMeasurement(settings.targetLufs()));
        List<String> args = soundInputs(scenes);
        args.addAll(List.of("-filter_complex_script", script.toString(), "-map", "[aout]", "-f", "null", "-"));
        String stderr = ffmpeg.run(args, Duration.ofSeconds(60).plusMillis(Math.round(seconds * 1000)));
        LoudnessMeasurement measured = LoudnessMeasurement.parse(stderr)
                .orElseThrow(() -> new MediaException("loudnorm printed no measurement of the joined soundtrack"));
        log.debug("Joined soundtrack measures {} LUFS, {} dBTP, LRA {} LU", measured.integrated(),
                measured.truePeak(), measured.range());
        return measured;
    }

    /**
     * Why the scenes' video cannot simply be copied into the output one after another, or null when it can: every
     * scene must be H.264 in yuv420p at the output size and frame rate, in the same track, like the clips the clip
     * stage makes.
     */
    private String encodingMismatch(List<MediaInfo.Stream> pictures, int width, int height) {
        for (int i = 0; i < pictures.size(); i++) {
            MediaInfo.Stream picture = pictures.get(i);
            if (picture == null || !picture.codec().equals("h264") || !picture.pixelFormat().equals("yuv420p")
                    || picture.width() != width || picture.height() != height
                    || !picture.averageFrameRate().equals(settings.fps() + "/1")) {
                return "scene " + i + " is " + (picture == null ? "without picture"
                        : picture.codec() + " " + picture.pixelFormat() + " " + picture.width() + "x" + picture.height()
                                + " at " + picture.averageFrameRate());
            }
            if (picture.id() != pictures.getFirst().id()) {
                return "scene " + i + " has its picture in track " + picture.id();
            }
        }
        return null;
    }

    /** Joins the scenes' video by copying it (the concat demuxer) beside the normalised soundtrack. */
    private void renderByCopy(List<SceneInput> scenes, List<MediaInfo.Stream> pictures, StoryTimeline timeline,
            JoinFilterGraph graph, LoudnessMeasurement measured, Path workDir, Path video, double seconds) {
        Path list = workDir.resolve("scenes.ffconcat");
        // Only the picture: with the sound in, each scene would start where its AAC priming starts, not at zero.
        StringBuilder entries = new StringBuilder("ffconcat version 1.0\nstream\nexact_stream_id ")
                .append(pictures.getFirst().id()).append('\n');
        for (int i = 0; i < scenes.size(); i++) {
            entries.append("file '").append(scenes.get(i).video().toAbsolutePath().toString().replace("'", "'\\''"))
                    .append("'\n");
            // The exact picture length: the file's own duration counts the AAC padding and would push the next
            // scene later, a little more at every cut.
            entries.append(String.format(java.util.Locale.ROOT, "duration %.6f%n",
                    (double) timeline.sceneFrames(i) / timeline.fps()));
        }
        write(workDir, list, entries.toString());
        Path script = workDir.resolve("soundtrack.ffgraph");
        write(workDir, script, graph.soundtrack(1, measured, settings.targetLufs()));
        List<String> args = new ArrayList<>(List.of("-f", "concat", "-safe", "0", "-i", list.toString()));
        args.addAll(soundInputs(scenes));
        args.addAll(List.of("-filter_complex_script", script.toString(),
                "-map", "0:v:0", "-map", "[aout]", "-c:v", "copy"));
        args.addAll(audioAndContainer(video));
        String stderr = ffmpeg.run(args, Duration.ofSeconds(60).plusMillis(Math.round(seconds * 1000)));
        logLoudness(measured, stderr);
    }

    private void render(List<SceneInput> scenes, JoinFilterGraph graph, LoudnessMeasurement measured, Path workDir,
            Path video, double seconds) {
        Path script = workDir.resolve("render.ffgraph");
        write(workDir, script, graph.render(measured, settings.targetLufs()));
        // Every scene's decoder stays open to the end: single-threaded ones hold fewer frames (about 20 MB less
        // per 1080p scene) and cost less CPU, while x264's threads keep both cores busy.
        List<String> args = new ArrayList<>();
        for (SceneInput scene : scenes) {
            args.addAll(List.of("-threads", "1", "-an", "-i", scene.video().toString()));
        }
        args.addAll(soundInputs(scenes));
        args.addAll(List.of("-filter_complex_script", script.toString(),
                "-map", "[vout]", "-map", "[aout]",
                "-c:v", "libx264", "-preset", settings.preset(), "-crf", Integer.toString(settings.crf()),
                "-profile:v", "high", "-pix_fmt", "yuv420p", "-r", Integer.toString(settings.fps())));
        args.addAll(audioAndContainer(video));
        String stderr = ffmpeg.run(args, Duration.ofSeconds(120).plusMillis(Math.round(seconds * 4000)));
        logLoudness(measured, stderr);
    }

    private static List<String> audioAndContainer(Path video) {
        return List.of("-c:a", "aac", "-b:a", "192k", "-ar", Integer.toString(JoinFilterGraph.SAMPLE_RATE), "-ac", "2",
                // The moov atom goes first so a browser can start playing while the file downloads.
                "-movflags", "+faststart", video.toString());
    }

    private static void logLoudness(LoudnessMeasurement measured, String stderr) {
        if (measured.silent()) {
            log.info("The soundtrack is silent; loudness left as it is");
        }
        else {
            // loudnorm falls back from linear to dynamic when a linear gain would break the true-peak limit.
            LoudnessMeasurement.parse(stderr).ifPresent(applied -> log.info(
                    "Loudness {} LUFS -> about {} LUFS ({} normalisation)", measured.integrated(),
                    applied.outputIntegrated(), applied.normalizationType()));
        }
    }

    /** Each scene file as an input with only its sound. */
    private static List<String> soundInputs(List<SceneInput> scenes) {
        List<String> args = new ArrayList<>();
        for (SceneInput scene : scenes) {
            args.addAll(List.of("-vn", "-i", scene.video().toString()));
        }
        return args;
    }

    private static void write(Path workDir, Path file, String text) {
        try {
            Files.createDirectories(workDir);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write " + file, ex);
        }
    }
}
