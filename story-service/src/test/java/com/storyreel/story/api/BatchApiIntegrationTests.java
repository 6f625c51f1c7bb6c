package com.storyreel.story.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.storyreel.events.EventJson;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.Topics;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.story.StoryServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Batches on the story service with the real Kafka, MongoDB-wire server and S3: the stages are not running
 * here, so stories go as far as being written; a stage's failure is published as the stage would publish it.
 * The whole pipeline runs a batch to the end in the launcher's BatchIntegrationTests.
 */
@StoryServiceTest
class BatchApiIntegrationTests {

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void startsEveryStoryOfABatchAndShowsThemInTheOrderAskedFor() throws Exception {
        var response = post("""
                {"stories": [{"prompt": "a fox who wants to fly"}, {"script": "The owl woke at dusk. She flew over the farm."},
                             {"prompt": "a whale who sings", "sceneCount": 2, "aspectRatio": "9:16"}]}""", null);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode created = JSON.readTree(response.body());
        String batchId = created.path("batchId").asString();
        assertThat(batchId).startsWith("ba-");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/batches/" + batchId);
        assertThat(created.path("self").asString()).isEqualTo("/api/batches/" + batchId);
        List<String> storyIds = created.path("stories").valueStream().map(s -> s.path("storyId").asString()).toList();
        assertThat(storyIds).hasSize(3).doesNotHaveDuplicates();
        assertThat(created.path("stories").valueStream().map(s -> s.path("self").asString()))
                .containsExactlyElementsOf(storyIds.stream().map(id -> "/api/stories/" + id).toList());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode batch = getJson("/api/batches/" + batchId);
            assertThat(batch.path("stories").valueStream().map(s -> s.path("storyId").asString())).containsExactlyElementsOf(storyIds);
            assertThat(batch.path("stories").valueStream().map(s -> s.path("status").asString())).containsOnly("GENERATING");
            assertThat(batch.path("stories").valueStream().map(s -> s.path("percent").asInt())).containsOnly(5);
            assertThat(batch.path("summary").path("total").asInt()).isEqualTo(3);
            assertThat(batch.path("summary").path("running").asInt()).isEqualTo(3);
            assertThat(batch.path("summary").path("completed").asInt()).isZero();
        });
        JsonNode third = getJson("/api/stories/" + storyIds.get(2));
        assertThat(third.path("request").path("aspectRatio").asString()).isEqualTo("9:16");
        assertThat(third.path("scenes")).hasSize(2);
        assertThat(getJson("/api/batches/" + batchId).path("createdAt").asString()).isNotBlank();
    }

    @Test
    void aStoryThatFailsIsCountedWithItsStageSceneAndReason() throws Exception {
        JsonNode created = JSON.readTree(post("{\"stories\": [{\"prompt\": \"a heron\"}, {\"prompt\": \"a crane\"}]}", null).body());
        String batchId = created.path("batchId").asString();
        String failing = created.path("stories").get(1).path("storyId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> getJson("/api/stories/" + failing).path("status").asString().equals("GENERATING"));

        kafka.probe().send(Topics.STAGE_FAILED, failing, EventJson.write(new StageFailed(failing, Stage.NARRATION, 0, "local",
                "Unknown voice 'nobody'", 0)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode batch = getJson("/api/batches/" + batchId);
            assertThat(batch.path("summary").path("failed").asInt()).isEqualTo(1);
            assertThat(batch.path("summary").path("running").asInt()).isEqualTo(1);
            JsonNode failed = batch.path("stories").get(1);
            assertThat(failed.path("status").asString()).isEqualTo("FAILED");
            assertThat(failed.path("failedStage").asString()).isEqualTo("NARRATION");
            assertThat(failed.path("failedScene").asInt()).isZero();
            assertThat(failed.path("reason").asString()).isEqualTo("Unknown voice 'nobody'");
            assertThat(batch.path("stories").get(0).has("failedStage")).isFalse();
        });
    }

    @Test
    void aStoryHeldForReviewIsCountedAsAwaitingApproval() throws Exception {
        JsonNode created = JSON.readTree(post("""
                {"stories": [{"prompt": "a kite", "review": "storyboard"}, {"prompt": "a kestrel"}]}""", null).body());
        String batchId = created.path("batchId").asString();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode batch = getJson("/api/batches/" + batchId);
            assertThat(batch.path("stories").get(0).path("status").asString()).isEqualTo("AWAITING_APPROVAL");
            assertThat(batch.path("summary").path("awaitingApproval").asInt()).isEqualTo(1);
            assertThat(batch.path("summary").path("running").asInt()).isEqualTo(1);
        });
    }

    @Test
    void theSameIdempotencyKeyReturnsTheSameBatchAndStartsNothingNew() throws Exception {
        String key = "batch-" + UUID.randomUUID();
        String body = "{\"stories\": [{\"prompt\": \"a mole\"}, {\"prompt\": \"a vole\"}]}";
        JsonNode first = JSON.readTree(post(body, key).body());
        long stories = getJson("/api/stories?size=1").path("total").asLong();

        var again = post(body, key);

        assertThat(again.statusCode()).isEqualTo(202);
        JsonNode second = JSON.readTree(again.body());
        assertThat(second.path("batchId").asString()).isEqualTo(first.path("batchId").asString());
        assertThat(second.path("stories")).isEqualTo(first.path("stories"));
        assertThat(getJson("/api/stories?size=1").path("total").asLong()).isEqualTo(stories);
    }

    @Test
    void anIdempotencyKeyReusedForABatchOfAnotherSizeIsRefused() throws Exception {
        String key = "batch-" + UUID.randomUUID();
        post("{\"stories\": [{\"prompt\": \"a wren\"}]}", key);

        var response = post("{\"stories\": [{\"prompt\": \"a wren\"}, {\"prompt\": \"a robin\"}]}", key);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void aBatchWithOneBadItemIsRefusedNamingItAndStartsNothing() throws Exception {
        long stories = getJson("/api/stories?size=1").path("total").asLong();

        var response = post("{\"stories\": [{\"prompt\": \"a lark\"}, {\"prompt\": \"a finch\", \"sceneCount\": 40}]}", null);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString())).containsExactly("stories[1].sceneCount");
        assertThat(getJson("/api/stories?size=1").path("total").asLong()).isEqualTo(stories);
    }

    @Test
    void anUnknownBatchIsANotFoundProblem() throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri("/api/batches/ba-nope")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).path("detail").asString()).contains("ba-nope");
    }

    private HttpResponse<String> post(String body, String idempotencyKey) throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/batches")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
