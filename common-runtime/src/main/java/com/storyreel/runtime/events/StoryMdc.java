package com.storyreel.runtime.events;

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
