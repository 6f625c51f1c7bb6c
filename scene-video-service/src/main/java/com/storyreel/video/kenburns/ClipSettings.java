package com.storyreel.video.kenburns;

import java.util.List;

import com.storyreel.events.SceneCaptions;
import com.storyreel.events.SceneCaptions.Cue;

/**
 * How a Ken Burns clip is cut and encoded.
 *
 * @param leadInSeconds picture shown before the narration starts
 * @param tailSeconds picture held after the narration ends
 * @param fps frames per second, constant
 * @param preset the x264 preset
 * @param crf the x264 constant rate factor (lower is better and larger)
 * @param x264Params x264 options over the preset, as {@code key=value:key=value}; empty for the preset alone
 * @param captionFont the font family of the burned-in captions
 */
public record ClipSettings(double leadInSeconds, double tailSeconds, int fps, String preset, int crf,
        String x264Params, String captionFont) {

    public ClipSettings {
        if (!(leadInSeconds >= 0) || !(tailSeconds >= 0)) {
            throw new IllegalArgumentException("Lead-in and tail must be zero or more seconds");
        }
        if (fps <= 0) {
            throw new IllegalArgumentException("Frames per second must be positive: " + fps);
        }
        if (preset == null || preset.isBlank()) {
            throw new IllegalArgumentException("An x264 preset is required");
        }
        if (crf < 0 || crf > 51) {
            throw new IllegalArgumentException("The x264 CRF must be 0 to 51: " + crf);
        }
        if (x264Params == null || x264Params.contains(" ")) {
            throw new IllegalArgumentException("x264 options must be key=value:key=value without spaces, or empty");
        }
        if (captionFont == null || captionFont.isBlank() || captionFont.contains(",")) {
            throw new IllegalArgumentException("A caption font family without commas is required");
        }
    }

    /** The clip's length in whole frames: lead-in, narration and tail, at least one frame. */
    public int frames(double narrationSeconds) {
        return (int) Math.max(1, Math.round((leadInSeconds + narrationSeconds + tailSeconds) * fps));
    }

    /** The captions (timed from the start of the narration) in clip time, moved by the lead-in. */
    public List<Cue> clipCues(SceneCaptions captions) {
        return captions.cues().stream()
                .map(cue -> new Cue(cue.start() + leadInSeconds, cue.end() + leadInSeconds, cue.text()))
                .toList();
    }

    /**
     * Half a second before the narration, three quarters after, 30 fps, x264 veryfast at CRF 20 with the quickest
     * motion search (why: application.yml), DejaVu Sans.
     */
    public static ClipSettings defaults() {
        return new ClipSettings(0.5, 0.75, 30, "veryfast", 20, "me=dia:subme=1:partitions=none:scenecut=0",
                "DejaVu Sans");
    }
}
