package com.storyreel.story.progress;

import java.time.Clock;
import java.time.Duration;

import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStatus;
import com.storyreel.story.state.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks at stories that have gone quiet and nudges them: a request nobody picked up is published
 * again, and gates that are due (or claimed by a publisher that died) are fired. Everything it sends
 * is idempotent downstream, so a nudge to a story that was merely slow costs nothing.
 */
public class StoryRecovery {

    private static final Logger log = LoggerFactory.getLogger(StoryRecovery.class);

    private final StoryStore store;
    private final StoryGates gates;
    private final EventPublisher publisher;
    private final Clock clock;
    private final Duration quietFor;
    private final StoryContext storyContext;

    public StoryRecovery(StoryStore store, StoryGates gates, EventPublisher publisher, Clock clock, Duration quietFor,
            StoryContext storyContext) {
        this.store = store;
        this.gates = gates;
        this.publisher = publisher;
        this.clock = clock;
        this.quietFor = quietFor;
        this.storyContext = storyContext;
    }

    @Scheduled(fixedDelayString = "${storyreel.recovery.interval:10s}", initialDelayString = "${storyreel.recovery.interval:10s}")
    public void nudgeQuietStories() {
        try {
            for (StoryDocument story : store.findQuietSince(clock.instant().minus(quietFor), 50)) {
                try (var context = storyContext.open(story.id())) {
                    nudge(story);
                }
            }
        }
        catch (RuntimeException ex) {
            log.warn("Looking for quiet stories failed", ex);
        }
    }

    void nudge(StoryDocument story) {
        if (story.status() == StoryStatus.REQUESTED) {
            log.info("Story still waiting for its writer: requesting it again");
            publisher.publish(StoryBindings.STORY_REQUESTED, StoryEvents.requested(story));
        }
        else {
            gates.fireDueGates(story);
        }
    }
}
