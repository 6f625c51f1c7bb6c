package com.storyreel.render.assembly;

import java.nio.file.Path;
import java.util.List;

import com.storyreel.events.SceneCaptions;

/** The finished story video, its SRT and WebVTT sidecars, and the cues they hold (in story time). */
public record AssembledStory(Path video, Path srt, Path vtt, double durationSeconds, List<SceneCaptions.Cue> cues) {

    public AssembledStory {
        cues = List.copyOf(cues);
    }
}
