package com.storyreel.story.state;

import java.time.Instant;

/** A gate's claim and when it was made. A gate left CLAIMED (the publisher died) is published again by the recovery. */
public record GateState(GateStatus state, Instant at) {

    public static GateState claimed(Instant at) {
        return new GateState(GateStatus.CLAIMED, at);
    }

    public static GateState published(Instant at) {
        return new GateState(GateStatus.PUBLISHED, at);
    }

    public boolean isPublished() {
        return state == GateStatus.PUBLISHED;
    }
}
