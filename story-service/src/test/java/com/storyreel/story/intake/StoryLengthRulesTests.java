package com.storyreel.story.intake;

import java.time.Duration;
import java.util.List;

import com.storyreel.events.SceneScript;
import com.storyreel.story.intake.StoryRequestRules.Violation;
import com.storyreel.story.state.StoryRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryLengthRulesTests {

    private final StoryLengthRules rules = new StoryLengthRules(new LengthLimitProperties(1500, Duration.ofMinutes(15), 150));

    @Test
    void aScriptOfOrdinaryLengthPasses() {
        assertThat(rules.check(script("The owl woke at dusk. ".repeat(100), null))).isEmpty();
    }

    @Test
    void aScriptTooLongToNarrateInFifteenMinutesIsRefusedNamingScriptAndTheLimit() {
        // 2,400 words at 150 a minute: 16 minutes.
        List<Violation> violations = rules.check(script("The owl woke at dusk. ".repeat(480), null));

        assertThat(violations).extracting(Violation::field).containsOnly("script");
        assertThat(violations).extracting(Violation::message).anySatisfy(m -> assertThat(m)
                .contains("about 16.0 minutes of video").contains("15.0 minutes allowed (storyreel.limits.max-duration)"));
    }

    @Test
    void aScriptWithTooFewScenesForItsCharactersIsRefusedNamingTheCap() {
        List<Violation> violations = rules.check(script("word ".repeat(400), 1));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("script");
            assertThat(v.message()).contains("1999 characters of narration to each of 1 scenes")
                    .contains("1500 a scene allowed (storyreel.limits.max-narration-characters)");
        });
    }

    @Test
    void aPromptIsLeftToTheWrittenStoryCheck() {
        assertThat(rules.check(new StoryRequest("a fox", null, 20, null, null, null, null))).isEmpty();
    }

    @Test
    void aWrittenSceneOverTheCharacterCapIsRefusedWithItsNumberAndTheCap() {
        var scenes = List.of(new SceneScript(0, "Short.", "p"), new SceneScript(1, "x".repeat(1501), "p"));

        assertThat(rules.refusal(scenes)).hasValue(
                "Scene 2's narration has 1501 characters, more than the 1500 allowed (storyreel.limits.max-narration-characters)");
    }

    @Test
    void aWrittenStoryLongerThanTheCapIsRefusedCountingEachScenesPadding() {
        // 20 scenes of 112 words: 14.9 minutes of speech, and 25 s of padding take it past 15.
        var scenes = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> new SceneScript(i, "word ".repeat(112).strip(), "p")).toList();

        assertThat(rules.refusal(scenes)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("The story would make about 15.").contains("minutes of video, more than the 15.0 minutes allowed").contains("storyreel.limits.max-duration"));
        assertThat(rules.refusal(scenes.subList(0, 19))).isEmpty();
    }

    private static StoryRequest script(String text, Integer scenes) {
        return new StoryRequest(null, text, scenes, null, null, null, null);
    }
}
