package com.storyreel.image.generation;

import java.util.ArrayList;
import java.util.List;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneScript;
import com.storyreel.events.Stage;
import com.storyreel.events.StoryWritten;
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
    void startsOneUnitPerSceneKeyedByProviderPromptStyleAndSize() {
        new SceneImageWorker(recording("leonardo")).handle(story("9:16", List.of(
                new SceneScript(0, "Once", "A fox"), new SceneScript(1, "Then", "A hare"))));

        assertThat(started).containsExactly(
                new WorkKey("s1", 0, Stage.IMAGE, AssetKeys.hash("leonardo", "A fox", "noir", 1080, 1920)),
                new WorkKey("s1", 1, Stage.IMAGE, AssetKeys.hash("leonardo", "A hare", "noir", 1080, 1920)));
        assertThat(frames).containsOnly(AspectRatio.PORTRAIT);
    }

    @Test
    void anotherProviderMakesAnotherUnitOfTheSameScene() {
        List<SceneScript> scenes = List.of(new SceneScript(0, "Once", "A fox"));
        new SceneImageWorker(recording("leonardo")).handle(story("16:9", scenes));
        new SceneImageWorker(recording("painter")).handle(story("16:9", scenes));

        assertThat(started.get(0).inputHash()).isNotEqualTo(started.get(1).inputHash());
    }

    @Test
    void refusesAStoryWithoutScenes() {
        assertThatThrownBy(() -> new SceneImageWorker(recording("painter")).handle(story("16:9", List.of())))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("no scenes");
        assertThat(started).isEmpty();
    }

    private SceneImageWork recording(String provider) {
        return new SceneImageWork() {
            @Override
            public String provider() {
                return provider;
            }

            @Override
            public void start(WorkKey key, StoryWritten story, SceneScript scene, AspectRatio frame) {
                started.add(key);
                frames.add(frame);
            }
        };
    }

    private static StoryWritten story(String aspectRatio, List<SceneScript> scenes) {
        return new StoryWritten("s1", "Title", aspectRatio, "slt", "noir", scenes, "offline", 0);
    }
}
