package com.storyreel.local;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A story made by every paid vendor's fake, each as slow as in production (OpenAI 4 s, ElevenLabs 3 s a
 * scene, Leonardo generations and JSON2Video movies 8-10 s each) with the production poll settings,
 * against its critical path: the writing, then a scene's picture (longer than its narration), clip and
 * merge, then the render. The difference is what our side adds: polls, queues, hops. The figures are
 * appended to {@code target/fault-suite.txt} and quoted in docs/benchmarks.md.
 *
 * <p>Not part of the build (its name does not end in Tests):
 * {@code ./mvnw -B -o -pl deploy/storyreel-local -am verify -Dtest=VendorLatencyBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dstoryreel.bench.scenes=6]}.
 */
class VendorLatencyBenchmark {

    private static final int SCENES = Integer.getInteger("storyreel.bench.scenes", 6);
    private static final VendorFakes.Latency PRODUCTION = new VendorFakes.Latency(Duration.ofSeconds(4),
            Duration.ofSeconds(3), Duration.ofSeconds(8), Duration.ofSeconds(10));

    @TempDir
    Path data;

    @TempDir
    Path media;

    @Test
    void aStoryOnVendorsAsSlowAsInProductionComesCloseToItsCriticalPath() throws Exception {
        try (VendorFakes vendors = VendorFakes.start(media, SCENES, PRODUCTION)) {
            Map<String, String> environment = new LinkedHashMap<>(vendors.environment());
            // The production poll settings, not the tests' quick ones.
            environment.keySet().removeAll(Set.of("STORYREEL_LEONARDO_FIRSTPOLLDELAY", "STORYREEL_LEONARDO_MAXPOLLDELAY",
                    "STORYREEL_JOBS_POLLINTERVAL"));
            try (ServeProcess serve = new ServeProcess(data, environment)) {
                serve.start();
                GatewayClient gateway = new GatewayClient(serve.gatewayUrl(), Optional.empty());
                long started = System.nanoTime();
                String storyId = gateway.create(Map.of("prompt", "a grey cat who keeps a lighthouse", "sceneCount", SCENES));
                await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                        Set.of("COMPLETED", "FAILED").contains(gateway.story(storyId).path("status").asString()));
                double seconds = (System.nanoTime() - started) / 1e9;

                JsonNode story = gateway.story(storyId);
                assertThat(story.path("status").asString()).isEqualTo("COMPLETED");
                Instant created = Instant.parse(story.path("createdAt").asString());
                Map<String, String> lastDone = new LinkedHashMap<>();
                for (String stage : List.of("image", "narration", "clip", "merge")) {
                    Instant last = StreamSupport.stream(story.path("scenes").spliterator(), false)
                            .map(scene -> Instant.parse(scene.at("/stages/" + stage + "/finishedAt").asString()))
                            .max(Comparator.naturalOrder()).orElseThrow();
                    lastDone.put(stage, "%.1f s".formatted(Duration.between(created, last).toMillis() / 1e3));
                }
                lastDone.put("render", "%.1f s".formatted(Duration.between(created,
                        Instant.parse(story.path("updatedAt").asString())).toMillis() / 1e3));
                double job = PRODUCTION.longestJob().toMillis() / 1e3;
                double criticalPath = PRODUCTION.writing().toMillis() / 1e3 + 4 * job;
                FaultReport.record("vendor-latency", "%d scenes: %.1f s from the request to COMPLETED; critical path at most"
                        + " %.1f s (writing %s, then picture, clip, merge and render at up to %.0f s each; %d narrations of"
                        + " %s at ELEVENLABS_CONCURRENCY beside the pictures); our side added at least %.1f s; the last"
                        + " scene's stage done after the request: %s", SCENES, seconds, criticalPath, PRODUCTION.writing(), job,
                        SCENES, PRODUCTION.speech(), seconds - criticalPath, lastDone);
            }
        }
    }
}
