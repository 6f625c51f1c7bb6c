package com.storyreel.story.openai;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.storyreel.events.SceneImageGenerated;
import com.storyreel.events.Stage;
import com.storyreel.events.StageFailed;
import com.storyreel.events.VendorCost;
import com.storyreel.localstack.TopicProbeExtension;
import com.storyreel.story.StoryServiceTest;
import com.storyreel.story.WrittenStories;
import com.storyreel.story.progress.StoryProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.storyreel.story.openai.OpenAiStubs.PATH;
import static com.storyreel.story.openai.OpenAiStubs.completion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pre-flight estimate and the budget, with OpenAI (a stub) writing and Leonardo configured for the
 * pictures: a story over budget, or with narration over the cap, fails before anything after it is paid
 * for, and the estimate is on the story; an edit that would take a story over its budget is refused.
 */
@StoryServiceTest
class StoryBudgetIntegrationTests {

    @RegisterExtension
    static final TopicProbeExtension kafka = TopicProbeExtension.reading();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ANSWER_TOKENS = 1000;
    private static final String SHORT_IDEA = "a fox who wants to fly";
    /** The estimate for a two-scene story from the short idea: its messages at four characters a token, and the answer budget. */
    private static final long SHORT_ESTIMATE = (long) Math.ceil((StoryInstructions.forPrompt(2, null, null).length()
            + StoryInstructions.idea(SHORT_IDEA).length() + JSON.readTree(Storyboard.SCHEMA).toString().length()) / 4.0)
            + ANSWER_TOKENS;
    /** Room for the short idea, not for a prompt of 4,000 characters (about 1,000 tokens more). */
    private static final long TOKEN_BUDGET = SHORT_ESTIMATE + 300;

    @RegisterExtension
    static final OpenAiStubServer openAi = new OpenAiStubServer();

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    WrittenStories written;

    @Autowired
    StoryProgress progress;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void budgets(DynamicPropertyRegistry registry) {
        openAi.writeStories(registry);
        registry.add("storyreel.openai.max-completion-tokens", () -> ANSWER_TOKENS);
        registry.add("storyreel.budget.openai-tokens", () -> TOKEN_BUDGET);
        // The image stage would use Leonardo: its key is set. 8 credits a picture, so 2 pictures fit and 3 do not.
        registry.add("storyreel.leonardo.api-key", () -> "leonardo-test-key");
        registry.add("storyreel.image.provider", () -> "auto");
        registry.add("storyreel.budget.leonardo-credits", () -> 20);
        registry.add("storyreel.narration.provider", () -> "local");
        registry.add("storyreel.clip.provider", () -> "ffmpeg");
        registry.add("storyreel.merge.provider", () -> "ffmpeg");
        registry.add("storyreel.render.provider", () -> "ffmpeg");
    }

    @Test
    void aStoryWithinBudgetShowsItsEstimateAndGoesOn() throws Exception {
        answers(SHORT_IDEA, 2, "The fox looked up at the birds.");

        String storyId = create("{\"prompt\":\"" + SHORT_IDEA + "\",\"sceneCount\":2}");

        JsonNode story = awaitStatus(storyId, "GENERATING");
        assertThat(story.path("estimate").path("written").asBoolean()).isTrue();
        assertThat(estimated(story, "openai")).isEqualTo(600);
        assertThat(estimated(story, "leonardo")).isEqualTo(16);
        assertThat(story.path("estimate").path("costs")).hasSize(2);
        assertThat(story.path("estimate").path("videoSeconds").asDouble()).isPositive();
    }

