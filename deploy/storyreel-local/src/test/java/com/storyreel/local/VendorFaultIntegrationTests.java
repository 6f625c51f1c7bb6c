package com.storyreel.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code storyreel serve} against vendors that fail a share of all requests (429s with and without
 * Retry-After, 5xx, HTML error pages, truncated bodies, answers stalled past our read timeout), and
 * against an outage of one vendor. Every story ends, completed or failed with its stage and reason, within
 * a bounded time; a retry completes each failed one; a payment is repeated only where a vendor lost its
 * answer and offers no way to find the job again, and only after the user's retry; the circuit breaker
 * opens in the outage and closes after it.
 *
 * <p>The build runs a short version. The long run, with its figures in docs/reliability.md:
 * {@code ./mvnw -B verify -pl deploy/storyreel-local -am -Dtest=VendorFaultIntegrationTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dstoryreel.faults.stories=12}.
 */
class VendorFaultIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(VendorFaultIntegrationTests.class);
    private static final int SCENES = 3;
    private static final int STORIES = Integer.getInteger("storyreel.faults.stories", 3);
    private static final double RATE = Double.parseDouble(System.getProperty("storyreel.faults.rate", "0.2"));
    private static final long SEED = Long.getLong("storyreel.faults.seed", 20261204L);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
    private static final Set<String> FINAL = Set.of("COMPLETED", "FAILED");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @TempDir
    Path media;

    @Test
    void everyStoryEndsWithinABoundUnderVendorFaultsAndARetryCompletesEachFailedOne() throws Exception {
        log.info("Vendor fault run: {} stories, fault rate {}, seed {}, data in {}", STORIES, RATE, SEED, data);
        var plan = new VendorFakes.FaultPlan(RATE, SEED, READ_TIMEOUT.plusSeconds(2));
        try (VendorFakes vendors = VendorFakes.start(media, SCENES, plan);
                ServeProcess serve = new ServeProcess(data, environment(vendors))) {
            serve.start();
            GatewayClient gateway = new GatewayClient(serve.gatewayUrl(), Optional.empty());
            List<String> stories = new ArrayList<>();
            for (int i = 0; i < STORIES; i++) {
                stories.add(gateway.create(Map.of("prompt", "story " + i + ": a grey cat who keeps a lighthouse", "sceneCount", SCENES)));
            }
            long started = System.nanoTime();
            List<String> failures = new ArrayList<>();
            List<Double> minutesToEnd = new ArrayList<>();
            for (int round = 0; round <= 4; round++) {
                // The bound every story ends within here: the vendors' deadlines are far longer, but nothing waits on them.
                await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> stories.stream().allMatch(id -> FINAL.contains(gateway.story(id).path("status").asString())));
                minutesToEnd.add((System.nanoTime() - started) / 60e9);
                List<JsonNode> failed = stories.stream().map(gateway::story).filter(s -> s.path("status").asString().equals("FAILED")).toList();
                if (failed.isEmpty()) {
                    break;
                }
                for (JsonNode story : failed) {
                    JsonNode error = story.path("error");
                    assertThat(error.path("stage").asString()).as(story.toString()).isNotBlank();
                    assertThat(error.path("reason").asString()).as(story.toString()).isNotBlank();
                    failures.add(error.path("stage").asString() + "/" + error.path("provider").asString() + ": " + error.path("reason").asString());
                    serve.retry(story.path("storyId").asString());
                }
            }
            Map<String, Long> paid = vendors.acceptedByUnit();
            List<String> paidTwice = paid.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
            FaultReport.record("vendor faults", "seed %d, rate %.2f: %d stories; every story ended after %s min (one per retry "
                    + "round); faults %s; %d failures %s; %d paid units, paid twice %s", SEED, RATE, STORIES,
                    minutesToEnd.stream().map(m -> String.format("%.1f", m)).toList(), vendors.faultCounts(), failures.size(),
                    failures, paid.size(), paidTwice);

            assertThat(stories).allSatisfy(id -> assertThat(gateway.story(id).path("status").asString()).as(id).isEqualTo("COMPLETED"));
            assertThat(vendors.faultCounts()).as("faults met").isNotEmpty();
            assertThat(paidTwice).as("paid twice, other than where a vendor lost its answer and cannot find the job")
                    .allSatisfy(unit -> assertThat(VendorFakes.NO_LOOKUP).anySatisfy(vendor -> assertThat(unit).startsWith(vendor)));
        }
    }

    @Test
    void theBreakerOpensInAVendorOutageAndClosesAfterItAndARetriedStoryCompletes() throws Exception {
        try (VendorFakes vendors = VendorFakes.start(media, SCENES);
                ServeProcess serve = new ServeProcess(data, environment(vendors))) {
            serve.start();
            GatewayClient gateway = new GatewayClient(serve.gatewayUrl(), Optional.empty());
            vendors.outage("/elevenlabs/", true);
            List<String> stories = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                stories.add(gateway.create(Map.of("prompt", "outage story " + i + ": a fox who wants to fly", "sceneCount", SCENES)));
            }
            await().atMost(Duration.ofMinutes(3)).until(() -> log(data).contains("Circuit breaker elevenlabs: CLOSED -> OPEN"));
            await().atMost(Duration.ofMinutes(3)).until(() -> stories.stream().allMatch(id -> FINAL.contains(gateway.story(id).path("status").asString())));
            assertThat(stories).allSatisfy(id -> assertThat(gateway.story(id).at("/error/stage").asString()).isEqualTo("NARRATION"));

            vendors.outage("/elevenlabs/", false);
            stories.forEach(serve::retry);
            await().atMost(Duration.ofMinutes(5)).until(() -> stories.stream().allMatch(id -> FINAL.contains(gateway.story(id).path("status").asString())));

            assertThat(stories).allSatisfy(id -> assertThat(gateway.story(id).path("status").asString()).isEqualTo("COMPLETED"));
            assertThat(log(data)).contains("Circuit breaker elevenlabs: OPEN -> HALF_OPEN", "Circuit breaker elevenlabs: HALF_OPEN -> CLOSED");
        }
    }

    /** The fakes' settings, with read timeouts short enough that a stalled answer is given up on quickly. */
    private static Map<String, String> environment(VendorFakes vendors) {
        Map<String, String> env = new LinkedHashMap<>(vendors.environment());
        env.put("STORYREEL_OPENAI_TIMEOUT", READ_TIMEOUT.toString());
        env.put("STORYREEL_LEONARDO_READTIMEOUT", READ_TIMEOUT.toString());
        env.put("STORYREEL_ELEVENLABS_TIMEOUT", READ_TIMEOUT.toString());
        env.put("STORYREEL_JSON2VIDEO_REQUESTTIMEOUT", READ_TIMEOUT.toString());
        // A breaker that decides on a few calls and tries again soon, so an outage is seen within a short test.
        env.put("RESILIENCE4J_CIRCUITBREAKER_CONFIGS_DEFAULT_MINIMUMNUMBEROFCALLS", "4");
        env.put("RESILIENCE4J_CIRCUITBREAKER_CONFIGS_DEFAULT_WAITDURATIONINOPENSTATE", "3s");
        return env;
    }

    private static String log(Path data) throws Exception {
        Path file = data.resolve("storyreel.log");
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
