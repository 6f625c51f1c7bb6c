package com.storyreel.render.assembly;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.storyreel.events.SceneCaptions;
import com.storyreel.events.SceneCaptions.Cue;
import com.storyreel.runtime.media.MediaException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StoryTimelineTests {

    @Test
    void startsEachSceneWhereThePreviousOneStartsFadingOut() {
        StoryTimeline timeline = StoryTimeline.of(List.of(scene(8), scene(6.5), scene(7)), 30, 0.4);

        assertThat(timeline.startSeconds(0)).isZero();
        assertThat(timeline.startSeconds(1)).isCloseTo(7.6, within(1e-9));
        assertThat(timeline.startSeconds(2)).isCloseTo(7.6 + 6.1, within(1e-9));
        assertThat(timeline.durationSeconds()).isCloseTo(8 + 6.5 + 7 - 2 * 0.4, within(1e-9));
    }

    @Test
    void placesScenesEndToEndWithoutACrossfade() {
        StoryTimeline timeline = StoryTimeline.of(List.of(scene(2), scene(3)), 30, 0);

        assertThat(timeline.crossfades()).isFalse();
        assertThat(timeline.startSeconds(1)).isCloseTo(2, within(1e-9));
        assertThat(timeline.durationSeconds()).isCloseTo(5, within(1e-9));
    }

    @Test
    void countsScenesInWholeFrames() {
        StoryTimeline timeline = StoryTimeline.of(List.of(scene(2.01), scene(1.99)), 30, 0.4);

        assertThat(timeline.sceneFrames(0)).isEqualTo(60);
        assertThat(timeline.sceneFrames(1)).isEqualTo(60);
        assertThat(timeline.crossfadeFrames()).isEqualTo(12);
        assertThat(timeline.totalFrames()).isEqualTo(108);
    }

    @Test
    void placesCuesAtSceneStartPlusNarrationOffsetPlusCueTime() {
        List<SceneInput> scenes = List.of(
                new SceneInput(Path.of("a.mp4"), captions(new Cue(0, 1.5, "a"), new Cue(1.5, 2.5, "b")), 4, 0.5),
                new SceneInput(Path.of("b.mp4"), captions(new Cue(0.25, 1, "c")), 3, 0.6));

        List<Cue> cues = StoryTimeline.of(scenes, 30, 0.4).place(scenes);

        assertThat(cues).hasSize(3);
        assertCue(cues.get(0), 0.5, 2.0, "a");
        assertCue(cues.get(1), 2.0, 3.0, "b");
        assertCue(cues.get(2), 3.6 + 0.6 + 0.25, 3.6 + 0.6 + 1, "c");
    }

    @Test
    void clipsACueThatRunsIntoTheNextOneAndKeepsThemInOrder() {
        List<SceneInput> scenes = List.of(
                new SceneInput(Path.of("a.mp4"), captions(new Cue(1, 1.8, "late"), new Cue(0, 1.2, "early")), 2, 0));

        List<Cue> cues = StoryTimeline.of(scenes, 30, 0.4).place(scenes);

        assertThat(cues).containsExactly(new Cue(0, 1, "early"), new Cue(1, 1.8, "late"));
    }

    @Test
    void endsCuesWithTheStoryAndDropsEmptyOnes() {
        List<SceneInput> scenes = List.of(new SceneInput(Path.of("a.mp4"),
                captions(new Cue(0, 0.5, "  "), new Cue(1, 5, " tail "), new Cue(2.5, 3, "after")), 2, 0.5));

        List<Cue> cues = StoryTimeline.of(scenes, 30, 0.4).place(scenes);

        assertThat(cues).containsExactly(new Cue(1.5, 2, "tail"));
    }

    @Test
    void rejectsACrossfadeAsLongAsAScene() {
        assertThatThrownBy(() -> StoryTimeline.of(List.of(scene(2), scene(0.4)), 30, 0.4))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining("Scene 1");
    }

    private static void assertCue(Cue cue, double start, double end, String text) {
        assertThat(cue.start()).isCloseTo(start, within(1e-9));
        assertThat(cue.end()).isCloseTo(end, within(1e-9));
        assertThat(cue.text()).isEqualTo(text);
    }

    private static SceneInput scene(double seconds) {
        return new SceneInput(Path.of("scene.mp4"), captions(), seconds, 0.5);
    }

    private static SceneCaptions captions(Cue... cues) {
        return new SceneCaptions(List.of(cues));
    }
}
