package com.storyreel.story.state;

import java.time.Instant;

/**
 * A gate's claim: CLAIMED by the one writer whose conditional update won, PUBLISHED once its event
 * reached Kafka. A gate left CLAIMED (the publisher died) is published again by the recovery.
 */
public record GateState(String state, Instant at) {

    public static final String CLAIMED = "CLAIMED";
    public static final String PUBLISHED = "PUBLISHED";

    public boolean isPublished() {
        return PUBLISHED.equals(state);
    }
}
