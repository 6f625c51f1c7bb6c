package com.storyreel.story.state;

/** The finished story's assets. */
public record StoryOutput(String videoKey, String srtKey, String vttKey, double durationSeconds, String provider) {
}
