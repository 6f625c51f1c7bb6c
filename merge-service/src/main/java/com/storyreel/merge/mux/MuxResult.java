package com.storyreel.merge.mux;

import java.nio.file.Path;

/**
 * A scene's finished video.
 *
 * @param file the MP4 file
 * @param durationSeconds its length, that of the clip's picture
 */
public record MuxResult(Path file, double durationSeconds) {
}
