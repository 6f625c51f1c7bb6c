package com.storyreel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.storyreel.events.SceneEvent;
import com.storyreel.runtime.assets.AssetKeys;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The system as separate processes on one machine, as an operator runs it: {@code storyreel infra}, then
 * each service with {@code storyreel service NAME} in the environment infra printed, the clip stage twice.
 * Stories go in through the gateway and come out whole, and both clip replicas cut clips: they share
 * the clip stage's consumer group, so each reads its own partitions of {@code scene.inputs.ready}.
 */
class SeparateProcessesIntegrationTests {

    private static final String CLIP_SERVICE = "scene-video-service";
    private static final String CLIP_TOPIC = "scene.inputs.ready";
    private static final int SCENES = 1;
    /** Consumer threads per clip replica, set rather than taken from the cores so the group's size is known. */
    private static final int CLIP_THREADS = 2;

    /** Eight JVMs share the machine's cores: compile little, collect simply, keep heaps small. */
    private static final List<String> SERVICE_JVM = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC",
            "-Xms64m", "-Xmx384m");
    private static final List<String> INFRA_JVM = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC",
            "-Xmx512m");

    private static final Logger log = LoggerFactory.getLogger(SeparateProcessesIntegrationTests.class);

    @TempDir
    static Path data;

    private static final List<Process> processes = new CopyOnWriteArrayList<>();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static Map<String, String> environment;
    private static GatewayClient gateway;
    private static String gatewayUrl;
    private static final List<String> clipMetricsUrls = new ArrayList<>();
    private static int clipPartitions;

    @BeforeAll
    static void startInfraThenEveryServiceWithTwoClipReplicas() throws Exception {
        long started = System.nanoTime();
        Path infraOut = data.resolve("infra.out");
        Process infra = start(Map.of(), INFRA_JVM, infraOut, data.resolve("infra.err"),
                "infra", "--data", data.toString(), "--kafka-port", "0", "--s3-port", "0");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            alive(infra, infraOut);
            return Files.readAllLines(infraOut).stream().anyMatch(line -> line.startsWith(StoryReelCli.INFRA_READY));
        });
        environment = environment(Files.readAllLines(infraOut));
        environment.put("STORYREEL_CLIP_CONCURRENCY", String.valueOf(CLIP_THREADS));
        log.info("infra ready in {} s", seconds(started));

        // Started together, so their start-ups overlap; the second clip replica is another process with the same name.
        Map<Process, String> healthUrls = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(LocalServices.names());
        names.add(CLIP_SERVICE);
        for (int replica = 0; replica < names.size(); replica++) {
            String name = names.get(replica);
            int port = ServeProcess.freePort();
            String url = "http://127.0.0.1:" + port;
            Process service = start(environment, SERVICE_JVM, data.resolve(name + "-" + replica + ".out"), null,
                    "service", name, "--port", String.valueOf(port), "--data", data.toString());
            healthUrls.put(service, url + "/actuator/health");
            if (name.equals("story-service")) {
                gatewayUrl = url;
            }
            if (name.equals(CLIP_SERVICE)) {
                clipMetricsUrls.add(url + "/actuator/prometheus");
            }
        }
        gateway = new GatewayClient(gatewayUrl, Optional.empty());
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> {
            healthUrls.keySet().forEach(service -> alive(service, data));
            return healthUrls.values().stream().allMatch(SeparateProcessesIntegrationTests::answers);
        });
        log.info("seven services answering in {} s", seconds(started));
        clipPartitions = awaitClipPartitionsShared();
    }

    @AfterAll
    static void stopEveryProcess() throws InterruptedException {
        for (Process process : processes.reversed()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        for (Process process : processes) {
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void storiesThroughTheGatewayCompleteAndBothClipReplicasCutClips() {
        long started = System.nanoTime();
        List<String> storyIds = new ArrayList<>();
        for (String key : idempotencyKeysCovering(clipPartitions)) {
            String storyId = submit(key);
            assertThat(storyId).as("the storyId the gateway derives from an Idempotency-Key").isEqualTo(storyIdFor(key));
            storyIds.add(storyId);
        }

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String storyId : storyIds) {
                JsonNode story = gateway.story(storyId);
                if ("FAILED".equals(story.path("status").asString())) {
                    throw new IllegalStateException(storyId + " failed: " + story.path("error"));
                }
                assertThat(story.path("status").asString()).as(storyId).isEqualTo("COMPLETED");
            }
        });
        log.info("{} stories completed in {} s", storyIds.size(), seconds(started));
        for (String storyId : storyIds) {
            Path video = data.resolve(storyId + "-final.mp4");
            gateway.download(gateway.story(storyId).path("output").path("video").asString(), video);
            assertThat(video).isNotEmptyFile();
        }
        assertThat(clipMetricsUrls).hasSize(2).allSatisfy(url -> assertThat(clipsCut(url)).as(url).isPositive());
    }

    private static String seconds(long since) {
        return String.format("%.1f", (System.nanoTime() - since) / 1e9);
    }

    /** The partition Kafka's default partitioner gives a record with this key. */
    static int partition(String recordKey, int partitions) {
        return Utils.toPositive(Utils.murmur2(recordKey.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** The storyId the gateway gives a story asked for with this Idempotency-Key (and no API key). */
    private static String storyIdFor(String idempotencyKey) {
        return "st-" + AssetKeys.hash("idempotency", idempotencyKey);
    }

    /**
     * Idempotency-Keys for stories whose scene records, together, land in every partition of
     * {@code scene.inputs.ready}, so whichever partitions a replica holds, it gets scenes to cut.
     */
    static List<String> idempotencyKeysCovering(int partitions) {
        Set<Integer> covered = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (int candidate = 0; covered.size() < partitions; candidate++) {
            String key = "separate-processes-" + candidate;
            String storyId = storyIdFor(key);
            Set<Integer> own = IntStream.range(0, SCENES).mapToObj(scene -> partition(SceneEvent.key(storyId, scene), partitions))
                    .collect(Collectors.toSet());
            if (covered.addAll(own)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * Waits until both clip replicas' consumer threads have joined the group and each holds partitions of
     * scene.inputs.ready, all of them between them; returns how many there are.
     */
    private static int awaitClipPartitionsShared() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")))) {
            int partitions = admin.describeTopics(List.of(CLIP_TOPIC)).allTopicNames().get().get(CLIP_TOPIC).partitions().size();
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250)).until(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(CLIP_SERVICE)).all().get().get(CLIP_SERVICE);
                Set<TopicPartition> assigned = new HashSet<>();
                group.members().forEach(member -> assigned.addAll(member.assignment().topicPartitions()));
                return group.members().size() == 2 * CLIP_THREADS
                        && group.members().stream().noneMatch(member -> member.assignment().topicPartitions().isEmpty())
                        && assigned.size() == partitions;
            });
            return partitions;
        }
    }

    private static String submit(String idempotencyKey) {
        // A one-line script: a short narration, so a short clip; square, the quickest frame to encode.
        String body = "{\"script\":\"A small fox looked up at the sky.\",\"sceneCount\":" + SCENES + ",\"aspectRatio\":\"1:1\"}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/stories"))
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body()).path("storyId").asString();
    }

    /** Clips a replica cut, from its {@code storyreel.stage.work} timer. */
    private static double clipsCut(String metricsUrl) {
        return send(HttpRequest.newBuilder(URI.create(metricsUrl)).build()).body().lines()
                .filter(line -> line.startsWith("storyreel_stage_work_seconds_count{") && line.contains("stage=\"clip\"")
                        && line.contains("outcome=\"done\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** The KEY=VALUE lines infra printed before saying it is ready. */
    private static Map<String, String> environment(List<String> infraOutput) {
        Map<String, String> variables = new LinkedHashMap<>();
        infraOutput.stream().takeWhile(line -> !line.startsWith(StoryReelCli.INFRA_READY))
                .filter(line -> line.matches("[A-Z][A-Z0-9_]*=.*"))
                .forEach(line -> variables.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        assertThat(variables).containsKeys("SPRING_KAFKA_BOOTSTRAP_SERVERS", "SPRING_MONGODB_URI", "STORYREEL_S3_ENDPOINT",
                "STORYREEL_S3_ACCESS_KEY", "STORYREEL_S3_SECRET_KEY", "MANAGEMENT_HEALTH_MONGODB_ENABLED");
        return variables;
    }

    private static Process start(Map<String, String> environment, List<String> jvmOptions, Path output, Path errors,
            String... arguments) {
        ProcessBuilder builder = new ProcessBuilder(ServeProcess.command(jvmOptions, arguments))
                .redirectOutput(Redirect.to(output.toFile()));
        if (errors == null) {
            builder.redirectErrorStream(true);
        }
        else {
            builder.redirectError(Redirect.to(errors.toFile()));
        }
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            processes.add(process);
            return process;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void alive(Process process, Path output) {
        if (!process.isAlive()) {
            throw new IllegalStateException(process.info().commandLine().orElse("a process") + " stopped with exit code "
                    + process.exitValue() + "; see " + output);
        }
    }

    private static boolean answers(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
