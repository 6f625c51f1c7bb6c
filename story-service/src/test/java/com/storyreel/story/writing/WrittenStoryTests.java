package com.storyreel.story.writing;

import java.util.List;

import com.storyreel.events.SceneScript;
import com.storyreel.events.StoryCharacter;
import com.storyreel.events.VendorCost;
import com.storyreel.story.intake.SceneEditRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenStoryTests {

    private static final StoryCharacter MAREN = new StoryCharacter("Maren", "lighthouse keeper",
            "a tall lighthouse keeper in a yellow raincoat with a grey beard");

    @Test
    void everySceneNamingACharacterCarriesItsDescriptionWithinTheImagePromptCap() {
        String longPrompt = "Maren on the gallery of the lighthouse, " + "waves breaking on black rocks below, ".repeat(30);
        WrittenStory written = new WrittenStory("The Keeper", List.of(
                new SceneScript(0, "Maren climbed the tower.", "a lighthouse at dusk, storybook illustration"),
                new SceneScript(1, "The storm came.", longPrompt),
                new SceneScript(2, "The sea was calm at last.", "a calm sea at dawn, storybook illustration")),
                List.of(MAREN), new VendorCost("openai", "tokens", 500));

        WrittenStory pictured = written.withCastPictured();

        assertThat(pictured.scenes()).extracting(SceneScript::imagePrompt).satisfiesExactly(
                first -> assertThat(first).isEqualTo("a lighthouse at dusk, storybook illustration. Maren: " + MAREN.description()),
                second -> assertThat(second).startsWith("Maren on the gallery").endsWith("Maren: " + MAREN.description())
                        .hasSizeLessThanOrEqualTo(SceneEditRules.MAX_IMAGE_PROMPT_LENGTH),
                third -> assertThat(third).as("names nobody").isEqualTo("a calm sea at dawn, storybook illustration"));
        assertThat(pictured.scenes()).extracting(SceneScript::narration).containsExactlyElementsOf(
                written.scenes().stream().map(SceneScript::narration).toList());
        assertThat(pictured.title()).isEqualTo(written.title());
        assertThat(pictured.characters()).containsExactly(MAREN);
        assertThat(pictured.cost()).isEqualTo(written.cost());
    }
}
