package com.storyreel.runtime.events;

import java.util.function.Supplier;

/**
 * A record that can never be handled (missing ids, impossible values). Not retried: it goes straight
 * to the binding's dead-letter topic with this message in its headers.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    /** Reads a value from a record; a value the reader rejects makes the record invalid. */
    public static <T> T read(Supplier<T> reader) {
        try {
            return reader.get();
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidEventException(ex.getMessage());
        }
    }

    /** Throws unless the condition holds. */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidEventException(message);
        }
    }
}
