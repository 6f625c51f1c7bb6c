package com.storyreel.story.state;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a story stops and waits for its owner's approval before going on. */
public enum Review {
    /** Never stops. */
    NONE,
    /** After writing, before any picture, narration or vendor call: the user reads the scenes first. */
    STORYBOARD,
    /** After every scene's picture and narration, before clips, merges and the render. */
    PICTURES;

    /** The review a request names ("storyboard"); null is NONE, an unknown name is empty. */
    public static Optional<Review> of(String name) {
        if (name == null) {
            return Optional.of(NONE);
        }
        return Arrays.stream(values()).filter(review -> review.label().equals(name)).findFirst();
    }

    /** The name the API and the events use. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
