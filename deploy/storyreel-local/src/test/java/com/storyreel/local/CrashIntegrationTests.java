package com.storyreel.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.storyreel.events.Topics;
import com.storyreel.runtime.media.Ffmpeg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code storyreel serve} killed with SIGKILL at random moments while stories run on the paid vendors'
 * fakes, and started again on the same data. The moments are right after a random vendor request, the
 * worst case for paying twice. Every story completes (a story that failed because a kill left a paid call
 * in doubt is retried, as a user would); the vendors' journals show each paid request made once per unit
 * of work unless the user's retry asked for it again, every output can be downloaded, and no gate fired
 * twice.
 *
 * <p>The build runs a short version. The long run, with its figures in docs/reliability.md:
 * {@code ./mvnw -B verify -pl deploy/storyreel-local -am -Dtest=CrashIntegrationTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dstoryreel.faults.kills=24 -Dstoryreel.faults.stories=4}.
 */
class CrashIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(CrashIntegrationTests.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SCENES = 3;
    private static final int KILLS = Integer.getInteger("storyreel.faults.kills", 2);
    private static final int STORIES_AT_ONCE = Integer.getInteger("storyreel.faults.stories", 2);
    private static final long SEED = Long.getLong("storyreel.faults.seed", 20261204L);
    private static final Set<String> FINAL = Set.of("COMPLETED", "FAILED");

    // Kept when the run fails: the serve-N.out files and data/storyreel.log tell what happened.
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @TempDir
    Path media;

    @Test
    void everyStoryCompletesWithEachPaidRequestMadeOnceWhenServeIsKilledAtRandomMoments() throws Exception {
        Random random = new Random(SEED);
        log.info("Crash run: {} kills, {} stories at a time, seed {}, data in {}", KILLS, STORIES_AT_ONCE, SEED, data);
        try (VendorFakes vendors = VendorFakes.start(media, SCENES); ServeProcess serve = new ServeProcess(data, vendors.environment())) {
            serve.start();
            GatewayClient gateway = new GatewayClient(serve.gatewayUrl(), Optional.empty());
            List<String> stories = new ArrayList<>();
            List<String> batch = List.of();
            long started = System.nanoTime();
            for (int kill = 0; kill < KILLS;) {
                if (batch.stream().allMatch(id -> isFinal(gateway.story(id)))) {
                    batch = startStories(gateway, stories.size(), STORIES_AT_ONCE);
                    stories.addAll(batch);
                }
                // A random moment: after a random number of further vendor requests (or when the batch ends).
                int target = vendors.requestCount() + 1 + random.nextInt(4 * SCENES);
                List<String> running = batch;
                await().atMost(Duration.ofMinutes(3)).until(() -> vendors.requestCount() >= target
                        || running.stream().allMatch(id -> isFinal(gateway.story(id))));
                if (vendors.requestCount() >= target) {
                    serve.kill();
                    kill++;
                    serve.start();
                }
            }
            Map<String, String> retried = finishEveryStory(gateway, serve, stories);
            double minutes = (System.nanoTime() - started) / 60e9;

            Map<String, Long> paid = vendors.acceptedByUnit();
            Map<String, Long> repeated = paid.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            List<String> gatesTwice = gatesFiredTwice(serve.kafkaBootstrapServers());
            List<String> missing = missingOutputs(gateway, stories);
            FaultReport.record("crash", "seed %d: %d kills, %d starts, %d stories in %.1f min, %d retried %s, %d paid units, "
                    + "%d paid twice %s, %d gates fired twice %s, %d outputs missing %s", SEED, KILLS, serve.starts(),
                    stories.size(), minutes, retried.size(), retried, paid.size(), repeated.size(), repeated.keySet(),
                    gatesTwice.size(), gatesTwice, missing.size(), missing);

            assertThat(stories).allSatisfy(id -> assertThat(gateway.story(id).path("status").asString()).as(id).isEqualTo("COMPLETED"));
            assertThat(paid).as("one writing, %s pictures, narrations, clips and merges, and one render per story", SCENES)
                    .hasSize(stories.size() * (2 + 4 * SCENES));
            // A unit is paid for again only where a kill cut off a call to a vendor that cannot look the call up
            // (OpenAI, ElevenLabs, Leonardo): the unit failed saying so, and the user's retry of its story paid again.
            Map<String, String> storyOfUnit = unitsOfStories(gateway, stories);
            assertThat(repeated.keySet()).as("paid twice, other than by a user's retry of a call a kill cut off")
                    .allSatisfy(unit -> assertThat(retried).containsKey(storyOfUnit.get(unit.startsWith("openai ")
                            ? "openai " + unit.substring(unit.lastIndexOf('\n') + 1) : unit)));
            assertThat(gatesTwice).as("gates fired more than once").isEmpty();
            assertThat(missing).as("outputs that cannot be downloaded").isEmpty();
        }
    }

    private static List<String> startStories(GatewayClient gateway, int first, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            ids.add(gateway.create(Map.of("prompt", "story " + i + ": a grey cat who keeps a lighthouse", "sceneCount", SCENES)));
        }
        return ids;
    }

    /**
     * The story of each paid unit, by what the vendor was sent: the writer's by the idea (the last line of the
     * writer's last message), the pictures' and narrations' by each scene's prompt and text.
     */
    private static Map<String, String> unitsOfStories(GatewayClient gateway, List<String> stories) {
        Map<String, String> units = new HashMap<>();
        for (String id : stories) {
            JsonNode story = gateway.story(id);
            units.put("openai " + story.at("/request/prompt").asString(), id);
            for (JsonNode scene : story.path("scenes")) {
                units.put("leonardo " + scene.path("imagePrompt").asString(), id);
                units.put("elevenlabs " + scene.path("narration").asString(), id);
            }
        }
        return units;
    }

    /** Waits for every story to end; one that failed is retried, as a user would, up to three times. Returns why each was. */
    private static Map<String, String> finishEveryStory(GatewayClient gateway, ServeProcess serve, List<String> stories) {
        Map<String, String> retried = new LinkedHashMap<>();
        for (int round = 0; round <= 3; round++) {
            await().atMost(Duration.ofMinutes(5)).until(() -> stories.stream().allMatch(id -> isFinal(gateway.story(id))));
            List<JsonNode> failed = stories.stream().map(gateway::story)
                    .filter(story -> story.path("status").asString().equals("FAILED")).toList();
            if (failed.isEmpty() || round == 3) {
                break;
            }
            for (JsonNode story : failed) {
                String id = story.path("storyId").asString();
                log.info("Retrying {} which failed: {}", id, story.path("error"));
                retried.merge(id, story.at("/error/stage").asString() + ": " + story.at("/error/reason").asString(),
                        (first, next) -> first + "; " + next);
                serve.retry(id);
            }
        }
        return retried;
    }

    /** Gate records that say the same thing twice: the same scene's inputs, or the same story's scenes, in one attempt. */
    private static List<String> gatesFiredTwice(String bootstrapServers) {
        var records = TopicContents.read(bootstrapServers, List.of(Topics.SCENE_INPUTS_READY, Topics.STORY_SCENES_MERGED));
        return records.stream()
                .map(record -> {
                    JsonNode gate = JSON.readTree(record.value());
                    return record.topic() + " " + gate.path("storyId").asString() + " scene " + gate.path("scene").asInt(-1)
                            + " attempt " + gate.path("attempt").asInt();
                })
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
    }

    /** The outputs of every story that cannot be downloaded, or hold no video. */
    private List<String> missingOutputs(GatewayClient gateway, List<String> stories) throws Exception {
        List<String> missing = new ArrayList<>();
        for (String id : stories) {
            JsonNode output = gateway.story(id).path("output");
            for (String kind : List.of("video", "srt", "vtt")) {
                Path file = media.resolve(id + "." + kind);
                try {
                    gateway.download(output.path(kind).asString(), file);
                    if (Files.size(file) == 0 || kind.equals("video") && Ffmpeg.onPath().probe(file).video().isEmpty()) {
                        missing.add(id + " " + kind);
                    }
                }
                catch (RuntimeException ex) {
                    missing.add(id + " " + kind + ": " + ex.getMessage());
                }
            }
        }
        return missing;
    }

    private static boolean isFinal(JsonNode story) {
        return FINAL.contains(story.path("status").asString());
    }
}
