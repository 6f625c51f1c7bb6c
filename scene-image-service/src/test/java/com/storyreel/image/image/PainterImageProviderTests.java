package com.storyreel.image.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import com.storyreel.events.AspectRatio;
import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.Stage;
import com.storyreel.events.StoryCharacter;
import com.storyreel.events.StoryEvent;
import com.storyreel.image.painting.ProceduralPainter;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.work.StageExecutor;
import com.storyreel.runtime.work.WorkKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class PainterImageProviderTests {

    private final StageExecutor executor = mock(StageExecutor.class);
    private final AssetStore assets = mock(AssetStore.class);

    @Test
    void paintsAsAUnitOfWorkAndStoresAPngOfTheFrameUnderTheUnitsHash() throws IOException {
        SceneWritten scene = new SceneWritten("s1", 3, "Once", "A fox", "1:1", "slt", "flat", 2, List.of());
        WorkKey key = new WorkKey("s1", 3, Stage.IMAGE, "abc");

        new PainterImageProvider(new ProceduralPainter(), executor, assets).picture(key, scene, AspectRatio.SQUARE);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Supplier<? extends StoryEvent>> work = ArgumentCaptor.forClass(Supplier.class);
        verify(executor).run(eq(key), eq(2), eq(scene), eq("painter"), eq(SceneImageWorker.OUTPUT_BINDING), work.capture());
        assertThat(work.getValue().get()).isEqualTo(new SceneImageGenerated("s1", 3, "stories/s1/scenes/3/image-abc.png",
                1080, 1080, "painter", 2));
        ArgumentCaptor<byte[]> png = ArgumentCaptor.forClass(byte[].class);
        verify(assets).put(eq("stories/s1/scenes/3/image-abc.png"), png.capture(), eq("image/png"));
        BufferedImage painted = ImageIO.read(new ByteArrayInputStream(png.getValue()));
        assertThat(painted.getWidth()).isEqualTo(1080);
        assertThat(painted.getHeight()).isEqualTo(1080);
    }

    @Test
    void paintsTheCharactersTheSceneShows() {
        StoryCharacter keeper = new StoryCharacter("Maren", "lighthouse keeper",
                "a tall lighthouse keeper in a yellow raincoat with a grey beard");
        String prompt = "At noon " + keeper.description() + " walks through the meadow";

        byte[] alone = stored(new SceneWritten("s1", 0, "Once", prompt, "16:9", "slt", "flat", 0, List.of()));
        byte[] withKeeper = stored(new SceneWritten("s1", 1, "Once", prompt, "16:9", "slt", "flat", 0,
                List.of(keeper)));

        assertThat(withKeeper).isNotEqualTo(alone);
    }

    private byte[] stored(SceneWritten scene) {
        AssetStore store = mock(AssetStore.class);
        StageExecutor runNow = mock(StageExecutor.class);
        WorkKey key = new WorkKey(scene.storyId(), scene.scene(), Stage.IMAGE, "k" + scene.scene());
        new PainterImageProvider(new ProceduralPainter(), runNow, store).picture(key, scene, AspectRatio.SQUARE);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Supplier<? extends StoryEvent>> work = ArgumentCaptor.forClass(Supplier.class);
        verify(runNow).run(eq(key), eq(0), eq(scene), eq("painter"), eq(SceneImageWorker.OUTPUT_BINDING), work.capture());
        work.getValue().get();
        ArgumentCaptor<byte[]> png = ArgumentCaptor.forClass(byte[].class);
        verify(store).put(eq("stories/s1/scenes/" + scene.scene() + "/image-k" + scene.scene() + ".png"), png.capture(),
                eq("image/png"));
        return png.getValue();
    }
}
