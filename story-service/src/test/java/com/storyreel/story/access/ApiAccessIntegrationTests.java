package com.storyreel.story.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.storyreel.localstack.LocalStackProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway with API keys: who gets in, whose stories and batches each key sees, and the quotas per key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "storyreel.access.keys=alpha-secret-key, beta-secret-key,gamma-secret-key,flight-secret-key,rate-secret-key,stream-secret-key,"
                + "batch-secret-key,batch-flight-secret-key",
        "storyreel.access.stories-in-flight=3", "storyreel.access.requests-per-minute=20",
        "storyreel.progress-stream.max-per-story=2", "storyreel.progress-stream.max-per-key=3",
        "management.health.mongodb.enabled=false", "storyreel.recovery.interval=1h", "storyreel.writer.provider=local"})
@ContextConfiguration(initializers = LocalStackProperties.class)
class ApiAccessIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ALPHA = "alpha-secret-key";
    private static final String BETA = "beta-secret-key";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/stories", "/api/stories/st-anything", "/v3/api-docs", "/%61pi/stories", "/api;x=1/stories",
            "//api/stories", "/actuator/prometheus", "/actuator/health/../../api/stories",
            "/api/stor%20ies"})
    void withoutAKeyEveryPathButHealthIsAnUnauthorizedProblem(String path) throws Exception {
        var response = send(HttpRequest.newBuilder(uri(path)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(401);
    }

    @Test
    void aWrongKeyIsRefusedAndNeverEchoed() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/api/stories")).header("Authorization", "Bearer alpha-secret-kez"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("alpha-secret-kez");
    }

    @Test
    void aStoryCannotBeCreatedWithoutAKey() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/api/stories")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"a fox\"}")));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/index.html", "/studio/studio.js", "/studio/studio.css"})
    void theStudioPageAndItsFilesLoadWithoutAKey(String path) throws Exception {
        var response = send(HttpRequest.newBuilder(uri(path)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isNotBlank();
    }

    @Test
    void onlyGettingThePageIsOpenNotWritingToItsPathsNorLeavingThemForTheApi() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/")).POST(HttpRequest.BodyPublishers.ofString("x"))).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/studio/studio.js")).DELETE()).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/studio/../api/stories"))).statusCode()).isEqualTo(401);
    }

    @Test
    void healthStaysOpen() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/actuator/health")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentIsServedToAKey() throws Exception {
        assertThat(send(authorized(ALPHA, "/v3/api-docs")).statusCode()).isEqualTo(200);
    }

    @Test
    void aStoryRecordsTheFingerprintOfItsKeyNotTheKey() throws Exception {
        String key = "gamma-secret-key";
        String storyId = create(key, "{\"prompt\":\"a heron\"}", null);

        JsonNode story = JSON.readTree(send(authorized(key, "/api/stories/" + storyId)).body());
        assertThat(story.path("storyId").asString()).isEqualTo(storyId);
        assertThat(story.toString()).doesNotContain(key);
        assertThat(ApiKeys.fingerprint(key)).matches("key-[0-9a-f]{12}");
    }

    @Test
    void anotherKeysStoryIsNotFoundWhetherRead_streamedOrRetried() throws Exception {
        String storyId = create(ALPHA, "{\"prompt\":\"a lynx\"}", null);

        assertThat(send(authorized(BETA, "/api/stories/" + storyId)).statusCode()).isEqualTo(404);
        assertThat(send(authorized(BETA, "/api/stories/" + storyId + "/events").header("Accept", "text/event-stream")).statusCode())
                .isEqualTo(404);
        assertThat(send(authorized(BETA, "/api/stories/" + storyId + "/retry").POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                .isEqualTo(404);
        assertThat(send(authorized(ALPHA, "/api/stories/" + storyId)).statusCode()).isEqualTo(200);
    }

    @Test
    void aKeyListsOnlyItsOwnStories() throws Exception {
        String alphas = create(ALPHA, "{\"prompt\":\"an otter\"}", null);
        String betas = create(BETA, "{\"prompt\":\"a badger\"}", null);

        JsonNode page = JSON.readTree(send(authorized(BETA, "/api/stories?size=100")).body());

        List<String> ids = page.path("items").valueStream().map(s -> s.path("storyId").asString()).toList();
        assertThat(ids).contains(betas).doesNotContain(alphas);
        assertThat(page.path("total").asLong()).isEqualTo(ids.size());
    }

    @Test
    void anIdempotencyKeyBelongsToTheKeyThatSentIt() throws Exception {
        String idempotencyKey = "same-" + UUID.randomUUID();

        String alphas = create(ALPHA, "{\"prompt\":\"a wren\"}", idempotencyKey);
        String betas = create(BETA, "{\"prompt\":\"a wren\"}", idempotencyKey);

        assertThat(betas).isNotEqualTo(alphas);
        assertThat(create(ALPHA, "{\"prompt\":\"a wren\"}", idempotencyKey)).isEqualTo(alphas);
    }

    @Test
    void pastTheStoriesInFlightQuotaANewStoryIsTooManyRequests() throws Exception {
        String key = "flight-secret-key";
        create(key, "{\"prompt\":\"a mole\"}", "flight-1");
        create(key, "{\"prompt\":\"a vole\"}", "flight-2");
        create(key, "{\"prompt\":\"a hare\"}", "flight-3");

        var refused = send(postStory(key, "{\"prompt\":\"a shrew\"}", null));
        var repeated = send(postStory(key, "{\"prompt\":\"a mole\"}", "flight-1"));

        assertTooManyRequests(refused);
        assertThat(JSON.readTree(refused.body()).path("detail").asString()).contains("stories-in-flight");
        assertThat(repeated.statusCode()).as("a repeated request starts nothing").isEqualTo(202);
    }

    @Test
    void anotherKeysBatchIsNotFound() throws Exception {
        String key = "batch-secret-key";
        var created = send(postBatch(key, "{\"stories\":[{\"prompt\":\"a newt\"},{\"prompt\":\"a toad\"}]}"));
        assertThat(created.statusCode()).isEqualTo(202);
        String batchId = JSON.readTree(created.body()).path("batchId").asString();

        var others = send(authorized(BETA, "/api/batches/" + batchId));
        var own = send(authorized(key, "/api/batches/" + batchId));

        assertThat(others.statusCode()).isEqualTo(404);
        assertThat(others.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).path("summary").path("total").asInt()).isEqualTo(2);
    }

    @Test
    void aBatchPastTheStoriesInFlightQuotaIsRefusedWholeAndCreatesNothing() throws Exception {
        String key = "batch-flight-secret-key";
        String four = "{\"stories\":[{\"prompt\":\"a crab\"},{\"prompt\":\"a clam\"},{\"prompt\":\"a squid\"},{\"prompt\":\"an eel\"}]}";

        var refused = send(postBatch(key, four));

        assertTooManyRequests(refused);
        assertThat(JSON.readTree(refused.body()).path("detail").asString()).contains("asked for 4 more");
        assertThat(JSON.readTree(send(authorized(key, "/api/stories")).body()).path("total").asLong()).isZero();
        assertThat(send(postBatch(key, "{\"stories\":[{\"prompt\":\"a crab\"},{\"prompt\":\"a clam\"},{\"prompt\":\"a squid\"}]}"))
                .statusCode()).as("a batch within the quota").isEqualTo(202);
    }

    @Test
    void pastTheRequestsPerMinuteQuotaAnyRequestIsTooManyRequests() throws Exception {
        String key = "rate-secret-key";
        int allowed = 0;
        HttpResponse<String> refused = null;
        // The allowance refills at one request every 3 s, so a slow machine may get a few more than 20.
        for (int i = 0; i < 40 && refused == null; i++) {
            var response = send(authorized(key, "/api/stories?size=1"));
            if (response.statusCode() == 429) {
                refused = response;
            }
            else {
                assertThat(response.statusCode()).isEqualTo(200);
                allowed++;
            }
        }

        assertThat(allowed).isGreaterThanOrEqualTo(20);
        assertThat(refused).isNotNull();
        assertTooManyRequests(refused);
        assertThat(JSON.readTree(refused.body()).path("detail").asString()).contains("requests-per-minute");
        assertThat(send(authorized(ALPHA, "/api/stories?size=1")).statusCode()).as("other keys keep their own quota").isEqualTo(200);
    }

    @Test
    void progressSubscribersAreCappedPerStoryAndPerKey() throws Exception {
        String key = "stream-secret-key";
        String first = create(key, "{\"prompt\":\"a stoat\"}", null);
        String second = create(key, "{\"prompt\":\"a marten\"}", null);
        List<HttpResponse<Stream<String>>> open = new ArrayList<>();
        try {
            open.add(stream(key, first));
            open.add(stream(key, first));
            var thirdOnStory = stream(key, first);
            open.add(stream(key, second));
            var fourthOfKey = stream(key, second);

            assertThat(open).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
            for (var refused : List.of(thirdOnStory, fourthOfKey)) {
                assertThat(refused.statusCode()).isEqualTo(429);
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();
                refused.body().close();
            }
        }
        finally {
            open.forEach(r -> r.body().close());
        }
    }

    private static void assertTooManyRequests(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    }

    private HttpResponse<Stream<String>> stream(String key, String storyId) throws Exception {
        var response = http.send(authorized(key, "/api/stories/" + storyId + "/events").header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() == 200) {
            // The first event arrives once the stream is registered.
            assertThat(response.body().iterator().next()).isNotNull();
        }
        return response;
    }

    private String create(String key, String body, String idempotencyKey) throws Exception {
        var response = send(postStory(key, body, idempotencyKey));
        assertThat(response.statusCode()).isEqualTo(202);
        return JSON.readTree(response.body()).path("storyId").asString();
    }

    private HttpRequest.Builder postStory(String key, String body, String idempotencyKey) {
        var request = authorized(key, "/api/stories").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey);
    }

    private HttpRequest.Builder postBatch(String key, String body) {
        return authorized(key, "/api/batches").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder authorized(String key, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
