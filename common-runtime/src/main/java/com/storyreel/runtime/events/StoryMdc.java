package com.storyreel.runtime.events;

import java.util.function.Consumer;

import com.storyreel.events.StoryEvent;
import org.slf4j.MDC;

/** Puts a storyId in the logging MDC for the duration of a try-with-resources block. */
public final class StoryMdc implements AutoCloseable {

    public static final String KEY = "storyId";

    private final String previous;

    private StoryMdc(String storyId) {
        this.previous = MDC.get(KEY);
        MDC.put(KEY, storyId);
    }

    public static StoryMdc open(String storyId) {
        return new StoryMdc(storyId);
    }

    /**
     * Wraps a consumer function: rejects a record without a storyId (it goes to the dead-letter topic)
     * and logs the handling with the storyId in the MDC.
     */
    public static <E extends StoryEvent> Consumer<E> around(Consumer<E> handler) {
        return event -> {
            InvalidEventException.require(event != null && event.storyId() != null && !event.storyId().isBlank(),
                    "The record has no storyId");
            try (var mdc = open(event.storyId())) {
                handler.accept(event);
            }
        };
    }

    @Override
    public void close() {
        if (previous == null) {
            MDC.remove(KEY);
        }
        else {
            MDC.put(KEY, previous);
        }
    }
}
