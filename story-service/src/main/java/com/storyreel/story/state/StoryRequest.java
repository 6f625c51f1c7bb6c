package com.storyreel.story.state;

/**
 * What the user asked for, as kept on the story document.
 *
 * @param review where the story waits for approval, as asked ("none", "storyboard", "pictures"; null is none);
 *        the request rules refuse any other value, so a stored story's {@link #reviewPoint()} is always known
 */
public record StoryRequest(String prompt, String script, Integer sceneCount, String aspectRatio, String voice,
        String style, String review) {

    public Review reviewPoint() {
        return Review.of(review).orElse(Review.NONE);
    }
}