    @Test
    void aPromptWhoseWritingIsOverTheTokenBudgetFailsBeforeOpenAiIsAsked() throws Exception {
        String idea = "a very long idea " + "x".repeat(3900);

        try (var written = kafka.probe().read("story.written")) {
            String storyId = create("{\"prompt\":\"" + idea + "\",\"sceneCount\":2}");

            JsonNode story = awaitStatus(storyId, "FAILED");
            assertThat(story.path("error").path("stage").asString()).isEqualTo("STORY");
            assertThat(story.path("error").path("reason").asString()).startsWith("Over budget: the estimate of openai tokens")
                    .contains("more than the budget of " + TOKEN_BUDGET + " (storyreel.budget.openai-tokens)");
            assertThat(estimated(story, "openai")).isGreaterThan(TOKEN_BUDGET);
            assertThat(story.path("estimate").path("written").asBoolean()).isFalse();
            assertThat(written.matching(r -> r.ofStory(storyId))).isEmpty();
        }
        openAi.verify(exactly(0), postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("a very long idea")));
    }

    @Test
    void aWrittenStoryWhosePicturesAreOverTheCreditBudgetFailsBeforeAnyIsAskedFor() throws Exception {
        String idea = "three owls and a moon";
        answers(idea, 3, "The owls watched the moon rise.");

        try (var written = kafka.probe().read("story.written")) {
            String storyId = create("{\"prompt\":\"" + idea + "\",\"sceneCount\":3}");

            JsonNode story = awaitStatus(storyId, "FAILED");
            assertThat(story.path("error").path("reason").asString()).isEqualTo(
                    "Over budget: the estimate of leonardo credits 24 is more than the budget of 20 (storyreel.budget.leonardo-credits)");
            assertThat(estimated(story, "leonardo")).isEqualTo(24);
            assertThat(story.path("scenes")).isEmpty();
            // Nothing reaches the image stage: no StoryWritten is ever published for it.
            assertThat(written.matching(r -> r.ofStory(storyId))).isEmpty();
        }
        openAi.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing(idea)));
    }

    @Test
    void aWrittenSceneOverTheNarrationCapFailsTheStoryNamingTheCap() throws Exception {
        String idea = "a talkative parrot";
        answers(idea, 1, "Polly talked. ".repeat(120).strip());

        String storyId = create("{\"prompt\":\"" + idea + "\",\"sceneCount\":1}");

        JsonNode story = awaitStatus(storyId, "FAILED");
        assertThat(story.path("error").path("reason").asString()).isEqualTo(
                "Scene 1's narration has 1679 characters, more than the 1500 allowed (storyreel.limits.max-narration-characters)");
        assertThat(story.path("scenes")).isEmpty();
        // What writing it cost is kept with the estimate, although the story was not recorded as written.
        assertThat(estimated(story, "openai")).isEqualTo(600);
    }

    @Test
    void anEditThatWouldTakeAPaidStoryOverItsBudgetIsRefusedAndChangesNothing() throws Exception {
        String storyId = written.story("edit-budget-", 2);
        for (int scene = 0; scene < 2; scene++) {
            progress.onImageGenerated(new SceneImageGenerated(storyId, scene, "img-" + scene, 1920, 1080, "leonardo", 0,
                    new VendorCost("leonardo", "credits", 8)));
        }
        progress.onFailed(new StageFailed(storyId, Stage.CLIP, 1, "ffmpeg", "ffmpeg exited with 1", 0, null));
        JsonNode failed = awaitStatus(storyId, "FAILED");

        // 16 credits paid, and one picture more would be 24: over the budget of 20.
        HttpResponse<String> refused = editScene(storyId, 0, "{\"imagePrompt\":\"a fox under a red kite\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(refused.body()).path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("imagePrompt");
        assertThat(error.path("message").asString()).isEqualTo("this edit would take the story over its budget. Over budget: "
                + "the estimate of leonardo credits 24 is more than the budget of 20 (storyreel.budget.leonardo-credits)");
        JsonNode story = getJson("/api/stories/" + storyId);
        assertThat(story.path("scenes").get(0)).isEqualTo(failed.path("scenes").get(0));
        assertThat(story.path("attempt")).isEqualTo(failed.path("attempt"));

        // A new narration needs no picture and is made on the local voice: within the budget.
        assertThat(editScene(storyId, 0, "{\"narration\":\"The fox flew the kite.\"}").statusCode()).isEqualTo(202);
    }

    private static void answers(String idea, int scenes, String narration) {
        List<Map<String, String>> written = IntStream.range(0, scenes)
                .mapToObj(i -> Map.of("narration", narration, "image_prompt", "scene " + i + ", storybook illustration"))
                .toList();
        openAi.stubFor(post(PATH).withRequestBody(containing(idea)).willReturn(completion(
                JSON.writeValueAsString(Map.of("title", "A Story", "characters", List.of(), "scenes", written)), "stop", 350, 250)));
    }

    private static double estimated(JsonNode story, String vendor) {
        return story.path("estimate").path("costs").valueStream().filter(c -> vendor.equals(c.path("vendor").asString()))
                .findFirst().orElseThrow().path("amount").asDouble();
    }

    private HttpResponse<String> editScene(String storyId, int scene, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/stories/" + storyId + "/scenes/" + scene))
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode awaitStatus(String storyId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> getJson("/api/stories/" + storyId),
                story -> status.equals(story.path("status").asString()));
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
