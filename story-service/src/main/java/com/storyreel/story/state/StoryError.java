package com.storyreel.story.state;

import java.time.Instant;

/** Why a story failed: the stage, the scene (null for whole-story stages), the provider and its reason. */
public record StoryError(String stage, Integer scene, String provider, String reason, Instant at) {
}
