package com.storyreel.runtime.json2video;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.events.VendorCost;
import com.storyreel.runtime.vendor.RetryableVendorFailure;
import com.storyreel.runtime.vendor.VendorException;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;
import com.storyreel.runtime.vendor.VendorOutage;
import com.storyreel.runtime.vendor.VendorProperties;
import com.storyreel.runtime.work.JobProgress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Json2VideoClientTests {

    private static final String KEY = "test-json2video-key";
    private static final String PROJECT = "JkGxEoPRF9EgRb32";
    private static final String ACCEPTED =
            "{\"success\": true, \"project\": \"JkGxEoPRF9EgRb32\", \"timestamp\": \"2026-05-12T10:49:52.924Z\"}";
    private static final String DONE = """
            {"success": true,
             "movie": {"success": true, "status": "done", "message": "", "project": "JkGxEoPRF9EgRb32",
                       "url": "https://assets.json2video.com/clients/xxxx/renders/2026-05-12-36066.mp4",
                       "ass": "https://assets.json2video.com/clients/xxxx/renders/2026-05-12-36066.ass",
                       "created_at": "2026-05-12T07:41:41.946Z", "ended_at": "2026-05-12T07:44:57.108Z",
                       "duration": 108.2, "size": 6876189, "width": 1080, "height": 1920,
                       "rendering_time": 195, "client-data": {}, "consumed_credits": []},
             "remaining_quota": {"movies": 0, "drafts": 0, "time": 1807}}""";
    private static final String PENDING = """
            {"success": true,
             "movie": {"success": true, "status": "pending", "message": "", "project": "JkGxEoPRF9EgRb32",
                       "created_at": "2026-05-12T07:41:41.946Z", "client-data": {}},
             "remaining_quota": {"movies": 0, "drafts": 0, "time": 1807}}""";
    private static final String RUNNING = """
            {"success": true,
             "movie": {"success": true, "status": "running", "progress": 40, "message": "", "project": "JkGxEoPRF9EgRb32",
                       "created_at": "2026-05-12T07:41:41.946Z", "client-data": {}},
             "remaining_quota": {"movies": 0, "drafts": 0, "time": 1807}}""";

    private WireMockServer server;

    @BeforeEach
    void startVendor() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopVendor() {
        server.stop();
    }

    @Test
    void postsTheMovieWithTheApiKeyQualityCorrelationAndWebhook() {
        server.stubFor(post(urlEqualTo("/v2/movies")).willReturn(okJson(ACCEPTED)));
        var client = client(server.baseUrl() + "/v2", "https://reel.example/webhooks/json2video/hook-secret");

        String project = client.submit("story-1/0/clip/abc", "{\"narrationOffsetSeconds\":0.5}", Movie.custom(1920, 1080, 30,
                List.of(Movie.Scene.of(6.25, Movie.Element.image("https://s3.example/img.png?X-Amz-Signature=1", 2, "left"))),
                List.of(Movie.Element.subtitles("1\n00:00:00,500 --> 00:00:02,000\nHello\n\n", Map.of("style", "classic")))));

        assertThat(project).isEqualTo(PROJECT);
        server.verify(exactly(1), postRequestedFor(urlEqualTo("/v2/movies"))
                .withHeader("x-api-key", equalTo(KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"resolution": "custom", "width": 1920, "height": 1080, "quality": "high", "fps": 30,
                         "client-data": {"unit": "story-1/0/clip/abc", "context": "{\\"narrationOffsetSeconds\\":0.5}"},
                         "scenes": [{"duration": 6.25, "elements": [
                             {"type": "image", "src": "https://s3.example/img.png?X-Amz-Signature=1", "zoom": 2,
                              "pan": "left", "resize": "cover"}]}],
                         "elements": [{"type": "subtitles", "captions": "1\\n00:00:00,500 --> 00:00:02,000\\nHello\\n\\n",
                                       "settings": {"style": "classic"}}],
                         "exports": [{"destinations": [{"type": "webhook",
                                      "endpoint": "https://reel.example/webhooks/json2video/hook-secret"}]}]}""")));
    }

    @Test
    void addsTheVersionToABaseUrlWithoutItAndNoExportsWithoutAWebhook() {
        server.stubFor(post(urlEqualTo("/v2/movies")).willReturn(okJson(ACCEPTED)));

        client(server.baseUrl(), "").submit("unit", null, movie());

        server.verify(exactly(1), postRequestedFor(urlEqualTo("/v2/movies")));
        assertThat(server.getAllServeEvents().getFirst().getRequest().getBodyAsString()).doesNotContain("exports");
    }

    @Test
    void aRejectedApiKeyIsAFatalAuthFailurePostedOnce() {
        server.stubFor(post(urlEqualTo("/v2/movies")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Error: Invalid API Key\"}")));

        assertThatThrownBy(() -> client(server.baseUrl() + "/v2", "").submit("unit", null, movie()))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure).hasMessageContaining("JSON2Video rejected the API key")
                            .hasMessageContaining("HTTP 400").hasMessageNotContaining(KEY);
                });
        server.verify(exactly(1), postRequestedFor(urlEqualTo("/v2/movies")));
    }

    @Test
    void anExhaustedQuotaIsFatalWithTheVendorsMessage() {
        server.stubFor(post(urlEqualTo("/v2/movies")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"success\": false, \"message\": "
                        + "\"You exceeded the quota of movies in your plan. Please upgrade your plan to continue.\"}")));

        assertThatThrownBy(() -> client(server.baseUrl() + "/v2", "").submit("unit", null, movie()))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure).hasMessage("json2video: You exceeded the quota of movies in your plan. "
                            + "Please upgrade your plan to continue. (HTTP 401)");
                });
    }

    @Test
    void aValidationErrorCarriesTheVendorsCode() {
        server.stubFor(post(urlEqualTo("/v2/movies")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\": \"Error parsing movie JSON or the movie was empty\", \"code\": \"E1002\"}")));

        assertThatThrownBy(() -> client(server.baseUrl() + "/v2", "").submit("unit", null, movie()))
                .hasMessage("json2video: Error parsing movie JSON or the movie was empty (HTTP 400, code E1002)");
    }

    @Test
    void aServerErrorOnTheSubmissionIsNeverRepeated() {
        server.stubFor(post(urlEqualTo("/v2/movies")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Error starting subprocess\"}")));

        assertThatThrownBy(() -> client(server.baseUrl() + "/v2", "").submit("unit", null, movie()))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.repeatable()).isFalse();
                    assertThat(failure.isTransient()).isFalse();
                    assertThat(failure).hasMessageContaining("Error starting subprocess (HTTP 500)");
                });
        server.verify(exactly(1), postRequestedFor(urlEqualTo("/v2/movies")));
    }

    @Test
    void aSubmissionThatTimesOutIsNeverRepeated() {
        server.stubFor(post(urlEqualTo("/v2/movies")).willReturn(okJson(ACCEPTED).withFixedDelay(3_000)));

        assertThatThrownBy(() -> client(server.baseUrl() + "/v2", "", Duration.ofMillis(300)).submit("unit", null, movie()))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.repeatable()).isFalse();
                    assertThat(failure).hasMessageContaining("may have started");
                });
        server.verify(exactly(1), postRequestedFor(urlEqualTo("/v2/movies")));
    }

    @Test
    void aRateLimitedSubmissionIsSentAgainAfterTheWaitAndAcceptedOnce() {
        server.stubFor(post(urlEqualTo("/v2/movies")).inScenario("busy").whenScenarioStateIs(STARTED)
                // No rate-limit headers are documented for JSON2Video: the guard's backoff sets the wait.
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"success\": false, \"message\": \"Too many requests\"}"))
                .willSetStateTo("free"));
        server.stubFor(post(urlEqualTo("/v2/movies")).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(okJson(ACCEPTED)));

        assertThat(client(server.baseUrl() + "/v2", "").submit("unit", null, movie())).isEqualTo(PROJECT);

        server.verify(exactly(2), postRequestedFor(urlEqualTo("/v2/movies")));
    }

    @Test
    void aSubmissionStillRateLimitedAfterEveryAttemptFailsWithoutAcceptance() {
        server.stubFor(post(urlEqualTo("/v2/movies")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody("{\"success\": false, \"message\": \"Too many requests\"}")));

        assertThatThrownBy(() -> client(server.baseUrl() + "/v2", "").submit("unit", null, movie()))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.isTransient()).isFalse();
                    assertThat(failure).hasMessage("json2video: Too many requests (HTTP 429) (after 3 attempts)");
                });
        server.verify(exactly(3), postRequestedFor(urlEqualTo("/v2/movies")));
    }

    @Test
    void findsARenderItNeverRecordedByTheClientDataJson2VideoListsItWith() {
        server.stubFor(get(urlPathEqualTo("/v2/movies")).withQueryParam("project", absent())
                .withHeader("x-api-key", equalTo(KEY)).willReturn(okJson("""
                        {"success": true, "count": 2, "has_next": false, "next_token": null,
                         "movies": [
                           {"success": true, "status": "done", "project": "AAAAAAAAAAAAAAAA",
                            "created_at": "2026-05-12T07:40:00.000Z", "client-data": {"unit": "story-0/0/clip/zzz"}},
                           {"success": true, "status": "running", "progress": 10, "project": "JkGxEoPRF9EgRb32",
                            "created_at": "2026-05-12T07:41:41.946Z",
                            "client-data": {"unit": "story-1/0/clip/abc", "context": "{\\"fps\\":30}"}}]}""")));
        var client = client(server.baseUrl() + "/v2", "");

        assertThat(client.findSubmitted("story-1/0/clip/abc"))
                .contains(new Json2VideoClient.Submitted(PROJECT, "{\"fps\":30}"));
        assertThat(client.findSubmitted("story-2/0/clip/abc")).isEmpty();
        server.verify(exactly(0), postRequestedFor(urlEqualTo("/v2/movies")));
    }

    @Test
    void followsARenderFromPendingThroughRunningToDone() {
        stubStatus(STARTED, PENDING, "running");
        stubStatus("running", RUNNING, "done");
        stubStatus("done", DONE, "done");
        var client = client(server.baseUrl() + "/v2", "");

        JobProgress first = client.status(PROJECT).asJobProgress();
        JobProgress second = client.status(PROJECT).asJobProgress();
        JobProgress third = client.status(PROJECT).asJobProgress();

        assertThat(first).isEqualTo(new JobProgress.Pending("pending"));
        assertThat(second).isEqualTo(new JobProgress.Pending("running 40%"));
        assertThat(third).isEqualTo(new JobProgress.Finished("done",
                List.of(java.net.URI.create("https://assets.json2video.com/clients/xxxx/renders/2026-05-12-36066.mp4")),
                new VendorCost("json2video", "render-seconds", 108.2)));
        server.verify(exactly(3), getRequestedFor(urlPathEqualTo("/v2/movies"))
                .withQueryParam("project", equalTo(PROJECT)).withHeader("x-api-key", equalTo(KEY)));
    }

    @Test
    void aRenderThatFailedInsideAnOkAnswerFailsWithTheVendorsMessage() {
        server.stubFor(get(urlPathEqualTo("/v2/movies")).willReturn(okJson("""
                {"success": true,
                 "movie": {"success": true, "status": "error", "message": "Source file could not be downloaded",
                           "project": "JkGxEoPRF9EgRb32", "created_at": "2026-05-12T07:41:41.946Z", "client-data": {}},
                 "remaining_quota": {"movies": 0, "drafts": 0, "time": 1807}}""")));

        JobProgress progress = client(server.baseUrl() + "/v2", "").status(PROJECT).asJobProgress();

        assertThat(progress).isInstanceOfSatisfying(JobProgress.Failed.class, failed -> assertThat(failed.reason())
                .isEqualTo("json2video: render JkGxEoPRF9EgRb32 failed: Source file could not be downloaded"));
    }

    @Test
    void aRenderThatTimedOutAtTheVendorFails() {
        server.stubFor(get(urlPathEqualTo("/v2/movies")).willReturn(okJson("""
                {"success": true,
                 "movie": {"success": true, "status": "timeout", "message": "", "project": "JkGxEoPRF9EgRb32",
                           "created_at": "2026-05-12T07:41:41.946Z", "client-data": {}},
                 "remaining_quota": {"movies": 0, "drafts": 0, "time": 1807}}""")));

        JobProgress progress = client(server.baseUrl() + "/v2", "").status(PROJECT).asJobProgress();

        assertThat(progress).isInstanceOfSatisfying(JobProgress.Failed.class,
                failed -> assertThat(failed.reason()).contains("timed out"));
    }

    @Test
    void retriesAStatusReadThatMetAnOutage() {
        server.stubFor(get(urlPathEqualTo("/v2/movies")).inScenario("outage").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        server.stubFor(get(urlPathEqualTo("/v2/movies")).inScenario("outage").whenScenarioStateIs("back")
                .willReturn(okJson(DONE)));

        MovieStatus status = client(server.baseUrl() + "/v2", "").status(PROJECT);

        assertThat(status.status()).isEqualTo("done");
        server.verify(exactly(2), getRequestedFor(urlPathEqualTo("/v2/movies")));
    }

    @Test
    void anUnknownProjectIsFatal() {
        server.stubFor(get(urlPathEqualTo("/v2/movies")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"success\": false, \"message\": \"Project not found\"}")));

        assertThatThrownBy(() -> client(server.baseUrl() + "/v2", "").status(PROJECT))
                .isInstanceOfSatisfying(VendorException.class, failure -> assertThat(failure.retryable()).isFalse())
                .hasMessage("json2video: Project not found (HTTP 404)");
        server.verify(exactly(1), getRequestedFor(urlPathEqualTo("/v2/movies")));
    }

    @Test
    void readsEveryDocumentedWebhookShape() {
        var client = client(server.baseUrl(), "");

        MovieStatus flat = client.callback("""
                {"width":"1920","height":"1080","duration":"10.5","size":"4567890",
                 "url":"https://assets.json2video.com/clients/xxxx/renders/x.mp4",
                 "project":"JkGxEoPRF9EgRb32","id":"your-movie-id","client-data":{"unit":"u"}}""").orElseThrow();
        MovieStatus tutorialFailure = client.callback("""
                {"project":"JkGxEoPRF9EgRb32","status":"error","message":"Source file could not be downloaded",
                 "client-data":{}}""").orElseThrow();
        MovieStatus envelope = client.callback(DONE).orElseThrow();

        assertThat(flat.delivered()).isTrue();
        assertThat(flat.duration()).isEqualTo(10.5);
        assertThat(flat.width()).isEqualTo(1920);
        assertThat(tutorialFailure.delivered()).isFalse();
        assertThat(tutorialFailure.message()).isEqualTo("Source file could not be downloaded");
        assertThat(envelope.delivered()).isTrue();
        assertThat(envelope.project()).isEqualTo(PROJECT);
        assertThat(client.callback("project=JkGxEoPRF9EgRb32&url=x")).isEmpty();
    }

    private void stubStatus(String state, String body, String next) {
        server.stubFor(get(urlPathEqualTo("/v2/movies")).withQueryParam("project", equalTo(PROJECT))
                .inScenario("render").whenScenarioStateIs(state).willReturn(okJson(body)).willSetStateTo(next));
    }

    private static Movie movie() {
        return Movie.custom(1080, 1920, 30, List.of(Movie.Scene.of(3, Movie.Element.video("https://s3.example/clip.mp4"))),
                List.of());
    }

    private static Json2VideoClient client(String baseUrl, String webhookUrl) {
        return client(baseUrl, webhookUrl, Duration.ofSeconds(5));
    }

    private static Json2VideoClient client(String baseUrl, String webhookUrl, Duration requestTimeout) {
        var props = new Json2VideoProperties(KEY, baseUrl, "high", Duration.ofHours(12), Duration.ofMinutes(45),
                Duration.ofSeconds(5), Duration.ofSeconds(30), requestTimeout, List.of(".json2video.com"),
                DataSize.ofGigabytes(2), Duration.ofMinutes(15), webhookUrl);
        var retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(3)
                .intervalFunction(IntervalFunction.of(Duration.ofMillis(5)))
                .retryOnException(new RetryableVendorFailure()).build());
        var breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom().recordException(new VendorOutage()).build());
        var guards = new VendorGuards(retries, breakers, RateLimiterRegistry.ofDefaults(), BulkheadRegistry.ofDefaults());
        var http = new VendorHttp(RestClient.builder(), new VendorProperties(true, Duration.ofSeconds(5), Duration.ofSeconds(2)), new SimpleMeterRegistry(), List.of());
        return new Json2VideoClient(props, http, guards, JsonMapper.builder().build(), Clock.systemUTC());
    }
}
