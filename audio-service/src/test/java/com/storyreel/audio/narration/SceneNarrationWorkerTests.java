package com.storyreel.audio.narration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.storyreel.events.SceneCaptions;
import com.storyreel.events.SceneNarrated;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.VendorCost;
import com.storyreel.localstack.SharedLocalStack;
import com.storyreel.localstack.TestStack;
import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.work.StageExecutor;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
        NarrationProvider provider = new PaidVendor() {
        };
        StageExecutor executor = mock(StageExecutor.class);

        new SceneNarrationWorker(provider, executor, mock(AssetStore.class), JsonMapper.builder().build())
                .handle(new SceneWritten("st-2", 0, "The fox ran.", "a fox", "16:9", null, "storybook", 0, List.of()));

        verify(executor).runPaid(any(), anyInt(), any(), anyString(), anyString(), any(), any());
        verify(executor, never()).run(any(), anyInt(), any(), anyString(), anyString(), any());
    }

    @Test
    void aPaidNarrationWhoseWorkerDiedAfterTheAnswerIsFinishedFromTheKeptAnswerWithoutPayingAgain() throws Exception {
        byte[] sound = "ID3 the vendor's mp3".getBytes(StandardCharsets.UTF_8);
        AtomicInteger calls = new AtomicInteger();
        NarrationProvider provider = new PaidVendor() {
            @Override
            public SpokenNarration narrate(String text, String voice, Path workDir, Consumer<KeptAnswer> keep) {
                calls.incrementAndGet();
                try {
                    keep.accept(new KeptAnswer(Files.write(workDir.resolve("narration.mp3"), sound), "mp3", "audio/mpeg",
                            "{\"billed\":27}"));
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                throw new IllegalStateException("the worker died before it recorded the narration");
            }

            @Override
            public SpokenNarration fromKept(String text, String voice, KeptAnswer answer) {
                assertThat(answer.audio()).hasBinaryContent(sound);
                assertThat(answer.details()).isEqualTo("{\"billed\":27}");
                return new SpokenNarration(answer.audio(), answer.extension(), answer.contentType(), 1.5,
                        new SceneCaptions(List.of(new SceneCaptions.Cue(0.05, 1.4, text))), "21m00Tcm4TlvDq8ikWAM",
                        new VendorCost("elevenlabs", "characters", 27));
            }
        };
        StageExecutor executor = mock(StageExecutor.class);
        AtomicReference<Supplier<?>> work = new AtomicReference<>();
        AtomicReference<Supplier<Optional<?>>> kept = new AtomicReference<>();
        doAnswer(call -> {
            work.set(call.getArgument(5));
            kept.set(call.getArgument(6));
            return null;
        }).when(executor).runPaid(any(), anyInt(), any(), anyString(), anyString(), any(), any());
        AssetStore assets = assetStore();
        String storyId = "st-kept-" + UUID.randomUUID();

        new SceneNarrationWorker(provider, executor, assets, JsonMapper.builder().build())
                .handle(new SceneWritten(storyId, 0, "The fox ran.", "a fox", "16:9", null, "storybook", 0, List.of()));

        assertThat(kept.get().get()).as("nothing kept before the vendor answered").isEmpty();
        assertThatThrownBy(() -> work.get().get()).hasMessageContaining("the worker died");
        assertThat(kept.get().get()).hasValueSatisfying(narrated -> assertThat(narrated).isInstanceOfSatisfying(
                SceneNarrated.class, scene -> {
                    assertThat(scene.cost()).isEqualTo(new VendorCost("elevenlabs", "characters", 27));
                    assertThat(assets.read(scene.audioKey())).isEqualTo(sound);
                    assertThat(assets.exists(scene.captionsKey())).isTrue();
                }));
        assertThat(calls).as("the vendor was asked once").hasValue(1);
    }

    /** A vendor that bills each narration: the worker asks it only through the narration that keeps its answer. */
    private abstract static class PaidVendor implements NarrationProvider {

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
            throw new UnsupportedOperationException("paid narration keeps its answer");
        }
    }

    /** An asset store on the shared local stack's S3-API server. */
    private static AssetStore assetStore() {
        TestStack.S3 s3 = SharedLocalStack.get().s3();
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
        S3Client client = S3Client.builder().region(Region.US_EAST_1).credentialsProvider(credentials)
                .endpointOverride(s3.endpoint()).forcePathStyle(true).build();
        S3Presigner presigner = S3Presigner.builder().region(Region.US_EAST_1).credentialsProvider(credentials)
                .endpointOverride(s3.endpoint()).build();
        AssetStore assets = new AssetStore(client, presigner, "narration-worker-tests", Duration.ofHours(1));
        assets.ensureBucket();
        return assets;
    }
}
