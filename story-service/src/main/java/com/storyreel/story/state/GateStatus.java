package com.storyreel.story.state;

/**
 * A gate's claim: CLAIMED by the one writer whose conditional update won, PUBLISHED once its event
 * reached Kafka. Stored by name.
 */
public enum GateStatus {
    CLAIMED, PUBLISHED
}
