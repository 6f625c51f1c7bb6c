package com.storyreel.story.state;

import java.util.ArrayList;
import java.util.List;

import com.storyreel.events.SceneScript;
import com.storyreel.events.StoryCharacter;

/**
 * A story's bible: its characters, each described the same way in every scene; which of them a picture shows is
 * {@link StoryCharacter#shownIn}.
 */
public record StoryBible(List<StoryCharacter> characters) {

    /** Between the scene's own prompt and each description appended to it. */
    private static final String SEPARATOR = ". ";

    public StoryBible {
        characters = characters == null ? List.of() : List.copyOf(characters);
    }

    /** The characters a picture with this image prompt shows, in the bible's order. */
    public List<StoryCharacter> shownIn(String imagePrompt) {
        return characters.stream().filter(character -> character.shownIn(imagePrompt)).toList();
    }

    /**
     * The scene with the description of every character its narration or image prompt names appended to the image
     * prompt, where the prompt does not already carry it, so a painter that sees only the prompt draws each of them as
     * every other scene does. When the prompt would grow past {@code maxLength} characters, the scene's own part is
     * cut at a word to make room: a description is never cut. Should the descriptions alone not fit, those first in
     * the bible are kept.
     */
    public SceneScript pictured(SceneScript scene, int maxLength) {
        List<String> missing = new ArrayList<>();
        for (StoryCharacter character : characters) {
            boolean named = character.namedIn(scene.narration()) || character.namedIn(scene.imagePrompt());
            if (named && !isBlank(character.description()) && !character.describedIn(scene.imagePrompt())) {
                missing.add(character.name() + ": " + character.description().strip());
            }
        }
        if (missing.isEmpty()) {
            return scene;
        }
        String appended = "";
        for (String description : missing) {
            if (length(appended + SEPARATOR + description) <= maxLength) {
                appended += SEPARATOR + description;
            }
        }
        if (appended.isEmpty()) {
            return scene;
        }
        String own = shortened(scene.imagePrompt() == null ? "" : scene.imagePrompt().strip().replaceAll("[.\\s]+$", ""),
                maxLength - length(appended));
        String prompt = own.isEmpty() ? appended.substring(SEPARATOR.length()) : own + appended;
        return new SceneScript(scene.index(), scene.narration(), prompt);
    }

    /** The text cut to at most {@code maxLength} characters, at the last whole word that fits. */
    private static String shortened(String text, int maxLength) {
        if (length(text) <= maxLength) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, Math.max(0, maxLength)));
        int lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > 0 ? cut.substring(0, lastSpace) : cut).replaceAll("[,;:.\\s]+$", "");
    }

    /** Characters as the prompt cap counts them: code points. */
    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
