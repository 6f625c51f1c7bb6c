package com.storyreel.audio.narration;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.storyreel.events.SceneCaptions;
import com.storyreel.events.SceneNarrated;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.VendorCost;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.work.StageExecutor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class SceneNarrationWorkerTests {

    @Test
    void putsWhatTheVendorChargedOnTheEvent() {
        VendorCost cost = new VendorCost("elevenlabs", "characters", 27);
        NarrationProvider provider = new NarrationProvider() {
            @Override
            public String name() {
                return "elevenlabs";
            }

            @Override
            public SpokenNarration narrate(String text, String voice, Path workDir) {
                return new SpokenNarration(workDir.resolve("narration.mp3"), "mp3", "audio/mpeg", 1.23,
                        new SceneCaptions(List.of(new SceneCaptions.Cue(0.05, 0.86, text))), "21m00Tcm4TlvDq8ikWAM",
                        cost);
            }
        };
        StageExecutor executor = mock(StageExecutor.class);
        AtomicReference<Object> published = new AtomicReference<>();
        doAnswer(call -> {
            published.set(call.<Supplier<?>>getArgument(5).get());
            return null;
        }).when(executor).run(any(), anyInt(), any(), anyString(), anyString(), any());

        new SceneNarrationWorker(provider, executor, mock(AssetStore.class), JsonMapper.builder().build())
                .handle(new SceneWritten("st-1", 0, "The fox ran. The owl slept.", "a fox", "16:9", null, "storybook", 0, List.of()));

        assertThat(published.get()).isInstanceOfSatisfying(SceneNarrated.class, narrated -> {
            assertThat(narrated.cost()).isEqualTo(cost);
            assertThat(narrated.audioKey()).endsWith(".mp3");
            assertThat(narrated.durationSeconds()).isEqualTo(1.23);
        });
    }

    @Test
    void narrationByAPaidVendorIsRunAsPaidWorkSoADeadWorkersCallIsNotMadeAgain() {
        NarrationProvider provider = new NarrationProvider() {
            @Override
            public String name() {
                return "elevenlabs";
            }

            @Override
            public boolean paid() {
                return true;
            }

            @Override
            public SpokenNarration narrate(String text, String voice, Path workDir) {
                throw new UnsupportedOperationException("not called by the mocked executor");
            }
        };
        StageExecutor executor = mock(StageExecutor.class);

        new SceneNarrationWorker(provider, executor, mock(AssetStore.class), JsonMapper.builder().build())
                .handle(new SceneWritten("st-2", 0, "The fox ran.", "a fox", "16:9", null, "storybook", 0, List.of()));

        verify(executor).runPaid(any(), anyInt(), any(), anyString(), anyString(), any());
        verify(executor, never()).run(any(), anyInt(), any(), anyString(), anyString(), any());
    }
}
