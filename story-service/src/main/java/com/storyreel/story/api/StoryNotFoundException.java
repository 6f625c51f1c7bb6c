package com.storyreel.story.api;

/** No story has this id; answered with 404. */
class StoryNotFoundException extends RuntimeException {

    StoryNotFoundException(String storyId) {
        super("No story with id " + storyId);
    }
}
