package com.storyreel.story.openai;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.storyreel.events.VendorCost;
import com.storyreel.runtime.vendor.VendorException;
import com.storyreel.story.openai.OpenAiClient.Answer;
import com.storyreel.story.openai.OpenAiClient.ChatMessage;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.storyreel.story.openai.OpenAiStubs.PATH;
import static com.storyreel.story.openai.OpenAiStubs.bareCompletion;
import static com.storyreel.story.openai.OpenAiStubs.completion;
import static com.storyreel.story.openai.OpenAiStubs.error;
import static com.storyreel.story.openai.OpenAiStubs.quotaSpent;
import static com.storyreel.story.openai.OpenAiStubs.rateLimited;
import static com.storyreel.story.openai.OpenAiStubs.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenAiClientTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String STORYBOARD = """
            {"title":"Pip Learns to Fly","characters":[],"scenes":[{"narration":"Pip the fox watched the birds.","image_prompt":"a small red fox on a hill at dawn, storybook illustration"}]}""";

    private static final List<ChatMessage> MESSAGES = List.of(ChatMessage.system("Write a story."),
            ChatMessage.user("a fox who wants to fly"));

    private final ResponseSchema<Storyboard> schema = new ResponseSchema<>(Storyboard.NAME,
            JSON.readTree(Storyboard.SCHEMA), Storyboard.class);

    private final RetryRegistry retries = OpenAiTestClient.quickRetries();

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private WireMockServer server;

    private OpenAiClient client;

    @BeforeEach
    void startStubServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        client = OpenAiTestClient.against(server.baseUrl(), retries, JSON);
        retries.retry(OpenAiClient.VENDOR).getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));
    }

    @AfterEach
    void stopStubServer() {
        server.stop();
    }

    @Test
    void readsTheAnswerIntoTheSchemaAndCountsItsTokens() {
        server.stubFor(post(PATH).willReturn(completion(STORYBOARD, "stop", 120, 80)));

        Answer<Storyboard> answer = client.answer(MESSAGES, schema);

        assertThat(answer.value().title()).isEqualTo("Pip Learns to Fly");
        assertThat(answer.value().scenes()).singleElement().satisfies(scene -> {
            assertThat(scene.narration()).isEqualTo("Pip the fox watched the birds.");
            assertThat(scene.imagePrompt()).startsWith("a small red fox");
        });
        assertThat(answer.cost()).isEqualTo(new VendorCost("openai", "tokens", 200));
    }

    @Test
    void sendsTheModelTheMessagesTheBudgetAndTheStrictSchemaWithTheKeyAsBearerToken() {
        server.stubFor(post(PATH).willReturn(completion(STORYBOARD, "stop", 120, 80)));

        client.answer(MESSAGES, schema);

        server.verify(exactly(1), postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + OpenAiTestClient.KEY))
                .withHeader("Content-Type", equalTo("application/json")));
        JsonNode body = onlyRequestBody();
        assertThat(body.path("model").asString()).isEqualTo("gpt-4o-mini");
        assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(4000);
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.7);
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(body.path("messages").valueStream().map(m -> m.path("role").asString() + ": " + m.path("content").asString()))
                .containsExactly("system: Write a story.", "user: a fox who wants to fly");
        JsonNode format = body.path("response_format");
        assertThat(format.path("type").asString()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("name").asString()).isEqualTo("storyboard");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        assertThat(format.path("json_schema").path("schema")).isEqualTo(JSON.readTree(Storyboard.SCHEMA));
    }

    @Test
    void toleratesAnswersWithoutTokenDetailsOrRateLimitHeaders() {
        server.stubFor(post(PATH).willReturn(bareCompletion(STORYBOARD, 10, 5)));

        assertThat(client.answer(MESSAGES, schema).cost().amount()).isEqualTo(15);
    }

    @Test
    void retriesARateLimitAfterTheWaitTheVendorAsksFor() {
        server.stubFor(post(PATH).inScenario("rate limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(rateLimited()).willSetStateTo("again"));
        server.stubFor(post(PATH).inScenario("rate limit").whenScenarioStateIs("again")
                .willReturn(completion(STORYBOARD, "stop", 120, 80)));

        Answer<Storyboard> answer = client.answer(MESSAGES, schema);

        assertThat(answer.value().title()).isEqualTo("Pip Learns to Fly");
        server.verify(exactly(2), postRequestedFor(urlEqualTo(PATH)));
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void failsAtOnceWhenTheQuotaIsSpent() {
        server.stubFor(post(PATH).willReturn(quotaSpent()));

        assertThatThrownBy(() -> client.answer(MESSAGES, schema)).isInstanceOfSatisfying(VendorException.class, failure -> {
            assertThat(failure.retryable()).isFalse();
            assertThat(failure.isTransient()).isFalse();
            assertThat(failure).hasMessageStartingWith("openai: OpenAI has no quota left for this API key")
                    .hasMessageContaining("HTTP 429 insufficient_quota")
                    .hasMessageContaining("You exceeded your current quota");
        });
        server.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void retriesAServerErrorThenSucceeds() {
        server.stubFor(post(PATH).inScenario("server error").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(500, "The server had an error while processing your request. Sorry about that!",
                        "server_error", null))
                .willSetStateTo("recovered"));
        server.stubFor(post(PATH).inScenario("server error").whenScenarioStateIs("recovered")
                .willReturn(completion(STORYBOARD, "stop", 120, 80)));

        assertThat(client.answer(MESSAGES, schema).value().title()).isEqualTo("Pip Learns to Fly");
        server.verify(exactly(2), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void givesUpOnLastingOverloadSayingHowManyAttemptsItMade() {
        server.stubFor(post(PATH).willReturn(error(503, "The engine is currently overloaded, please try again later.",
                "server_error", null)));

        assertThatThrownBy(() -> client.answer(MESSAGES, schema)).isInstanceOfSatisfying(VendorException.class, failure -> {
            assertThat(failure).hasMessage("openai: HTTP 503 server_error: The engine is currently overloaded, please try "
                    + "again later. (after 4 attempts)");
            assertThat(failure.isTransient()).isFalse();
        });
        server.verify(exactly(OpenAiTestClient.MAX_ATTEMPTS), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void doesNotAskAgainWhenTheConnectionBreaksAfterTheRequestWasSentSinceTheAnswerMayHaveBeenBilled() {
        server.stubFor(post(PATH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client.answer(MESSAGES, schema)).isInstanceOfSatisfying(VendorException.class, failure -> {
            assertThat(failure.getMessage()).startsWith("openai: the answer was lost (")
                    .endsWith("it may have been written and billed, so it was not asked for again");
            assertThat(failure.isTransient()).isFalse();
            assertThat(failure.repeatable()).isFalse();
        });
        server.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void triesAgainWhenTheServerCannotBeReachedSinceNothingWasSent() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OpenAiClient unreachable = OpenAiTestClient.against("http://127.0.0.1:" + closedPort, OpenAiTestClient.quickRetries(), JSON);

        assertThatThrownBy(() -> unreachable.answer(MESSAGES, schema)).isInstanceOfSatisfying(VendorException.class,
                failure -> assertThat(failure.getMessage()).startsWith("openai: could not reach ")
                        .endsWith("(after " + OpenAiTestClient.MAX_ATTEMPTS + " attempts)"));
    }

    @Test
    void rejectsAnInvalidKeyAtOnceWithoutQuotingIt() {
        server.stubFor(post(PATH).willReturn(error(401, "Incorrect API key provided: " + OpenAiTestClient.KEY
                + ". You can find your API key at https://platform.openai.com/account/api-keys.",
                "invalid_request_error", "invalid_api_key")));

        assertThatThrownBy(() -> client.answer(MESSAGES, schema)).isInstanceOfSatisfying(VendorException.class, failure -> {
            assertThat(failure).hasMessage("openai: OpenAI rejected the API key (HTTP 401 invalid_api_key)");
            assertThat(failure.retryable()).isFalse();
        });
        server.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void failsABadRequestAtOnceWithTheVendorsReason() {
        server.stubFor(post(PATH).willReturn(error(400, "This model's maximum context length is 128000 tokens. However, "
                + "your messages resulted in 130512 tokens.", "invalid_request_error", "context_length_exceeded")));

        assertThatThrownBy(() -> client.answer(MESSAGES, schema)).isInstanceOfSatisfying(VendorException.class,
                failure -> assertThat(failure).hasMessageStartingWith(
                        "openai: HTTP 400 context_length_exceeded: This model's maximum context length is 128000 tokens."));
        server.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void doesNotRetryWhenTheServerSaysNotTo() {
        server.stubFor(post(PATH).willReturn(error(500, "The server had an error while processing your request.",
                "server_error", null).withHeader("x-should-retry", "false")));

        assertThatThrownBy(() -> client.answer(MESSAGES, schema)).isInstanceOfSatisfying(VendorException.class,
                failure -> assertThat(failure.retryable()).isFalse());
        server.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void retriesWhatTheServerSaysToRetryEvenABadRequest() {
        server.stubFor(post(PATH).inScenario("told to retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(400, "Could not parse the request in time.", "invalid_request_error", null)
                        .withHeader("x-should-retry", "true"))
                .willSetStateTo("retried"));
        server.stubFor(post(PATH).inScenario("told to retry").whenScenarioStateIs("retried")
                .willReturn(completion(STORYBOARD, "stop", 120, 80)));

        assertThat(client.answer(MESSAGES, schema).value().title()).isEqualTo("Pip Learns to Fly");
        server.verify(exactly(2), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void asksAgainWithALargerBudgetWhenTheAnswerWasCutOffAndCountsBothCalls() {
        server.stubFor(post(PATH).inScenario("budget").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(completion("{\"title\":\"Pip Learns to Fly\",\"scenes\":[{\"narration\":\"Pip the fo", "length",
                        300, 4000))
                .willSetStateTo("larger"));
        server.stubFor(post(PATH).inScenario("budget").whenScenarioStateIs("larger")
                .willReturn(completion(STORYBOARD, "stop", 300, 4200)));

        Answer<Storyboard> answer = client.answer(MESSAGES, schema);

        assertThat(answer.value().title()).isEqualTo("Pip Learns to Fly");
        assertThat(answer.cost()).isEqualTo(new VendorCost("openai", "tokens", 4300 + 4500));
        List<JsonNode> bodies = requestBodies();
        assertThat(bodies).extracting(body -> body.path("max_completion_tokens").asInt()).containsExactly(4000, 8000);
    }

    @Test
    void failsWhenTheAnswerIsCutOffEvenWithTheLargerBudget() {
        server.stubFor(post(PATH).willReturn(completion("{\"title\":\"Pip", "length", 300, 4000)));

        assertThatThrownBy(() -> client.answer(MESSAGES, schema)).isInstanceOfSatisfying(VendorException.class, failure -> {
            assertThat(failure).hasMessage("openai: OpenAI stopped at the token limit (finish_reason length) twice, "
                    + "at 4000 and 8000 tokens");
            assertThat(failure.retryable()).isFalse();
        });
        server.verify(exactly(2), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void failsWithTheRefusalWithoutAskingAgain() {
        server.stubFor(post(PATH).willReturn(refusal("I'm sorry, I can't help with that request.")));

        assertThatThrownBy(() -> client.answer(MESSAGES, schema)).isInstanceOfSatisfying(VendorException.class, failure -> {
            assertThat(failure).hasMessage("openai: OpenAI refused: I'm sorry, I can't help with that request.");
            assertThat(failure.retryable()).isFalse();
        });
        server.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void failsWhenTheContentFilterWithholdsTheAnswer() {
        server.stubFor(post(PATH).willReturn(completion("{\"title\":\"", "content_filter", 120, 3)));

        assertThatThrownBy(() -> client.answer(MESSAGES, schema)).isInstanceOfSatisfying(VendorException.class,
                failure -> assertThat(failure).hasMessageContaining("content filter").hasMessageContaining("content_filter"));
        server.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void failsClearlyWhenTheContentIsNotTheSchemasJson() {
        server.stubFor(post(PATH).willReturn(completion("Once upon a time there was a fox.", "stop", 120, 30)));

        assertThatThrownBy(() -> client.answer(MESSAGES, schema)).isInstanceOfSatisfying(VendorException.class,
                failure -> assertThat(failure).hasMessageStartingWith("openai: OpenAI's answer does not fit the storyboard schema"));
    }

    private JsonNode onlyRequestBody() {
        return requestBodies().getFirst();
    }

    private List<JsonNode> requestBodies() {
        return server.findAll(postRequestedFor(urlEqualTo(PATH))).stream()
                .map(request -> JSON.readTree(request.getBodyAsString())).toList();
    }
}
