package com.storyreel.story.storytelling;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.storyreel.events.SceneScript;
import com.storyreel.events.StoryCharacter;

import static org.assertj.core.api.Assertions.assertThat;

/** The four prompts of issue 11 that the old offline writer lost, told in four scenes each. */
class PromptKeepingTests {

    private final OfflineStoryWriter writer = new OfflineStoryWriter();

    @Test
    void keepsTheWhaleWithTheLighthouseKeeperInTheWinterStorm() {
        Story story = writer.write("A lighthouse keeper befriends a lonely whale during a winter storm", 4, null);
        String told = told(story);

        assertThat(story.characters()).extracting(StoryCharacter::role).containsExactly("lighthouse keeper", "whale");
        assertThat(story.characters().get(1).description()).contains("whale");
        assertThat(told).contains("lighthouse keeper named").contains("a lonely whale named").contains("winter storm")
                .contains("befriend");
        assertThat(story.scenes()).anySatisfy(scene -> assertThat(scene.imagePrompt()).contains("storm"));
        assertThat(story.title()).contains("Whale");
    }

    @Test
    void strandsTwoAstronautsOnMarsWithTheirPotatoes() {
        Story story = writer.write("Two astronauts get stranded on Mars and must grow potatoes to survive", 4, null);
        String told = told(story);

        assertThat(story.characters()).hasSize(2).extracting(StoryCharacter::role).containsOnly("astronaut");
        assertThat(story.characters()).extracting(StoryCharacter::name).doesNotContain("Mars");
        assertThat(told).contains("on Mars").contains("two astronauts").contains("grow potatoes to survive")
                .contains("stranded").doesNotContain("desert");
        assertThat(story.scenes()).allSatisfy(scene -> assertThat(scene.imagePrompt()).contains("planet"));
    }

    @Test
    void setsTheDetectiveIn1920sChicagoOnAJazzClubMurder() {
        Story story = writer.write("A detective in 1920s Chicago solves a jazz club murder", 4, null);
        String told = told(story);

        assertThat(story.characters()).singleElement().satisfies(detective -> {
            assertThat(detective.role()).isEqualTo("detective");
            assertThat(detective.name()).isNotEqualTo("Chicago");
            assertThat(detective.description()).contains("detective");
        });
        assertThat(told).contains("in 1920s Chicago").contains("jazz club murder").contains("solved")
                .doesNotContain("robot").doesNotContain("moon");
    }

    @Test
    void explainsHowVolcanoesFormWithAQuestionStepsAndARecap() {
        Story story = writer.write("How volcanoes form, explained for kids", 4, null);
        List<String> scenes = story.scenes().stream().map(SceneScript::narration).toList();

        assertThat(story.characters()).isEmpty();
        assertThat(scenes.getFirst()).startsWith("How do volcanoes form?").contains("explained for kids");
        assertThat(scenes.subList(1, 3)).allSatisfy(step -> assertThat(step).startsWith("Step "));
        assertThat(scenes.get(2)).contains("how volcanoes form");
        assertThat(scenes.getLast()).contains("recap how volcanoes form");
        assertThat(told(story)).doesNotContain("Once").doesNotContain(" named ").doesNotContain("moon");
        assertThat(story.scenes()).allSatisfy(scene -> assertThat(scene.imagePrompt()).contains("volcanoes"));
    }

    private static String told(Story story) {
        return String.join(" ", story.scenes().stream().map(SceneScript::narration).toList());
    }
}
