package com.storyreel.story.progress;

import java.util.Optional;

import com.storyreel.events.StoryApprovalGiven;
import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.story.state.Review;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a story waiting for its owner's approval go on from where it stopped: after its storyboard, its scenes
 * are sent to be pictured and narrated; after its pictures, its clip gates fire.
 */
public class StoryApprovals {

    private static final Logger log = LoggerFactory.getLogger(StoryApprovals.class);

    private final StoryStore store;
    private final SceneFanOut fanOut;
    private final StoryGates gates;
    private final EventPublisher publisher;

    public StoryApprovals(StoryStore store, SceneFanOut fanOut, StoryGates gates, EventPublisher publisher) {
        this.store = store;
        this.fanOut = fanOut;
        this.gates = gates;
        this.publisher = publisher;
    }

    /**
     * Approves, for a Kafka client, the review its story waits at. A story that does not wait at that review (approved
     * already, or waiting at another one) stays as it is: a repeated or late approval is not an error.
     *
     * @throws InvalidEventException if the review is not one a story can wait at or the story does not exist
     */
    public void onApprovalGiven(StoryApprovalGiven given) {
        Review review = Review.of(given.review()).filter(r -> r != Review.NONE)
                .orElseThrow(() -> new InvalidEventException("review must be storyboard or pictures"));
        StoryDocument story = store.find(given.storyId())
                .orElseThrow(() -> new InvalidEventException("Unknown story " + given.storyId()));
        if (story.status() != StoryStatus.AWAITING_APPROVAL || story.awaiting() != review) {
            log.info("An approval of the {} came for a story that is {}{}: nothing to approve", review.label(),
                    story.status(), story.awaiting() == null ? "" : " at the " + story.awaiting().label());
            return;
        }
        approve(story);
    }

    /** Approves a story read as AWAITING_APPROVAL; empty when it no longer waits (approved or edited meanwhile). */
    public Optional<StoryDocument> approve(StoryDocument waiting) {
        Review review = waiting.awaiting();
        Optional<StoryDocument> approved = store.approve(waiting);
        approved.ifPresent(story -> {
            publisher.publish(StoryBindings.STORY_APPROVED, StoryEvents.approved(story, review));
            log.info("The owner approved the {}: going on", review.label());
            if (review == Review.STORYBOARD) {
                fanOut.send(story);
            }
            else {
                gates.fireDueGates(story);
            }
        });
        return approved;
    }
}
