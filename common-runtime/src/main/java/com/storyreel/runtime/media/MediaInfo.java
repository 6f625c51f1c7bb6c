package com.storyreel.runtime.media;

import java.util.List;
import java.util.Optional;

/** What ffprobe says about a media file. */
public record MediaInfo(String formatName, double durationSeconds, List<Stream> streams) {

    public Optional<Stream> video() {
        return streams.stream().filter(s -> s.type().equals("video")).findFirst();
    }

    public Optional<Stream> audio() {
        return streams.stream().filter(s -> s.type().equals("audio")).findFirst();
    }

    /**
     * One stream: type is "video" or "audio"; the fields that do not apply are 0 or empty. {@code id} is the
     * container's own stream id (the MP4 track id), 0 when the container has none.
     */
    public record Stream(String type, String codec, int width, int height, String pixelFormat, int sampleRate,
            int channels, double durationSeconds, String averageFrameRate, int id) {
    }
}
