package com.storyreel.image.generation;

import java.util.function.Supplier;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.Stage;
import com.storyreel.events.StoryEvent;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.WorkKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.AdditionalMatchers.aryEq;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class ImmediateImageWorkTests {

    private final StageExecutor executor = mock(StageExecutor.class);
    private final AssetStore assets = mock(AssetStore.class);

    @Test
    void runsTheProviderAsAUnitOfWorkAndStoresItsPngUnderTheUnitsHash() {
        SceneImageProvider provider = new SceneImageProvider() {
            @Override
            public String name() {
                return "painter";
            }

            @Override
            public byte[] generate(String imagePrompt, String style, int width, int height) {
                return (imagePrompt + " " + width + "x" + height).getBytes();
            }
        };
        SceneWritten scene = new SceneWritten("s1", 3, "Once", "A fox", "1:1", "slt", "flat", 2);
        WorkKey key = new WorkKey("s1", 3, Stage.IMAGE, "abc");

        new ImmediateImageWork(provider, executor, assets).start(key, scene, AspectRatio.SQUARE);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Supplier<? extends StoryEvent>> work = ArgumentCaptor.forClass(Supplier.class);
        verify(executor).run(eq(key), eq(2), eq(scene), eq("painter"), eq(SceneImageWorker.OUTPUT_BINDING), work.capture());
        assertThat(work.getValue().get()).isEqualTo(new SceneImageGenerated("s1", 3, "stories/s1/scenes/3/image-abc.png",
                1080, 1080, "painter", 2));
        verify(assets).put(eq("stories/s1/scenes/3/image-abc.png"), aryEq("A fox 1080x1080".getBytes()), eq("image/png"));
    }
}
