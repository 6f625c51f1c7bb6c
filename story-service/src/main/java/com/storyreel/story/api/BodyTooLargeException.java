package com.storyreel.story.api;

import java.io.IOException;

/** The request body went past the limit while it was being read. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("must be at most " + limit + " bytes");
    }
}
