package com.storyreel.runtime.work;

import com.storyreel.events.StoryEvent;

/**
 * A stage's handling of the event that starts it. The consumer function calls it for each record;
 * {@link StalledWorkRecovery} calls it again, with the stored event, for units whose worker died.
 */
public interface StageWorker<E extends StoryEvent> {

    Class<E> inputType();

    void handle(E event);
}
