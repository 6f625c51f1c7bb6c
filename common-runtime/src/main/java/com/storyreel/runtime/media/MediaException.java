package com.storyreel.runtime.media;

/** A media tool failed; the message says why in the tool's own words. */
public class MediaException extends RuntimeException {

    public MediaException(String message) {
        super(message);
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
