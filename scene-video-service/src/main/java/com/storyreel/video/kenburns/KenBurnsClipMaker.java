package com.storyreel.video.kenburns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.storyreel.events.SceneCaptions;
import com.storyreel.events.SceneCaptions.Cue;
import com.storyreel.runtime.media.CaptionStyle;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.FilterValues;
import com.storyreel.runtime.media.SubtitleFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a still into a silent H.264 clip with a slow Ken Burns move and the scene's captions burned in, exactly
 * lead-in + narration + tail long in whole frames. Burning the captions here, in the one encode every frame goes
 * through anyway, lets the final render join the scenes by copying instead of encoding every frame again.
 */
public final class KenBurnsClipMaker {

    private static final Logger log = LoggerFactory.getLogger(KenBurnsClipMaker.class);

    /**
     * zoompan crops at whole input pixels, which at the output size makes a slow move judder in steps of a pixel.
     * Working on the still enlarged this many times makes those steps half an output pixel, which the eye takes for
     * smooth motion; each further step up costs far more time than it buys smoothness.
     */
    private static final int SUPERSAMPLING = 2;

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final Ffmpeg ffmpeg;
    private final ClipSettings settings;

    public KenBurnsClipMaker(Ffmpeg ffmpeg, ClipSettings settings) {
        this.ffmpeg = ffmpeg;
        this.settings = settings;
    }

    /**
     * Renders the clip for one scene. The still is scaled and centre-cropped to cover {@code width} x {@code height}
     * without distortion; the move is chosen by {@code sceneIndex}; the captions (timed from the start of the
     * narration) appear shifted by the lead-in.
     */
    public ClipResult make(Path image, double narrationSeconds, SceneCaptions captions, int sceneIndex, int width,
            int height, Path output) {
        if (!(narrationSeconds >= 0) || Double.isInfinite(narrationSeconds)) {
            throw new IllegalArgumentException("Narration length must be zero or more seconds: " + narrationSeconds);
        }
        if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
            // 4:2:0 chroma covers two by two pixels, so H.264 in yuv420p needs even sizes.
            throw new IllegalArgumentException("Clip size must be positive and even: " + width + "x" + height);
        }
        int fps = settings.fps();
        int frames = settings.frames(narrationSeconds);
        KenBurnsMotion motion = KenBurnsMotion.forScene(sceneIndex, width, height);

        String captionFilter = captionFilter(captions, width, height, output);
        long started = System.nanoTime();
        List<String> args = new ArrayList<>(List.of(
                "-f", "image2", "-pattern_type", "none", "-i", image.toString(),
                "-filter_complex", filterGraph(motion, frames, fps, width, height, captionFilter),
                "-map", "[clip]", "-frames:v", String.valueOf(frames), "-an",
                "-c:v", "libx264", "-preset", settings.preset(), "-crf", String.valueOf(settings.crf())));
        if (!settings.x264Params().isEmpty()) {
            args.addAll(List.of("-x264-params", settings.x264Params()));
        }
        args.addAll(List.of("-pix_fmt", "yuv420p",
                "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv",
                "-f", "mp4", output.toString()));
        ffmpeg.run(args, TIMEOUT);
        log.info("Rendered scene {} clip, {}x{} with {}, {} frames at {} fps in {} ms", sceneIndex, width, height,
                motion.name(), frames, fps, (System.nanoTime() - started) / 1_000_000);
        return new ClipResult(output, (double) frames / fps, settings.leadInSeconds());
    }

    /**
     * Crops the still to the frame's shape and enlarges it once, then moves over each plane on its own: as grey
     * planes zoompan may crop at any pixel, where in yuv420p it would round the crop to even pixels and judder again.
     */
    private static String filterGraph(KenBurnsMotion motion, int frames, int fps, int width, int height,
            String captionFilter) {
        int bigWidth = width * SUPERSAMPLING;
        int bigHeight = height * SUPERSAMPLING;
        // RGB first so that the BT.709 conversion is a real one even when the still is a BT.601 JPEG. Cropping
        // before enlarging lets one scale do both the enlarging and the conversion, instead of two passes over the
        // enlarged picture.
        return "[0:v]format=rgb24,crop=w='min(iw,ih*" + width + "/" + height + ")':h='min(ih,iw*" + height + "/"
                + width + ")',scale=w=" + bigWidth + ":h=" + bigHeight
                + ":flags=lanczos:out_color_matrix=bt709:out_range=tv,format=yuv420p,extractplanes=y+u+v[y][u][v];"
                + "[y]" + motion.zoompan(frames, fps, width, height) + "[ym];"
                + "[u]" + motion.zoompan(frames, fps, width / 2, height / 2) + "[um];"
                + "[v]" + motion.zoompan(frames, fps, width / 2, height / 2) + "[vm];"
                + "[ym][um][vm]mergeplanes=0x001020:yuv420p,setsar=1" + captionFilter + "[clip]";
    }

    /** The libass filter for the captions, written beside the output, or nothing when there are none. */
    private String captionFilter(SceneCaptions captions, int width, int height, Path output) {
        if (captions == null || captions.cues().isEmpty()) {
            return "";
        }
        List<Cue> shifted = settings.clipCues(captions);
        Path script = output.resolveSibling(output.getFileName() + ".ass");
        try {
            Files.writeString(script, SubtitleFiles.ass(shifted, CaptionStyle.forFrame(width, height, settings.captionFont())),
                    StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write the captions for " + output, ex);
        }
        return ",ass=filename=" + FilterValues.escape(script.toString());
    }
}
