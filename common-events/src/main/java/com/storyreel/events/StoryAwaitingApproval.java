package com.storyreel.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A story stopped for its owner's approval, as its request asked (topic {@value Topics#STORY_AWAITING_APPROVAL}).
 * Nothing more is made or paid for until it is approved (or a scene is edited). Sent at least once.
 *
 * @param review "storyboard" (written, nothing pictured or narrated yet) or "pictures" (every scene pictured and
 *        narrated, no clip made yet)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoryAwaitingApproval(String storyId, String review, int attempt, Instant at) implements StoryEvent {
}
