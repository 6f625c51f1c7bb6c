package com.storyreel.video.clips;

import java.nio.file.Path;

import com.storyreel.events.SceneCaptions;

/** Something that turns a still into a clip: local ffmpeg, or a vendor. */
public interface SceneClipProvider {

    String name();

    /**
     * A silent clip of the picture, narration plus padding long, at exactly width x height, with the captions
     * (timed from the start of the narration) burned in.
     */
    CutClip cut(Path image, double narrationSeconds, SceneCaptions captions, int scene, int width, int height,
            Path workDir);

    /** A clip and where in it the narration is to start. */
    record CutClip(Path file, double durationSeconds, double narrationOffsetSeconds) {
    }
}
