package com.storyreel.story.api;

import com.storyreel.story.state.StoryStatus;
import org.springframework.http.HttpStatus;

/**
 * The request is well formed but does not fit the story's state (409) or an earlier request (422). A conflict
 * with the story's state names it, so a client can tell "still running" from "not waiting".
 */
class ConflictException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final StoryStatus storyStatus;

    ConflictException(HttpStatus status, String title, String detail) {
        this(status, title, detail, null);
    }

    private ConflictException(HttpStatus status, String title, String detail, StoryStatus storyStatus) {
        super(detail);
        this.status = status;
        this.title = title;
        this.storyStatus = storyStatus;
    }

    /** 409: the story is in a state that does not allow the request. */
    static ConflictException storyIs(StoryStatus storyStatus, String title, String detail) {
        return new ConflictException(HttpStatus.CONFLICT, title, detail, storyStatus);
    }

    /** The story's state the request conflicts with, or null. */
    StoryStatus storyStatus() {
        return storyStatus;
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }
}
