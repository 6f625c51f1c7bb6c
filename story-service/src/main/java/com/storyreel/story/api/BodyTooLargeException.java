package com.storyreel.story.api;

import java.io.IOException;

/** The request body went past the limit while it was being read (or announced a length past it). */
class BodyTooLargeException extends IOException {

    private final String field;

    BodyTooLargeException(long limit) {
        this("body", limit);
    }

    BodyTooLargeException(String field, long limit) {
        super("must be at most " + limit + " bytes");
        this.field = field;
    }

    String field() {
        return field;
    }
}
