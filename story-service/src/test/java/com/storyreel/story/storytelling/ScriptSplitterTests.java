package com.storyreel.story.storytelling;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.storyreel.events.SceneScript;
import com.storyreel.events.StoryCharacter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptSplitterTests {

    private static final String LIGHTHOUSE = """
            Old Tom was a lighthouse keeper on a rocky island far out at sea. Every night he climbed the steps of \
            the tower and lit the great lamp. Mr. Brown brought the supply boat on the 3rd of each month at 9 a.m. sharp.

            One evening a storm rolled in from the west. The waves crashed against the cliff... Tom was afraid, \
            but he kept the lantern burning. "Will the ships see it?" he whispered. "They must!" cried Pip, \
            his little fox, curled up by the stove.

            At dawn the storm was gone. A small boat sailed safely into the harbor, and the sailors waved at the \
            lighthouse. Tom waved back. It was 3.5 miles from the island to the town, e.g. an hour by boat.

            Pip the fox stretched in the sun. Tom smiled. Life on the island was lonely, but it was good
            """;

    private final ScriptSplitter splitter = new ScriptSplitter();

    @Test
    void splitsAtSentenceBoundariesKeepingEveryWord() {
        Story story = splitter.split(LIGHTHOUSE, null, null);

        assertThat(narrations(story)).isEqualTo(normalized(LIGHTHOUSE));
        assertThat(story.scenes()).hasSizeGreaterThan(1)
                .allSatisfy(scene -> assertThat(scene.narration()).matches("(?s).*[.!?\"d]$"));
        assertThat(story.scenes().get(1).narration()).startsWith("One evening a storm rolled in");
    }

    @Test
    void numbersScenesFromZero() {
        Story story = splitter.split(LIGHTHOUSE, null, null);

        assertThat(story.scenes()).extracting(SceneScript::index)
                .containsExactlyElementsOf(IntStream.range(0, story.scenes().size()).boxed().toList());
    }

    @Test
    void aimsAtTwentyFiveToFortyFiveWordsPerScene() {
        String script = IntStream.range(0, 24).mapToObj(i -> "The little fox walked on past tree number " + i + " in the wood.")
                .reduce((a, b) -> a + " " + b).orElseThrow();

        Story story = splitter.split(script, null, null);

        assertThat(story.scenes()).allSatisfy(scene -> assertThat(Words.count(scene.narration())).isBetween(25, 45));
        assertThat(narrations(story)).isEqualTo(script);
    }

    @Test
    void prefersParagraphBoundaries() {
        String paragraph = "The fox woke early and looked out at the snow. It was cold, so she wrapped up warm. "
                + "Then she set off across the white field to find her friend the owl.";
        String script = paragraph + "\n\n" + paragraph.replace("fox", "bear") + "\n\n" + paragraph.replace("fox", "cat");

        Story story = splitter.split(script, null, null);

        assertThat(story.scenes()).extracting(SceneScript::narration).containsExactly(paragraph,
                paragraph.replace("fox", "bear"), paragraph.replace("fox", "cat"));
    }

    @Test
    void makesAtMostTwentyScenes() {
        String script = IntStream.range(0, 120).mapToObj(i -> "Day " + i + " came and the fox went out to play in the meadow again.")
                .reduce((a, b) -> a + " " + b).orElseThrow();

        Story story = splitter.split(script, null, null);

        assertThat(story.scenes()).hasSize(20);
        assertThat(narrations(story)).isEqualTo(script);
    }

    @Test
    void makesExactlyTheRequestedNumberOfScenesBalancedByLength() {
        String script = "The fox ran. The owl flew over the dark and silent forest all night long. The bear slept. "
                + "The rabbit dug a deep new burrow under the old oak tree by the river. Rain fell. The sun came out "
                + "again and the whole forest began to sparkle in the warm light. The cat purred. The dog barked at "
                + "the moon until the farmer came out and told him to hush.";

        Story story = splitter.split(script, 4, null);

        assertThat(story.scenes()).hasSize(4);
        assertThat(narrations(story)).isEqualTo(script);
        List<Integer> words = story.scenes().stream().map(scene -> Words.count(scene.narration())).toList();
        assertThat(words.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .isLessThanOrEqualTo(2 * words.stream().mapToInt(Integer::intValue).min().orElseThrow());
    }

    @Test
    void makesOneSceneASentenceWhenAskedForMoreScenesThanSentences() {
        Story story = splitter.split("The fox ran. The owl flew. The end", 6, null);

        assertThat(story.scenes()).extracting(SceneScript::narration).containsExactly("The fox ran.", "The owl flew.",
                "The end");
    }

    @Test
    void usesAFirstLineTitleAndDoesNotNarrateIt() {
        Story story = splitter.split("# The Night Garden\n\nMira crept into the garden. The moon was up.", null, null);

        assertThat(story.title()).isEqualTo("The Night Garden");
        assertThat(narrations(story)).isEqualTo("Mira crept into the garden. The moon was up.");
    }

    @Test
    void takesATitleLineFollowedDirectlyByText() {
        Story story = splitter.split("Where the River Goes\nThe river ran down to the sea. Pip followed it.", null, null);

        assertThat(story.title()).isEqualTo("Where the River Goes");
        assertThat(narrations(story)).isEqualTo("The river ran down to the sea. Pip followed it.");
    }

    @Test
    void narratesAFirstLineThatIsProse() {
        String sentence = splitter.split("Once upon a time there was a fox.\n\nShe lived by the river.", null, null)
                .scenes().getFirst().narration();
        String wrapped = splitter.split("Once upon a time a fox lived down by\nthe river with her cubs.", null, null)
                .scenes().getFirst().narration();

        assertThat(sentence).startsWith("Once upon a time there was a fox.");
        assertThat(wrapped).isEqualTo("Once upon a time a fox lived down by the river with her cubs.");
    }

    @Test
    void derivesATitleFromTheMainCharacterTheHerosKindOrTheSetting() {
        assertThat(splitter.split("Pip the fox lived in a den. Every day Pip looked at the sky.", null, null).title())
                .isEqualTo("Pip the Fox");
        assertThat(splitter.split("An old lighthouse keeper lived alone. Each night he lit the lamp.", null, null).title())
                .isEqualTo("The Lighthouse Keeper");
        assertThat(splitter.split("The forest was quiet. Snow fell on the forest all day.", null, null).title())
                .isEqualTo("The Forest");
        assertThat(splitter.split("It was quiet. Nothing moved.", null, null).title()).isEqualTo(ScriptTitle.FALLBACK);
    }

    @Test
    void carriesTheSettingForwardIntoImagePrompts() {
        String script = "Mira walked into the forest at night. An owl hooted above her.\n\n"
                + "She held her lantern high and kept walking until her feet were sore.";

        Story story = splitter.split(script, 2, null);

        assertThat(story.scenes().get(0).imagePrompt()).contains("forest").contains("night");
        assertThat(story.scenes().get(1).imagePrompt()).contains("Mira").contains("forest").contains("night")
                .contains("lantern");
    }

    @Test
    void describesCharactersByTheirKindInImagePrompts() {
        String script = "There was once a small fox named Pip. Pip lived by the sea with Bramble, a wise owl.\n\n"
                + "One morning the fox went down to the beach. It was raining, and he felt sad.";

        Story story = splitter.split(script, 2, null);
        StoryCharacter pip = story.characters().getFirst();

        assertThat(story.characters()).extracting(StoryCharacter::name).containsExactly("Pip");
        assertThat(pip.role()).isEqualTo("fox");
        assertThat(pip.description()).startsWith("a ").contains(" fox ");
        assertThat(splitter.split(script, 2, null).characters()).containsExactly(pip);
        assertThat(story.scenes().get(0).imagePrompt()).contains("Pip, " + pip.description()).contains("Bramble the owl")
                .contains("sea");
        assertThat(story.scenes().get(1).imagePrompt()).startsWith("Pip, " + pip.description() + " on the beach in the morning")
                .contains("rain").contains("sad");
    }

    @Test
    void leavesTheDescriptionOutWhenTheScriptDoesNotSayWhatACharacterIs() {
        Story story = splitter.split("Mira walked into the forest. Mira found a lantern. Then Mira went home.", 1, null);

        assertThat(story.characters()).containsExactly(new StoryCharacter("Mira", null, null));
    }

    @Test
    void appendsTheStyleToEveryImagePrompt() {
        assertThat(splitter.split(LIGHTHOUSE, null, "soft watercolor").scenes())
                .allSatisfy(scene -> assertThat(scene.imagePrompt()).endsWith(", soft watercolor"));
        assertThat(splitter.split(LIGHTHOUSE, null, null).scenes())
                .allSatisfy(scene -> assertThat(scene.imagePrompt()).endsWith(", " + Picture.DEFAULT_STYLE));
    }

    @Test
    void imagePromptsStayUnder300Characters() {
        String crowd = "Anna, Bruno, Carla, Dmitri, Elena, Farouk, Greta and Hiroshi met the fox, the owl, the bear, "
                + "the cat, the dog, the whale, the dragon and the robot by the lighthouse in the storm at night, "
                + "happy and sad and scary and magical, with a lantern, a balloon, a boat, a ship and the moon.";

        Story story = splitter.split(crowd + " " + crowd, 1, "x".repeat(50) + " " + "y".repeat(400));

        assertThat(story.scenes()).allSatisfy(scene -> assertThat(scene.imagePrompt()).hasSizeLessThan(300)
                .contains("lighthouse").contains("night"));
    }

    @Test
    void rejectsBlankInput() {
        assertThatThrownBy(() -> splitter.split(null, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("script");
        assertThatThrownBy(() -> splitter.split(" \n\t ", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> splitter.split("... !!", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> splitter.split("The fox ran.", 0, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scene count");
        assertThatThrownBy(() -> splitter.split("The fox ran.", 21, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String narrations(Story story) {
        return String.join(" ", story.scenes().stream().map(SceneScript::narration).toList());
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
