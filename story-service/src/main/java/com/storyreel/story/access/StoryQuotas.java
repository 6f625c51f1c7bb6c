package com.storyreel.story.access;

import com.storyreel.story.state.StoryStore;

/**
 * The stories-in-flight quota: a key may have so many stories not yet COMPLETED or FAILED. Counted from
 * the store, so it holds across replicas; two requests racing at the limit may both pass.
 */
public class StoryQuotas {

    private final StoryStore store;
    private final AccessProperties properties;

    public StoryQuotas(StoryStore store, AccessProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** Throws when the caller may not start another story now; a gateway without keys has no quota. */
    public void checkNewStory(Caller caller) {
        if (caller == null) {
            return;
        }
        long inFlight = store.countInFlight(caller.name());
        if (inFlight >= properties.storiesInFlight()) {
            throw new QuotaExceededException("This key has " + inFlight + " stories in flight, the most allowed ("
                    + "storyreel.access.stories-in-flight=" + properties.storiesInFlight() + "); try again when one finishes",
                    properties.inFlightRetryAfter());
        }
    }
}
