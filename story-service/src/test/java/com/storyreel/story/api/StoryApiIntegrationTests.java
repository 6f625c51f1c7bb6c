package com.storyreel.story.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.story.StoryServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@StoryServiceTest
class StoryApiIntegrationTests {

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void acceptsAPromptAndAnswersWithTheStoryLocation() throws Exception {
        var response = post("{\"prompt\":\"a fox who wants to fly\",\"sceneCount\":3}", null);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(response.body());
        String storyId = body.path("storyId").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/stories/" + storyId);
        assertThat(body.path("status").asString()).isEqualTo("REQUESTED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode story = getJson("/api/stories/" + storyId);
            assertThat(story.path("status").asString()).isEqualTo("GENERATING");
            assertThat(story.path("scenes")).hasSize(3);
            assertThat(story.path("scenes").get(0).path("stages").path("image").path("state").asString()).isEqualTo("PENDING");
            assertThat(story.path("characters").isArray()).as("the story's bible").isTrue();
            // Whoever the writer names in a scene is drawn from the same description there.
            for (JsonNode character : story.path("characters")) {
                assertThat(character.path("description").asString()).isNotBlank();
                story.path("scenes").valueStream()
                        .filter(scene -> scene.path("narration").asString().contains(character.path("name").asString()))
                        .forEach(scene -> assertThat(scene.path("imagePrompt").asString())
                                .containsIgnoringCase(character.path("description").asString()));
            }
        });
    }

    @Test
    void streamsProgressAsServerSentEventsWithoutRepeats() throws Exception {
        String storyId = JSON.readTree(post("{\"script\":\"The owl woke at dusk. She flew over the sleeping farm.\"}", null).body())
                .path("storyId").asString();
        var response = http.send(HttpRequest.newBuilder(uri("/api/stories/" + storyId + "/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        List<JsonNode> events = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        var lines = response.body().iterator();
        while (lines.hasNext() && events.stream().noneMatch(e -> "GENERATING".equals(e.path("status").asString()))) {
            String line = lines.next();
            if (line.startsWith("id:")) {
                ids.add(line.substring(3));
            }
            if (line.startsWith("data:")) {
                events.add(JSON.readTree(line.substring(5)));
            }
        }
        response.body().close();

        assertThat(events).allSatisfy(e -> assertThat(e.path("storyId").asString()).isEqualTo(storyId));
        assertThat(events.getLast().path("scenes")).isNotEmpty();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void sameIdempotencyKeyReturnsTheSameStory() throws Exception {
        String key = "key-" + UUID.randomUUID();
        String body = "{\"script\":\"One small step. Then another.\"}";
        String first = JSON.readTree(post(body, key).body()).path("storyId").asString();
        var again = post(body, key);

        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(again.body()).path("storyId").asString()).isEqualTo(first);
    }

    @Test
    void idempotencyKeyReusedForADifferentRequestIsRejected() throws Exception {
        String key = "key-" + UUID.randomUUID();
        post("{\"prompt\":\"a whale\"}", key);
        var response = post("{\"prompt\":\"a dragon\"}", key);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                Arguments.of("missing prompt and script", "{\"sceneCount\":3}", "prompt"),
                Arguments.of("both prompt and script", "{\"prompt\":\"a\",\"script\":\"b.\"}", "script"),
                Arguments.of("no scenes", "{\"prompt\":\"a fox\",\"sceneCount\":0}", "sceneCount"),
                Arguments.of("too many scenes", "{\"prompt\":\"a fox\",\"sceneCount\":21}", "sceneCount"),
                Arguments.of("unknown aspect", "{\"prompt\":\"a fox\",\"aspectRatio\":\"4:3\"}", "aspectRatio"),
                Arguments.of("prompt too long", "{\"prompt\":\"" + "x".repeat(4001) + "\"}", "prompt"),
                Arguments.of("scene count not a number", "{\"prompt\":\"a fox\",\"sceneCount\":\"three\"}", "sceneCount"),
                Arguments.of("unknown field", "{\"prompt\":\"a fox\",\"scenecount\":3}", "scenecount"),
                Arguments.of("broken JSON", "{\"prompt\":\"a fox\"", "body"),
                Arguments.of("a body that is a list", "[{\"prompt\":\"a fox\"}]", "body"),
                Arguments.of("prompt that is an object", "{\"prompt\":{\"text\":\"a fox\"}}", "prompt"),
                Arguments.of("control characters in the prompt", "{\"prompt\":\"a fox\\u0000\\u001b[2J\"}", "prompt"),
                Arguments.of("control characters in the script", "{\"script\":\"The owl woke.\\u0007\"}", "script"),
                Arguments.of("long unicode prompt", "{\"prompt\":\"" + "\uD83E\uDD8A".repeat(4001) + "\"}", "prompt"),
                Arguments.of("path as a voice", "{\"prompt\":\"a fox\",\"voice\":\"../../etc/passwd\"}", "voice"),
                Arguments.of("path as a style", "{\"prompt\":\"a fox\",\"style\":\"..%2F..%2Fetc\"}", "style"),
                Arguments.of("path as an aspect ratio", "{\"prompt\":\"a fox\",\"aspectRatio\":\"/etc/hosts\"}", "aspectRatio"),
                Arguments.of("script with more narration a scene than allowed", "{\"script\":\""
                        + "The owl woke. ".repeat(120) + "\",\"sceneCount\":1}", "script"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void rejectsBadInputWithAProblemNamingTheField(String description, String body, String field) throws Exception {
        var response = post(body, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString())).contains(field);
    }

    @Test
    void unknownStoryIsANotFoundProblem() throws Exception {
        var response = get("/api/stories/st-nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("detail").asString()).contains("st-nope");
    }

    @Test
    void storyIdNoStoryCanHaveIsABadRequestNamingTheField() throws Exception {
        var response = get("/api/stories/" + "a".repeat(65));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString())).containsExactly("storyId");
        assertThat(problem.path("detail").asString()).doesNotContain("a".repeat(65));
    }

    @Test
    void listsStoriesNewestFirst() throws Exception {
        String older = JSON.readTree(post("{\"prompt\":\"an owl\"}", null).body()).path("storyId").asString();
        String newer = JSON.readTree(post("{\"prompt\":\"a bear\"}", null).body()).path("storyId").asString();

        JsonNode page = getJson("/api/stories?size=100");

        var ids = page.path("items").valueStream().map(s -> s.path("storyId").asString()).toList();
        assertThat(ids).containsSubsequence(newer, older);
        assertThat(page.path("items").valueStream()).as("characters are on a story's own page").noneMatch(s -> s.has("characters"));
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void retryingAStoryThatHasNotFailedIsAConflict() throws Exception {
        String storyId = JSON.readTree(post("{\"prompt\":\"a cat\"}", null).body()).path("storyId").asString();

        var response = http.send(HttpRequest.newBuilder(uri("/api/stories/" + storyId + "/retry"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(409);
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        JsonNode api = getJson("/v3/api-docs");

        assertThat(api.path("paths").has("/api/stories")).isTrue();
        assertThat(api.path("paths").has("/api/stories/{storyId}/retry")).isTrue();
    }

    @Test
    void storyRequestedRecordOnTheTopicIsWrittenLikeARestRequest() throws Exception {
        String storyId = "kafka-" + UUID.randomUUID();
        kafka.probe().send("story.requested", storyId, """
                {"storyId":"%s","script":"The moon rose over the harbor. A small boat waited.","aspectRatio":"9:16"}"""
                .formatted(storyId));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode story = getJson("/api/stories/" + storyId);
            assertThat(story.path("status").asString()).isEqualTo("GENERATING");
            assertThat(story.path("request").path("aspectRatio").asString()).isEqualTo("9:16");
            assertThat(story.path("scenes").get(0).path("narration").asString()).startsWith("The moon rose");
        });
    }

    @Test
    void invalidStoryRequestedRecordFailsTheStoryNamingTheField() throws Exception {
        String storyId = "kafka-bad-" + UUID.randomUUID();
        kafka.probe().send("story.requested", storyId, "{\"storyId\":\"%s\",\"prompt\":\"a fox\",\"sceneCount\":40}".formatted(storyId));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode story = getJson("/api/stories/" + storyId);
            assertThat(story.path("status").asString()).isEqualTo("FAILED");
            assertThat(story.path("error").path("stage").asString()).isEqualTo("STORY");
            assertThat(story.path("error").path("reason").asString()).contains("sceneCount");
        });
    }

    private HttpResponse<String> post(String body, String idempotencyKey) throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/stories")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
