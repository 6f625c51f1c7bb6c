package com.storyreel.runtime.events;

import java.util.function.Consumer;

import com.storyreel.events.StoryEvent;
import com.storyreel.events.StoryIds;
import com.storyreel.runtime.logging.EscapedMessageConverter;
import org.slf4j.MDC;

/**
 * Puts a storyId in the logging MDC for the duration of a try-with-resources block, escaped onto one
 * line whatever it holds (an id from a REST path may not have been checked yet).
 */
public final class StoryMdc implements AutoCloseable {

    public static final String KEY = "storyId";

    private final String previous;

    private StoryMdc(String storyId) {
        this.previous = MDC.get(KEY);
        MDC.put(KEY, EscapedMessageConverter.escape(storyId));
    }

    public static StoryMdc open(String storyId) {
        return new StoryMdc(storyId);
    }

    /**
     * Wraps a consumer function: rejects a record without a storyId that fits {@link StoryIds} (it goes
     * to the dead-letter topic, the reason in its headers) and logs the handling with the storyId in the MDC.
     */
    public static <E extends StoryEvent> Consumer<E> around(Consumer<E> handler) {
        return event -> {
            InvalidEventException.require(event != null, "The record is empty");
            StoryIds.problem(event.storyId()).ifPresent(reason -> {
                throw new InvalidEventException(reason);
            });
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
