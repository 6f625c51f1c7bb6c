package com.storyreel.events;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for a storyId, checked wherever one comes in (a REST path, a Kafka record): a letter or
 * digit, then up to 63 letters, digits, dots, underscores or hyphens. Every id the gateway makes
 * ({@code st-} and a UUID or a hash) fits, so does a client's own ({@code st-console-1}); nothing that
 * could split a log line, climb out of an S3 prefix ({@code stories/{storyId}/}) or fill a header does.
 */
public final class StoryIds {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private StoryIds() {
    }

    public static boolean isValid(String storyId) {
        return storyId != null && VALID.matcher(storyId).matches();
    }

    /**
     * What is wrong with a storyId, or empty when nothing is. The reason never repeats the id itself,
     * which may hold anything, only its length.
     */
    public static Optional<String> problem(String storyId) {
        if (storyId == null || storyId.isEmpty()) {
            return Optional.of("The record has no storyId");
        }
        if (!isValid(storyId)) {
            return Optional.of("storyId must match " + PATTERN + " (was " + storyId.length() + " characters"
                    + (storyId.chars().anyMatch(Character::isISOControl) ? ", with control characters)" : ")"));
        }
        return Optional.empty();
    }
}
