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

    /**
     * Throws when the caller may not start {@code count} more stories now (a batch is let in whole or not at
     * all); a gateway without keys has no quota.
     */
    public void checkNewStories(Caller caller, int count) {
        if (caller == null) {
            return;
        }
        long inFlight = store.countInFlight(caller.name());
        if (inFlight + count > properties.storiesInFlight()) {
            throw new QuotaExceededException("This key has " + inFlight + " stories in flight and asked for " + count
                    + " more; at most " + properties.storiesInFlight() + " are allowed ("
                    + "storyreel.access.stories-in-flight); try again when some finish", properties.inFlightRetryAfter());
        }
    }
}
