package com.storyreel.story.state;

import java.util.List;

import com.storyreel.events.SceneScript;
import com.storyreel.events.StoryCharacter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryBibleTests {

    private static final StoryCharacter PIP = new StoryCharacter("Pip", "fox", "a small red fox in a green scarf with a torn ear");

    private static final StoryCharacter TOM = new StoryCharacter("Captain Tom", "lighthouse keeper",
            "a tall lighthouse keeper in a yellow raincoat with a grey beard");

    private final StoryBible bible = new StoryBible(List.of(PIP, TOM));

    @Test
    void aPictureShowsTheCharactersWhoseDescriptionOrNameItsPromptCarriesIgnoringCase() {
        assertThat(bible.shownIn("A Small Red Fox in a green scarf with a torn ear on a hill")).containsExactly(PIP);
        assertThat(bible.shownIn("captain tom waves from the tower")).containsExactly(TOM);
        assertThat(bible.shownIn("Captain Tom and pip by the stove")).as("in the bible's order").containsExactly(PIP, TOM);
        assertThat(bible.shownIn("a lighthouse at dusk")).isEmpty();
    }

    @Test
    void aNameIsOnlyMatchedAsAWholeWord() {
        assertThat(bible.shownIn("a pipe on the table, a pipit in the sky")).isEmpty();
        assertThat(new StoryBible(List.of(new StoryCharacter("Ørjan", "boy", "a boy"))).shownIn("ørjan, smiling"))
                .hasSize(1);
    }

    @Test
    void anOlderStoryWithoutABibleShowsNobody() {
        assertThat(new StoryBible(null).shownIn("Pip by the river")).isEmpty();
        SceneScript scene = new SceneScript(0, "Pip ran.", "a fox by a river");
        assertThat(new StoryBible(null).pictured(scene, 1_000)).isSameAs(scene);
    }

    @Test
    void eachCharacterTheSceneNamesGetsItsDescriptionAppendedOnce() {
        SceneScript scene = new SceneScript(2, "Pip ran to Captain Tom.", "Pip at the foot of the lighthouse at dusk, storybook.");

        SceneScript pictured = bible.pictured(scene, 1_000);

        assertThat(pictured.imagePrompt()).isEqualTo("Pip at the foot of the lighthouse at dusk, storybook. Pip: " + PIP.description()
                + ". Captain Tom: " + TOM.description());
        assertThat(pictured.index()).isEqualTo(2);
        assertThat(pictured.narration()).isEqualTo(scene.narration());
        assertThat(bible.pictured(pictured, 1_000)).as("nothing added twice").isEqualTo(pictured);
        assertThat(bible.shownIn(pictured.imagePrompt())).containsExactly(PIP, TOM);
    }

    @Test
    void aSceneThatAlreadyDescribesItsCharactersOrNamesNoneIsLeftAsItIs() {
        SceneScript described = new SceneScript(0, "Pip woke up.", "A small red fox in a green scarf with a torn ear, asleep");
        SceneScript nobody = new SceneScript(1, "The sea was calm.", "a calm sea at noon");

        assertThat(bible.pictured(described, 1_000)).isEqualTo(described);
        assertThat(bible.pictured(nobody, 1_000)).isEqualTo(nobody);
    }

    @Test
    void aPromptThatWouldGrowPastTheCapIsCutAtAWordAndTheDescriptionKeptWhole() {
        String longPrompt = "a fox on a hill " + "with tall grass waving ".repeat(50);
        SceneScript scene = new SceneScript(0, "Pip sat.", longPrompt);

        String prompt = bible.pictured(scene, 300).imagePrompt();

        assertThat(prompt.codePointCount(0, prompt.length())).isLessThanOrEqualTo(300);
        assertThat(prompt).startsWith("a fox on a hill with tall grass").endsWith(". Pip: " + PIP.description());
        String own = prompt.substring(0, prompt.indexOf(". Pip: "));
        assertThat(longPrompt).startsWith(own + " ");
    }

    @Test
    void descriptionsThatCannotAllFitKeepThoseFirstInTheBible() {
        SceneScript scene = new SceneScript(0, "Pip met Captain Tom.", "a stormy night");

        String prompt = bible.pictured(scene, 80).imagePrompt();

        assertThat(prompt).isEqualTo("a stormy night. Pip: " + PIP.description());
        assertThat(prompt.length()).isLessThanOrEqualTo(80);
    }
}
