package com.storyreel.story.storytelling;

import java.util.List;
import java.util.Optional;

/**
 * A user's script read for narration: its own title when its first line is one, and the rest as
 * sentences in order, every word kept (only whitespace is normalised).
 */
public record ScriptText(Optional<String> title, List<String> sentences) {

    public ScriptText {
        sentences = List.copyOf(sentences);
    }
}
