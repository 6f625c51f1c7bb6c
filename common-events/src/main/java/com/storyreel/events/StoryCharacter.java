package com.storyreel.events;

import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One character of a story's bible, the same in every scene: who they are and how they look, so every picture
 * that shows them draws the same figure.
 *
 * @param name what the story calls them ("Maren", "Captain Ola")
 * @param role who or what they are in the story ("lighthouse keeper", "whale")
 * @param description a short visual description: species or role, colours, clothing, one distinctive feature
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoryCharacter(String name, String role, String description) {

    /**
     * Whether a picture with this image prompt shows the character: the prompt carries its description or, failing
     * that, its name (a user's edit may keep the name and drop the description). The one rule the story service and
     * the painters share.
     */
    public boolean shownIn(String imagePrompt) {
        return describedIn(imagePrompt) || namedIn(imagePrompt);
    }

    /** Whether the text carries the whole description, ignoring case. */
    public boolean describedIn(String text) {
        return text != null && description != null && !description.isBlank()
                && text.toLowerCase(Locale.ROOT).contains(description.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the text names the character as a whole word, ignoring case: Pip is not named in "a pipe". */
    public boolean namedIn(String text) {
        if (text == null || name == null || name.isBlank()) {
            return false;
        }
        // Letters and digits of any script count as word characters.
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.strip()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }
}
