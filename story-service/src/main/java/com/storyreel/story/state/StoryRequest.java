package com.storyreel.story.state;

/** What the user asked for, as kept on the story document. */
public record StoryRequest(String prompt, String script, Integer sceneCount, String aspectRatio, String voice,
        String style) {
}
