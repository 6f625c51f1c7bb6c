package com.storyreel.story.openai;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.storyreel.events.EventJson;
import com.storyreel.events.StoryRequested;
import com.storyreel.events.SceneScript;
import com.storyreel.events.SceneWritten;
import com.storyreel.events.StoryCharacter;
import com.storyreel.events.StoryWritten;
import com.storyreel.events.VendorCost;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.story.StoryServiceTest;
import com.storyreel.story.writing.StoryIntake;
import com.storyreel.story.state.SceneState;
import com.storyreel.story.state.StoryDocument;
import com.storyreel.story.state.StoryStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.storyreel.story.openai.OpenAiStubs.PATH;
import static com.storyreel.story.openai.OpenAiStubs.completion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** The story service writing with OpenAI (a stub server) instead of locally: the one extra context of this module. */
@StoryServiceTest
class OpenAiStoryIntegrationTests {

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final OpenAiStubServer openAi = new OpenAiStubServer();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    StoryStore store;

    @Autowired
    StoryIntake intake;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void writeWithTheStubbedOpenAi(DynamicPropertyRegistry registry) {
        openAi.writeStories(registry);
        registry.add("resilience4j.retry.instances.openai.wait-duration", () -> "10ms");
    }

    @Test
    void aPromptIsWrittenByOpenAiAndTheWrittenStoryCarriesItsTokenCostAndCharacters() throws Exception {
        String idea = "a lighthouse cat who is afraid of the dark";
        StoryCharacter miso = new StoryCharacter("Miso", "cat", "a small grey cat with a blue collar");
        StoryCharacter ola = new StoryCharacter("Captain Ola", "lighthouse keeper",
                "a stout lighthouse keeper in a red knitted cap with a white moustache");
        List<Map<String, String>> scenes = List.of(
                Map.of("narration", "Miso the cat lived at the top of a lighthouse with Captain Ola.",
                        "image_prompt", "A small grey cat with a blue collar in a lighthouse lamp room at dusk, storybook illustration"),
                Map.of("narration", "One night the great lamp went out, and Miso was brave.",
                        "image_prompt", "Miso holding a lantern on dark stairs, storybook illustration"));
        openAi.stubFor(post(PATH).withRequestBody(containing(idea)).willReturn(completion(JSON.writeValueAsString(
                Map.of("title", "Miso and the Dark", "characters", List.of(miso, ola), "scenes", scenes)), "stop", 350, 250)));

        try (var written = kafka.probe().read("story.written"); var scenesWritten = kafka.probe().read("scene.written")) {
            String storyId = create("{\"prompt\":\"" + idea + "\",\"sceneCount\":2}");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode story = getJson("/api/stories/" + storyId);
                assertThat(story.path("status").asString()).isEqualTo("GENERATING");
                assertThat(story.path("title").asString()).isEqualTo("Miso and the Dark");
                assertThat(story.path("scenes").valueStream().map(s -> s.path("narration").asString()))
                        .containsExactly("Miso the cat lived at the top of a lighthouse with Captain Ola.",
                                "One night the great lamp went out, and Miso was brave.");
                assertThat(story.path("characters").valueStream().map(c -> c.path("name").asString() + " the "
                        + c.path("role").asString() + ": " + c.path("description").asString()))
                        .containsExactly("Miso the cat: " + miso.description(),
                                "Captain Ola the lighthouse keeper: " + ola.description());
            });
            VendorCost cost = new VendorCost("openai", "tokens", 600);
            StoryDocument story = store.find(storyId).orElseThrow();
            assertThat(story.writer()).isEqualTo("openai");
            assertThat(story.writerCost()).isEqualTo(cost);
            assertThat(story.characters()).containsExactly(miso, ola);
            // Every picture of a character named in its scene carries the character's description, as the writer did not.
            assertThat(story.scenes()).extracting(SceneState::imagePrompt).containsExactly(
                    "A small grey cat with a blue collar in a lighthouse lamp room at dusk, storybook illustration. Captain Ola: "
                            + ola.description(),
                    "Miso holding a lantern on dark stairs, storybook illustration. Miso: " + miso.description());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(written.matching(r -> r.ofStory(storyId)))
                    .singleElement().satisfies(record -> {
                        StoryWritten event = EventJson.read(record.value().getBytes(StandardCharsets.UTF_8), StoryWritten.class);
                        assertThat(event.provider()).isEqualTo("openai");
                        assertThat(event.cost()).isEqualTo(cost);
                        assertThat(event.characters()).containsExactly(miso, ola);
                        assertThat(event.scenes()).extracting(SceneScript::imagePrompt)
                                .allSatisfy(prompt -> assertThat(prompt).containsIgnoringCase(miso.description()));
                    }));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scenesWritten.matching(r -> r.ofStory(storyId))
                    .stream().map(record -> EventJson.read(record.value().getBytes(StandardCharsets.UTF_8), SceneWritten.class)))
                    .extracting(SceneWritten::scene, SceneWritten::shown)
                    .containsExactlyInAnyOrder(tuple(0, List.of(miso, ola)), tuple(1, List.of(miso))));
        }
        openAi.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing(idea))
                .withHeader("Authorization", equalTo("Bearer " + OpenAiTestClient.KEY)));
    }

    @Test
    void aWritingCutOffMidCallIsNotAskedOfOpenAiAgainByTheReplicaTakingItOverAndTheStorysRetryAsksOnce() throws Exception {
        String idea = "a heron who collects lost buttons";
        String storyId = "cut-off-" + UUID.randomUUID();
        openAi.stubFor(post(PATH).withRequestBody(containing(idea)).willReturn(completion(JSON.writeValueAsString(Map.of(
                "title", "The Button Heron", "characters", List.of(), "scenes", List.of(Map.of("narration", "The heron found a red button.",
                        "image_prompt", "A tall grey heron holding a red button by a river, storybook illustration")))),
                "stop", 300, 120).withFixedDelay(3000)));
        var requested = new StoryRequested(storyId, idea, null, 1, null, null, null, null, Instant.now());
        var firstReplica = CompletableFuture.runAsync(() -> intake.handle(requested));
        await().atMost(Duration.ofSeconds(30)).until(() -> calls(idea) == 1);

        // The first replica stops renewing mid-call (as if it died), and the request is delivered to another.
        mongo.getCollection("work_units").updateOne(new Document("storyId", storyId),
                new Document("$set", new Document("leaseMs", 0L).append("renewedAt", Date.from(Instant.now().minusSeconds(60)))));
        intake.handle(requested);

        JsonNode failed = awaitStatus(storyId, "FAILED");
        assertThat(failed.at("/error/stage").asString()).isEqualTo("STORY");
        assertThat(failed.at("/error/provider").asString()).isEqualTo("openai");
        assertThat(failed.at("/error/reason").asString()).contains("calling openai, a paid service").contains("Retry the story");
        firstReplica.get(30, TimeUnit.SECONDS);
        assertThat(calls(idea)).isEqualTo(1);
        assertThat(getJson("/api/stories/" + storyId).path("status").asString()).as("the first replica lost it").isEqualTo("FAILED");

        var retried = http.send(HttpRequest.newBuilder(uri("/api/stories/" + storyId + "/retry"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(retried.statusCode()).isEqualTo(202);

        assertThat(awaitStatus(storyId, "GENERATING").path("title").asString()).isEqualTo("The Button Heron");
        assertThat(calls(idea)).isEqualTo(2);
    }

    private int calls(String idea) {
        return openAi.findAll(postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing(idea))).size();
    }

    private JsonNode awaitStatus(String storyId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> getJson("/api/stories/" + storyId),
                story -> story.path("status").asString().equals(status));
    }

    private String create(String body) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri("/api/stories")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
        return JSON.readTree(response.body()).path("storyId").asString();
    }

    private JsonNode getJson(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
