package com.storyreel.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code storyreel serve} as its own process, killed mid-story and started again on the same data. */
class StoryReelRestartIntegrationTests {

    @TempDir
    Path data;

    @Test
    void storyInterruptedByAKillFinishesAfterServeStartsAgain() throws Exception {
        int port = freePort();
        int kafkaPort = freePort();
        int s3Port = freePort();
        GatewayClient gateway = new GatewayClient("http://127.0.0.1:" + port, Optional.empty());

        Process first = serve(port, kafkaPort, s3Port, "first.out");
        String storyId;
        try {
            await().atMost(Duration.ofSeconds(120)).until(gateway::isUp);
            storyId = gateway.create(Map.of("script", "A kite rose over the windy hill. It danced until the sun went down.",
                    "sceneCount", 2, "aspectRatio", "1:1"));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !"REQUESTED".equals(status(gateway, storyId)) && !"WRITING".equals(status(gateway, storyId)));
        }
        finally {
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Process second = serve(port, kafkaPort, s3Port, "second.out");
        try {
            await().atMost(Duration.ofSeconds(120)).until(gateway::isUp);
            JsonNode afterRestart = gateway.story(storyId);
            assertThat(afterRestart.path("status").asString()).isNotEqualTo("COMPLETED");

            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> List.of("COMPLETED", "FAILED").contains(status(gateway, storyId)));
            JsonNode story = gateway.story(storyId);
            assertThat(story.path("status").asString()).as(story.toString()).isEqualTo("COMPLETED");
            assertThat(story.path("output").path("durationSeconds").asDouble()).isGreaterThan(2);
        }
        finally {
            second.destroy();
            if (!second.waitFor(60, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    private Process serve(int port, int kafkaPort, int s3Port, String output) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoryReelCli.class.getName(), "serve",
                "--data", data.toString(), "--port", String.valueOf(port), "--kafka-port", String.valueOf(kafkaPort),
                "--s3-port", String.valueOf(s3Port))
                .redirectErrorStream(true)
                .redirectOutput(data.resolve(output).toFile())
                .start();
    }

    private static String status(GatewayClient gateway, String storyId) {
        return gateway.story(storyId).path("status").asString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
