package com.storyreel.local;

import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Batches through the whole product in this JVM: asked for over REST and followed with {@code GET /api/batches/{id}},
 * and made with {@code storyreel make --batch FILE} run as a user runs it, against this gateway. A story is made
 * to fail by asking for a voice no speech engine has: the gateway accepts the name, the narration stage fails it.
 */
class BatchIntegrationTests {

    @TempDir
    static Path data;

    private static LocalServices services;
    private static GatewayClient gateway;

    @BeforeAll
    static void startStoryReel() {
        services = LocalServices.start(data, LocalServices.Addresses.loopback(), Map.of());
        gateway = new GatewayClient(services.gatewayUrl(), Optional.empty());
    }

    @AfterAll
    static void stopStoryReel() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aBatchCompletesEveryStoryAndOneThatFailsFailsAloneCountedWithItsStage(@TempDir Path downloads) {
        JsonNode created = gateway.createBatch(Map.of("stories", List.of(
                Map.of("prompt", "a lighthouse keeper and a lost whale", "sceneCount", 1),
                Map.of("prompt", "a crane who dances in the rain", "sceneCount", 1, "voice", "nobody"),
                Map.of("script", "The robot woke before dawn. It painted the sea until the sun rose.", "sceneCount", 1))),
                "rest-batch-1");
        String batchId = created.path("batchId").asString();
        assertThat(created.path("stories")).hasSize(3);

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway.batch(batchId).path("summary").path("running").asInt() == 0);

        JsonNode batch = gateway.batch(batchId);
        assertThat(batch.path("summary").path("completed").asInt()).as(batch.toString()).isEqualTo(2);
        assertThat(batch.path("summary").path("failed").asInt()).isEqualTo(1);
        assertThat(batch.path("summary").path("total").asInt()).isEqualTo(3);
        assertThat(batch.path("stories").valueStream().map(s -> s.path("storyId").asString()))
                .containsExactlyElementsOf(created.path("stories").valueStream().map(s -> s.path("storyId").asString()).toList());
        for (int completed : new int[] {0, 2}) {
            JsonNode story = batch.path("stories").get(completed);
            assertThat(story.path("status").asString()).isEqualTo("COMPLETED");
            assertThat(story.path("percent").asInt()).isEqualTo(100);
            assertThat(story.path("title").asString()).isNotBlank();
        }
        JsonNode failed = batch.path("stories").get(1);
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("failedStage").asString()).isEqualTo("NARRATION");
        assertThat(failed.path("failedScene").asInt()).isZero();
        assertThat(failed.path("reason").asString()).contains("Unknown voice 'nobody'");
        assertThat(failed.has("video")).isFalse();
        Path video = downloads.resolve("third.mp4");
        gateway.download(batch.path("stories").get(2).path("video").asString(), video);
        assertThat(video).isNotEmptyFile();
    }

    @Test
    void makeBatchMakesEveryLineGoesOnPastAFailureAndEndsWithATableAndTheSameFileAgainPaysForNothingNew(@TempDir Path work)
            throws Exception {
        Path file = Files.writeString(work.resolve("stories.txt"), """
                # two stories, and one no speech engine can narrate
                a fox who wants to fly

                {"script": "The otter found a shell. She kept it by the river.", "aspectRatio": "9:16"}
                {"prompt": "a badger who builds a bridge", "voice": "nobody"}
                """);
        Path out = work.resolve("out");

        String output = makeBatch(file, out, work.resolve("make.out"));

        assertThat(output).contains("Using the StoryReel already serving").contains("3 stories (lines 2-5)")
                .contains("2 of 3 stories completed");
        List<String> table = output.lines().dropWhile(line -> !line.startsWith("line ")).toList();
        assertThat(table).hasSize(5);
        assertThat(table.get(0)).contains("story").contains("status").contains("failed stage").contains("output");
        assertThat(table.get(1)).startsWith("2 ").contains("COMPLETED").endsWith("final.mp4");
        assertThat(table.get(2)).startsWith("4 ").contains("COMPLETED").endsWith("final.mp4");
        assertThat(table.get(3)).startsWith("5 ").contains("FAILED").contains("NARRATION scene 0");
        assertThat(output).contains("failed: Unknown voice 'nobody'").containsPattern("st-\\S+ +GENERATING +\\d+%");
        try (Stream<Path> videos = Files.find(out, 2, (path, attributes) -> path.endsWith("final.mp4"))) {
            assertThat(videos.toList()).hasSize(2).allSatisfy(video -> assertThat(video).isNotEmptyFile());
        }

        // Run again, as after a lost connection: the gateway finds the batch by its key and starts nothing.
        String again = makeBatch(file, out, work.resolve("again.out"));

        assertThat(again.lines().filter(line -> line.startsWith("Batch "))).containsExactlyElementsOf(
                output.lines().filter(line -> line.startsWith("Batch ")).toList());
        assertThat(again.lines().dropWhile(line -> !line.startsWith("line ")).toList()).isEqualTo(table);
    }

    /** Runs {@code storyreel make --batch FILE} against this gateway as a user would; its console, once it ended with 1. */
    private static String makeBatch(Path file, Path out, Path console) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ServeProcess.command("make", "--batch", file.toString(), "--scenes", "1",
                "--port", String.valueOf(URI.create(services.gatewayUrl()).getPort()), "--out", out.toString(),
                "--data", out.resolveSibling("data").toString())).redirectErrorStream(true)
                .redirectOutput(Redirect.to(console.toFile()));
        builder.environment().remove("STORYREEL_API_KEYS");
        Process make = builder.start();
        assertThat(make.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(console);
        assertThat(make.exitValue()).as(output).isEqualTo(1);
        return output;
    }
}
