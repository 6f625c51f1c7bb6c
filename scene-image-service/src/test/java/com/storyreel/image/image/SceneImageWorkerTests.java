package com.storyreel.image.image;

import java.util.ArrayList;
import java.util.List;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.Stage;
import com.storyreel.events.StoryCharacter;
import org.junit.jupiter.api.Test;

import com.storyreel.runtime.assets.AssetKeys;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.runtime.work.WorkKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SceneImageWorkerTests {

    private final List<WorkKey> started = new ArrayList<>();
    private final List<AspectRatio> frames = new ArrayList<>();

    @Test
    void startsTheScenesUnitKeyedByProviderPromptStyleAndSize() {
        SceneImageWorker worker = new SceneImageWorker(recording("leonardo"));
        worker.handle(scene(0, "9:16", "A fox"));
        worker.handle(scene(1, "9:16", "A hare"));

        assertThat(started).containsExactly(
                new WorkKey("s1", 0, Stage.IMAGE, AssetKeys.hash("leonardo", "A fox", "noir", 1080, 1920)),
                new WorkKey("s1", 1, Stage.IMAGE, AssetKeys.hash("leonardo", "A hare", "noir", 1080, 1920)));
        assertThat(frames).containsOnly(AspectRatio.PORTRAIT);
    }

    @Test
    void anotherProviderMakesAnotherUnitOfTheSameScene() {
        new SceneImageWorker(recording("leonardo")).handle(scene(0, "16:9", "A fox"));
        new SceneImageWorker(recording("painter")).handle(scene(0, "16:9", "A fox"));

        assertThat(started.get(0).inputHash()).isNotEqualTo(started.get(1).inputHash());
    }

    @Test
    void aSceneShowingOtherCharactersIsAnotherUnit() {
        SceneImageWorker worker = new SceneImageWorker(recording("painter"));
        StoryCharacter keeper = new StoryCharacter("Maren", "lighthouse keeper", "a tall keeper in a yellow raincoat");
        worker.handle(scene(0, "16:9", "A fox"));
        worker.handle(new SceneWritten("s1", 0, "Once", "A fox", "16:9", "slt", "noir", 0, List.of(keeper)));
        worker.handle(new SceneWritten("s1", 0, "Once", "A fox", "16:9", "slt", "noir", 0,
                List.of(new StoryCharacter("Maren", "lighthouse keeper", "a tall keeper in a red raincoat"))));

        assertThat(started).extracting(WorkKey::inputHash).doesNotHaveDuplicates();
    }

    @Test
    void refusesASceneWithoutAnImagePromptOrWithAnUnknownAspectRatio() {
        SceneImageWorker worker = new SceneImageWorker(recording("painter"));

        assertThatThrownBy(() -> worker.handle(scene(2, "16:9", null)))
                .isInstanceOf(InvalidEventException.class).hasMessage("Scene 2 has no image prompt");
        assertThatThrownBy(() -> worker.handle(scene(2, "4:3", "A fox"))).isInstanceOf(InvalidEventException.class);
        assertThat(started).isEmpty();
    }

    private SceneImageProvider recording(String provider) {
        return new SceneImageProvider() {
            @Override
            public String name() {
                return provider;
            }

            @Override
            public void picture(WorkKey key, SceneWritten scene, AspectRatio frame) {
                started.add(key);
                frames.add(frame);
            }
        };
    }

    private static SceneWritten scene(int index, String aspectRatio, String imagePrompt) {
        return new SceneWritten("s1", index, "Once", imagePrompt, aspectRatio, "slt", "noir", 0, List.of());
    }
}
