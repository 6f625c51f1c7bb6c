package com.storyreel.story.intake;

import java.util.ArrayList;
import java.util.List;

import com.storyreel.story.intake.StoryRequestRules.Violation;

/**
 * What an edit of a scene's text must satisfy, before the story's own caps (a narration's length, the video's
 * length) are checked against the edited story. Each violation names the field.
 */
public final class SceneEditRules {

    /** Leonardo reads at most this much of a prompt, and no painter needs more. */
    public static final int MAX_IMAGE_PROMPT_LENGTH = 1_000;

    private SceneEditRules() {
    }

    /** A null text is one the edit leaves as it is; at least one must be given. */
    public static List<Violation> check(String narration, String imagePrompt) {
        List<Violation> violations = new ArrayList<>();
        if (narration == null && imagePrompt == null) {
            violations.add(new Violation("narration", "give narration, imagePrompt or both"));
        }
        text("narration", narration, Integer.MAX_VALUE, violations);
        text("imagePrompt", imagePrompt, MAX_IMAGE_PROMPT_LENGTH, violations);
        return violations;
    }

    private static void text(String field, String text, int maxLength, List<Violation> violations) {
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            violations.add(new Violation(field, "must not be empty"));
        }
        else if (StoryRequestRules.characters(text) > maxLength) {
            violations.add(new Violation(field, "must be at most " + maxLength + " characters (was "
                    + StoryRequestRules.characters(text) + ")"));
        }
        StoryRequestRules.controlCharacter(text).ifPresent(found -> violations.add(new Violation(field, found)));
    }
}
