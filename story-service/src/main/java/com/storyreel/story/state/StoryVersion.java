package com.storyreel.story.state;

import java.time.Instant;

/**
 * A final video a scene edit replaced, kept so its owner can still watch and download it.
 *
 * @param version 1 for the story's first render, counting up
 */
public record StoryVersion(int version, StoryOutput output, Instant replacedAt) {
}
