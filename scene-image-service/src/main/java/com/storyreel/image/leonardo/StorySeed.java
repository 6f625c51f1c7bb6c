package com.storyreel.image.leonardo;

import java.nio.charset.StandardCharsets;

/**
 * The one seed every generation of a story uses, so its scenes share Leonardo's starting noise and, with the same
 * character descriptions in their prompts, come out in one look. Derived from the story's id alone (FNV-1a, never
 * the JVM's hashing), so a retry or another replica sends the same seed; non-negative, within the {@code int} the
 * contract gives for {@code seed}.
 */
final class StorySeed {

    private StorySeed() {
    }

    static int of(String storyId) {
        int hash = 0x811C9DC5;
        for (byte b : storyId.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }
        return hash & Integer.MAX_VALUE;
    }
}
