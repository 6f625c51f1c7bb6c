package com.storyreel.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The infrastructure failing under running stories, in the one-JVM system {@code ./storyreel serve}
 * runs: the Kafka broker restarted, MongoDB unreachable for 10 s, S3 failing for 10 s. Each story
 * completes, and no record was dead-lettered on the way.
 */
class InfrastructureFaultIntegrationTests {

    private static final Duration OUTAGE = Duration.ofSeconds(10);

    @TempDir
    static Path data;

    private static LocalServices services;
    private static GatewayClient gateway;
    private static final ScheduledExecutorService repairs = Executors.newSingleThreadScheduledExecutor();

    @BeforeAll
    static void startStoryReel() {
        services = LocalServices.start(data, LocalServices.Addresses.loopback(), Map.of());
        gateway = new GatewayClient(services.gatewayUrl(), Optional.empty());
    }

    @AfterAll
    static void stopStoryReel() {
        repairs.shutdownNow();
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aStoryCompletesWhenTheKafkaBrokerRestartsMidStory() {
        String storyId = storyUnderWay("a lighthouse keeper and a lost whale");
        services.stack().kafka().restart();

        assertCompletesWithNothingDeadLettered(storyId);
    }

    @Test
    void aStoryCompletesWhenMongoDbIsUnreachableForTenSeconds() {
        String storyId = storyUnderWay("an owl who cannot sleep at night");
        services.stack().mongo().stop();
        repairs.schedule(() -> services.stack().mongo().resume(), OUTAGE.toMillis(), TimeUnit.MILLISECONDS);

        assertCompletesWithNothingDeadLettered(storyId);
    }

    @Test
    void aStoryCompletesWhenS3FailsForTenSeconds() throws Exception {
        String storyId = storyUnderWay("a robot who learns to paint");
        services.stack().s3().stop();
        repairs.schedule(() -> services.stack().s3().resume(), OUTAGE.toMillis(), TimeUnit.MILLISECONDS);

        assertCompletesWithNothingDeadLettered(storyId);
    }

    /** A two-scene story whose scenes are being made. */
    private static String storyUnderWay(String prompt) {
        String storyId = gateway.create(Map.of("prompt", prompt, "sceneCount", 2));
        await().atMost(Duration.ofMinutes(1)).until(() -> gateway.story(storyId).path("status").asString().equals("GENERATING"));
        return storyId;
    }

    private static void assertCompletesWithNothingDeadLettered(String storyId) {
        await().atMost(Duration.ofMinutes(4)).ignoreExceptions().pollInterval(Duration.ofSeconds(1))
                .until(() -> List.of("COMPLETED", "FAILED").contains(gateway.story(storyId).path("status").asString()));
        var story = gateway.story(storyId);
        assertThat(story.path("status").asString()).as(story.toString()).isEqualTo("COMPLETED");
        String kafka = services.kafkaBootstrapServers();
        List<String> deadLetters = TopicContents.topics(kafka).stream().filter(topic -> topic.endsWith(".dlt")).toList();
        assertThat(TopicContents.read(kafka, deadLetters)).as("dead-lettered records").isEmpty();
    }
}
