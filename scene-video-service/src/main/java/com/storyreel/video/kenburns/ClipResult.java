package com.storyreel.video.kenburns;

import java.nio.file.Path;

/**
 * A rendered clip.
 *
 * @param file the MP4 file
 * @param durationSeconds its exact length, a whole number of frames
 * @param narrationOffsetSeconds where in the clip the narration is to start
 */
public record ClipResult(Path file, double durationSeconds, double narrationOffsetSeconds) {
}
