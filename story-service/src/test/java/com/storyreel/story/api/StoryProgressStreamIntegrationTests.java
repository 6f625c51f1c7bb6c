package com.storyreel.story.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.storyreel.story.StoryServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.TaskScheduler;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress streams run on threads of their own, not on the scheduler that gate recovery uses. */
@StoryServiceTest
class StoryProgressStreamIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TaskScheduler scheduler;

    @Test
    void progressKeepsStreamingWhileTheSharedSchedulerIsBusy() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        scheduler.schedule(() -> {
            busy.countDown();
            try {
                release.await(2, TimeUnit.MINUTES);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }, Instant.now());
        try {
            assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();
            var created = http.send(HttpRequest.newBuilder(uri("/api/stories")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"script\":\"The moth found the lamp. It circled until dawn.\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String storyId = JSON.readTree(created.body()).path("storyId").asString();
            var events = http.send(HttpRequest.newBuilder(uri("/api/stories/" + storyId + "/events"))
                    .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofLines());

            try (var lines = events.body()) {
                // The first view is sent on subscribing; GENERATING can only come from the stream's own poll,
                // which on the blocked scheduler would not run before the blocker is released.
                var generating = CompletableFuture.supplyAsync(() -> lines.filter(line -> line.startsWith("data:"))
                        .map(line -> JSON.readTree(line.substring(5)).path("status").asString())
                        .anyMatch("GENERATING"::equals));
                assertThat(generating.get(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        finally {
            release.countDown();
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
