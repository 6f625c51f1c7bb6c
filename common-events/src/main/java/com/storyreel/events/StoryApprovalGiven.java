package com.storyreel.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A client approved, over Kafka, the review a story waits at (topic {@value Topics#STORY_APPROVAL_GIVEN}): the same
 * as {@code POST /api/stories/{id}/approve}. The story service lets the story go on and answers with
 * {@link StoryApproved}; an approval of a review the story does not wait at (any more) changes nothing.
 *
 * @param review the review approved, "storyboard" or "pictures", so a late storyboard approval never passes the
 *        pictures review
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoryApprovalGiven(String storyId, String review, Instant givenAt) implements StoryEvent {
}
