package com.storyreel.story.storytelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.storyreel.events.SceneScript;
import com.storyreel.events.StoryCharacter;
import com.storyreel.story.storytelling.SentenceSplitter.Sentence;

/**
 * Turns the user's own text into scenes without changing a word: the text is cut at sentence boundaries
 * into scenes of about 25-45 words (or into the number of scenes asked for, even in length), and each scene
 * gets an image prompt derived from its words and what the story has established so far. The characters are
 * the script's recurring names, and every picture that shows one describes it the same way.
 */
public final class ScriptSplitter {

    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();

    private final SceneBreaker sceneBreaker = new SceneBreaker();

    /**
     * Splits the user's own text into scenes at sentence boundaries.
     *
     * @param script the text; a short first line without a final period is taken as the title
     * @param sceneCount how many scenes to make (1-20), or null to choose from the target scene length
     * @param style the picture style appended to every image prompt, or null for a storybook illustration
     * @throws IllegalArgumentException if the script has no words or the scene count is out of range
     */
    public Story split(String script, Integer sceneCount, String style) {
        requireWords(script);
        if (sceneCount != null && (sceneCount < 1 || sceneCount > SceneBreaker.MAX_SCENES)) {
            throw new IllegalArgumentException(
                    "The scene count must be between 1 and " + SceneBreaker.MAX_SCENES + ", was " + sceneCount + ".");
        }
        ScriptTitle.Parts parts = ScriptTitle.fromFirstLine(script);
        List<Sentence> sentences = sentenceSplitter.split(parts.body());
        List<String> texts = sentences.stream().map(Sentence::text).toList();
        Cast cast = Cast.of(texts);
        List<Integer> breaks = sceneBreaker.breaks(sentences, sceneCount);

        List<StoryCharacter> characters = characters(cast, String.join(" ", texts));
        ImagePromptDeriver pictures = new ImagePromptDeriver(cast, characters);
        List<SceneScript> scenes = new ArrayList<>();
        for (int i = 0; i + 1 < breaks.size(); i++) {
            String narration = String.join(" ", texts.subList(breaks.get(i), breaks.get(i + 1)));
            scenes.add(new SceneScript(i, narration, pictures.next(narration).prompt(style)));
        }
        String title = parts.title().orElseGet(() -> ScriptTitle.derive(cast, texts));
        return new Story(title, scenes, characters);
    }

    /**
     * The script's recurring names, most named first; a description only for those whose kind the script says
     * ("Pip the fox"), the same for the same script.
     */
    private static List<StoryCharacter> characters(Cast cast, String text) {
        Random random = new Random(Narration.seed(text));
        return cast.members().stream().filter(member -> member.mentions() >= 2)
                .map(member -> member.kind() == null ? new StoryCharacter(member.name(), null, null)
                        : new StoryCharacter(member.name(), member.kind(), Casting.describe(member.name(), member.kind(), random)))
                .toList();
    }

    /**
     * Reads the user's text as {@link #split} does, for a writer that chooses the scene breaks itself.
     *
     * @throws IllegalArgumentException if the script has no words
     */
    public ScriptText read(String script) {
        requireWords(script);
        ScriptTitle.Parts parts = ScriptTitle.fromFirstLine(script);
        return new ScriptText(parts.title(), sentenceSplitter.split(parts.body()).stream().map(Sentence::text).toList());
    }

    private static void requireWords(String script) {
        if (script == null || Words.count(script) == 0) {
            throw new IllegalArgumentException("The script must contain some words to narrate.");
        }
    }
}
