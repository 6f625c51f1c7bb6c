package com.storyreel.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The owner approved the review a story waited at, and it goes on (topic {@value Topics#STORY_APPROVED}).
 *
 * @param review the review that was approved: "storyboard" or "pictures"
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoryApproved(String storyId, String review, int attempt, Instant approvedAt) implements StoryEvent {
}
