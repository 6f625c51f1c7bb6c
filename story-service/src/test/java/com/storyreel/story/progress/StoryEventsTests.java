package com.storyreel.story.progress;

import java.time.Instant;
import java.util.List;

import com.storyreel.events.SceneWritten;
import com.storyreel.events.StoryCharacter;
import com.storyreel.story.state.SceneState;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryRequest;
import com.storyreel.story.state.StoryStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryEventsTests {

    private static final StoryCharacter PIP = new StoryCharacter("Pip", "fox", "a small red fox in a green scarf with a torn ear");

    private static final StoryCharacter TOM = new StoryCharacter("Tom", "lighthouse keeper",
            "a tall lighthouse keeper in a yellow raincoat with a grey beard");

    @Test
    void theWrittenStoryCarriesTheWholeBible() {
        StoryDocument story = story(SceneState.written(0, "Pip met Tom.", "a fox. Pip: " + PIP.description()));

        assertThat(StoryEvents.written(story).characters()).containsExactly(PIP, TOM);
    }

    @Test
    void eachSceneCarriesTheCastAndShowsThoseItsCurrentImagePromptNamesAnEditIncluded() {
        StoryDocument story = story(
                SceneState.written(0, "Pip met Tom.", "a harbour at dusk. Pip: " + PIP.description() + ". Tom: " + TOM.description()),
                // As a user's edit left it: the description dropped, Tom named, Pip in the narration only.
                SceneState.written(1, "Pip waved.", "Tom alone on the pier in the rain"),
                SceneState.written(2, "The sea was calm.", "a calm sea at dawn"));

        assertThat(StoryEvents.sceneWritten(story, 0).shown()).containsExactly(PIP, TOM);
        SceneWritten edited = StoryEvents.sceneWritten(story, 1);
        assertThat(edited.imagePrompt()).isEqualTo("Tom alone on the pier in the rain");
        assertThat(edited.shown()).containsExactly(TOM);
        assertThat(StoryEvents.sceneWritten(story, 2).shown()).isEmpty();
        assertThat(List.of(0, 1, 2)).allSatisfy(scene ->
                assertThat(StoryEvents.sceneWritten(story, scene).characters()).containsExactly(PIP, TOM));
    }

    private static StoryDocument story(SceneState... scenes) {
        Instant now = Instant.now();
        return new StoryDocument("st-1", StoryStatus.GENERATING, new StoryRequest("a fox", null, scenes.length, "16:9", null,
                null, null), null, null, "hash", 0, "Pip", "offline-writer", null, null, List.of(scenes), null, null, null, now,
                now, null, null, null, List.of(), List.of(), List.of(PIP, TOM));
    }
}
