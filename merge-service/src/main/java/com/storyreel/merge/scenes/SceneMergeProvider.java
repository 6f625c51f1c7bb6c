package com.storyreel.merge.scenes;

import java.nio.file.Path;

/** Something that joins a scene's picture and sound: local ffmpeg, or a vendor. */
public interface SceneMergeProvider {

    String name();

    /** The clip with the narration starting {@code narrationOffsetSeconds} in; returns the file and its length. */
    MergedFile merge(Path clip, Path narration, double narrationOffsetSeconds, Path workDir);

    record MergedFile(Path file, double durationSeconds) {
    }
}
