package com.storyreel.story.api;

import org.springframework.http.HttpStatus;

/** The request is well formed but does not fit the story's state (409) or an earlier request (422). */
class ConflictException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    ConflictException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }
}
