package com.storyreel.runtime.events;

/**
 * A record that can never be handled (missing ids, impossible values). Not retried: it goes straight
 * to the binding's dead-letter topic with this message in its headers.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    /** Throws unless the condition holds. */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidEventException(message);
        }
    }
}
