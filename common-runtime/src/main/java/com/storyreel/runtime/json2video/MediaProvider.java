package com.storyreel.runtime.json2video;

/** Who does the work of a media stage (clip, merge or final render), as set by {@code storyreel.<stage>.provider}. */
public enum MediaProvider {

    /** JSON2Video when its API key is set, the free local ffmpeg provider otherwise. */
    AUTO,
    JSON2VIDEO,
    FFMPEG;

    /**
     * Whether the stage renders at JSON2Video.
     *
     * @param property the setting's name, for the error when JSON2Video is asked for without a key
     * @throws IllegalStateException if JSON2Video is named but no API key is set
     */
    public boolean usesJson2Video(Json2VideoProperties json2video, String property) {
        return switch (this) {
            case AUTO -> json2video.hasApiKey();
            case FFMPEG -> false;
            case JSON2VIDEO -> {
                if (!json2video.hasApiKey()) {
                    throw new IllegalStateException(property + " is json2video but JSON2VIDEO_API_KEY is not set");
                }
                yield true;
            }
        };
    }
}
