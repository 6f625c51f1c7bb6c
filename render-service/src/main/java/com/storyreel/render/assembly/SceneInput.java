package com.storyreel.render.assembly;

import java.nio.file.Path;
import java.util.Objects;

import com.storyreel.events.SceneCaptions;

/**
 * One merged scene to join: its MP4, its captions (timed from the start of its narration), its length and
 * where in it the narration starts.
 */
public record SceneInput(Path video, SceneCaptions captions, double durationSeconds, double narrationOffsetSeconds)
        implements TimedScene {

    public SceneInput {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(captions, "captions");
        if (!(durationSeconds > 0)) {
            throw new IllegalArgumentException("durationSeconds must be positive, was " + durationSeconds);
        }
        if (!(narrationOffsetSeconds >= 0)) {
            throw new IllegalArgumentException(
                    "narrationOffsetSeconds must be 0 or more, was " + narrationOffsetSeconds);
        }
    }
}
