package com.storyreel.image.leonardo;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.storyreel.events.AspectRatio;
import com.storyreel.events.VendorCost;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.vendor.RetryableVendorFailure;
import com.storyreel.runtime.vendor.VendorException;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;
import com.storyreel.runtime.vendor.VendorOutage;
import com.storyreel.runtime.vendor.VendorProperties;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeonardoClientTests {

    private static final String ID = "f3e95b9a-37a4-4f3a-9c40-2c1a3c0a2dd1";

    private final LeonardoStub leonardo = new LeonardoStub();
    private LeonardoClient client;

    @BeforeEach
    void start() {
        leonardo.start();
        client = client(properties(leonardo.baseUrl(), Duration.ofSeconds(5), ""));
    }

    @AfterEach
    void stop() {
        leonardo.stop();
    }

    @Test
    void sendsThePromptModelAndLandscapeSizeWithTheBearerKey() {
        leonardo.server().stubFor(post(urlEqualTo(LeonardoStub.GENERATIONS)).willReturn(okJson(LeonardoStub.accepted(ID))));

        LeonardoClient.Accepted accepted = client.generate("A lighthouse at dusk, watercolor", "watercolor",
                AspectRatio.LANDSCAPE, 1_234_567);

        assertThat(accepted.generationId()).isEqualTo(ID);
        assertThat(accepted.cost()).isEqualTo(new VendorCost("leonardo", "credits", 8));
        leonardo.server().verify(exactly(1), postRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS))
                .withHeader("Authorization", equalTo("Bearer " + LeonardoStub.KEY))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"prompt": "A lighthouse at dusk, watercolor", "modelId": "de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3",
                         "width": 1024, "height": 576, "num_images": 1, "presetStyle": "ILLUSTRATION", "alchemy": true,
                         "seed": 1234567}""")));
    }

    @Test
    void asksForThePortraitShapeAndSendsTheNegativePromptWhenConfigured() {
        client = client(properties(leonardo.baseUrl(), Duration.ofSeconds(5), "text, watermark"));
        leonardo.server().stubFor(post(urlEqualTo(LeonardoStub.GENERATIONS)).willReturn(okJson(LeonardoStub.accepted(ID))));

        client.generate("A fox in the snow", null, AspectRatio.PORTRAIT, 7);

        leonardo.server().verify(postRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS)).withRequestBody(equalToJson("""
                {"width": 576, "height": 1024, "num_images": 1, "negative_prompt": "text, watermark"}""", true, true)));
    }

    @Test
    void recordsNoCostWhenLeonardoGivesNone() {
        leonardo.server().stubFor(post(urlEqualTo(LeonardoStub.GENERATIONS))
                .willReturn(okJson("{\"sdGenerationJob\": {\"generationId\": \"" + ID + "\", \"apiCreditCost\": null}}")));

        assertThat(client.generate("A fox", "storybook", AspectRatio.SQUARE, 7).cost()).isNull();
    }

    @Test
    void retriesARateLimitAfterTheWaitLeonardoAsksFor() {
        leonardo.server().stubFor(post(urlEqualTo(LeonardoStub.GENERATIONS)).inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("free")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"Too many requests\",\"path\":\"$\",\"code\":\"rate-limited\"}")));
        leonardo.server().stubFor(post(urlEqualTo(LeonardoStub.GENERATIONS)).inScenario("limit")
                .whenScenarioStateIs("free").willReturn(okJson(LeonardoStub.accepted(ID))));

        assertThat(client.generate("A fox", "storybook", AspectRatio.LANDSCAPE, 7).generationId()).isEqualTo(ID);

        leonardo.server().verify(exactly(2), postRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS)));
    }

    @Test
    void doesNotRepeatASubmissionThatMetAServerError() {
        leonardo.server().stubFor(post(urlEqualTo(LeonardoStub.GENERATIONS)).willReturn(serverError()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"Internal server error\",\"path\":\"$\",\"code\":\"unexpected\"}")));

        assertThatThrownBy(() -> client.generate("A fox", "storybook", AspectRatio.LANDSCAPE, 7))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.repeatable()).isFalse();
                    assertThat(failure).hasMessageStartingWith(
                            "leonardo: POST /generations answered HTTP 500: Internal server error (unexpected)");
                });
        leonardo.server().verify(exactly(1), postRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS)));
    }

    @Test
    void doesNotRepeatASubmissionThatTimedOut() {
        client = client(properties(leonardo.baseUrl(), Duration.ofMillis(300), ""));
        leonardo.server().stubFor(post(urlEqualTo(LeonardoStub.GENERATIONS))
                .willReturn(okJson(LeonardoStub.accepted(ID)).withFixedDelay(1_500)));

        assertThatThrownBy(() -> client.generate("A fox", "storybook", AspectRatio.LANDSCAPE, 7))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.repeatable()).isFalse();
                    assertThat(failure).hasMessageContaining("POST /generations got no answer");
                });
        leonardo.server().verify(exactly(1), postRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS)));
    }

    @Test
    void failsForGoodWithoutShowingTheKeyWhenTheKeyIsRefused() {
        leonardo.server().stubFor(post(urlEqualTo(LeonardoStub.GENERATIONS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"Authentication hook unauthorized this request\",\"path\":\"$\",\"code\":\"access-denied\"}")));

        assertThatThrownBy(() -> client.generate("A fox", "storybook", AspectRatio.LANDSCAPE, 7))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure).hasMessage("leonardo: the API key was refused (POST /generations answered HTTP 401:"
                            + " Authentication hook unauthorized this request (access-denied)); check LEONARDO_API_KEY");
                    assertThat(failure.getMessage()).doesNotContain(LeonardoStub.KEY);
                });
        leonardo.server().verify(exactly(1), postRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS)));
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 403, 500 })
    void knowsTheAuthorizationHookRefusalWhateverStatusItComesWith(int status) {
        leonardo.server().stubFor(get(urlEqualTo(LeonardoStub.GENERATIONS + "/" + ID)).willReturn(aResponse()
                .withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"Invalid response from authorization hook\",\"path\":\"$\",\"code\":\"unexpected\"}")));

        assertThatThrownBy(() -> client.generation(ID)).isInstanceOfSatisfying(VendorException.class, failure -> {
            assertThat(failure.retryable()).isFalse();
            assertThat(failure).hasMessageContaining("the API key was refused");
        });
        leonardo.server().verify(exactly(1), getRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS + "/" + ID)));
    }

    @Test
    void failsForGoodWithLeonardosReasonForABadRequest() {
        // The contract elides this message's code; Hasura's validation code stands in for it.
        leonardo.server().stubFor(post(urlEqualTo(LeonardoStub.GENERATIONS)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"Expected a boolean for type Boolean but found a string\",\"path\":\"$\","
                        + "\"code\":\"validation-failed\"}")));

        assertThatThrownBy(() -> client.generate("A fox", "storybook", AspectRatio.LANDSCAPE, 7))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure).hasMessage("leonardo: refused the request (POST /generations answered HTTP 400:"
                            + " Expected a boolean for type Boolean but found a string (validation-failed))");
                });
        leonardo.server().verify(exactly(1), postRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS)));
    }

    @Test
    void failsClearlyWhenTheAnswerHoldsNoGenerationJob() {
        leonardo.server().stubFor(post(urlEqualTo(LeonardoStub.GENERATIONS)).willReturn(okJson("{\"sdGenerationJob\": null}")));

        assertThatThrownBy(() -> client.generate("A fox", "storybook", AspectRatio.LANDSCAPE, 7))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure).hasMessage(
                            "leonardo: POST /generations answered without a generation job (sdGenerationJob is null)");
                });
    }

    @Test
    void readsAPendingGenerationWithoutImages() {
        leonardo.answers(ID, "PENDING");

        assertThat(client.generation(ID)).isEqualTo(new LeonardoClient.Generation(ID, "PENDING", List.of(), 0));
    }

    @Test
    void readsTheImageUrlsOfACompleteGeneration() {
        leonardo.answers(ID, "COMPLETE");

        assertThat(client.generation(ID)).isEqualTo(new LeonardoClient.Generation(ID, "COMPLETE",
                List.of(URI.create(leonardo.imageUrl(ID))), 0));
        leonardo.server().verify(getRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS + "/" + ID))
                .withHeader("Authorization", equalTo("Bearer " + LeonardoStub.KEY)));
    }

    @Test
    void leavesOutAnImageLeonardoFlaggedNotSafeForWorkAndCountsIt() {
        leonardo.answersFlagged(ID);

        assertThat(client.generation(ID)).isEqualTo(new LeonardoClient.Generation(ID, "COMPLETE", List.of(), 1));
    }

    @Test
    void readsAFailedGeneration() {
        leonardo.answers(ID, "FAILED");

        assertThat(client.generation(ID).status()).isEqualTo("FAILED");
    }

    @Test
    void failsForGoodOnAGenerationLeonardoAnswersWithNull() {
        leonardo.server().stubFor(get(urlEqualTo(LeonardoStub.GENERATIONS + "/" + ID))
                .willReturn(okJson("{\"generations_by_pk\": null}")));

        assertThatThrownBy(() -> client.generation(ID)).isInstanceOfSatisfying(VendorException.class, failure -> {
            assertThat(failure.retryable()).isFalse();
            assertThat(failure).hasMessage("leonardo: Leonardo does not know generation " + ID
                    + " (generations_by_pk is null)");
        });
    }

    @Test
    void failsForGoodOnAGenerationLeonardoAnswersWithNotFound() {
        leonardo.server().stubFor(get(urlEqualTo(LeonardoStub.GENERATIONS + "/" + ID)).willReturn(notFound()));

        assertThatThrownBy(() -> client.generation(ID)).isInstanceOfSatisfying(VendorException.class, failure -> {
            assertThat(failure.retryable()).isFalse();
            assertThat(failure).hasMessage("leonardo: Leonardo does not know generation " + ID + " (HTTP 404)");
        });
        leonardo.server().verify(exactly(1), getRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS + "/" + ID)));
    }

    @Test
    void repeatsAStatusReadThatMetAServerError() {
        leonardo.server().stubFor(get(urlEqualTo(LeonardoStub.GENERATIONS + "/" + ID)).inScenario("outage")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("up")
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"Service unavailable\",\"path\":\"$\",\"code\":\"unexpected\"}")));
        leonardo.server().stubFor(get(urlEqualTo(LeonardoStub.GENERATIONS + "/" + ID)).inScenario("outage")
                .whenScenarioStateIs("up").willReturn(okJson(leonardo.generation(ID, "PENDING"))));

        assertThat(client.generation(ID).status()).isEqualTo("PENDING");
        leonardo.server().verify(exactly(2), getRequestedFor(urlEqualTo(LeonardoStub.GENERATIONS + "/" + ID)));
    }

    @Test
    void choosesPresetStylesValidForTheAlchemySetting() {
        assertThat(LeonardoClient.presetStyle(null, true)).isEqualTo("ILLUSTRATION");
        assertThat(LeonardoClient.presetStyle("watercolor", true)).isEqualTo("ILLUSTRATION");
        assertThat(LeonardoClient.presetStyle("noir", true)).isEqualTo("NONE");
        assertThat(LeonardoClient.presetStyle("sketch-bw", true)).isEqualTo("SKETCH_BW");
        assertThat(LeonardoClient.presetStyle("pixel-art", true)).isEqualTo("DYNAMIC");
        assertThat(LeonardoClient.presetStyle("anime", false)).isEqualTo("NONE");
    }

    static LeonardoProperties properties(String baseUrl, Duration readTimeout, String negativePrompt) {
        return new LeonardoProperties(LeonardoStub.KEY, baseUrl, "de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3", 1024, true,
                negativePrompt, readTimeout, Duration.ofSeconds(3), 1.5, Duration.ofSeconds(15), Duration.ofMinutes(10),
                List.of("localhost"), List.of("image/jpeg", "image/png", "image/webp"), DataSize.ofMegabytes(20),
                Duration.ofMinutes(2), 16_777_216);
    }

    /** The client with the real guard, its waits made short (the vendor's Retry-After still applies). */
    private static LeonardoClient client(LeonardoProperties props) {
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(4)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(5), 2))
                .retryOnException(new RetryableVendorFailure()).build());
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .recordException(new VendorOutage()).build());
        VendorGuards guards = new VendorGuards(retries, breakers, RateLimiterRegistry.ofDefaults(),
                BulkheadRegistry.ofDefaults());
        VendorHttp http = new VendorHttp(RestClient.builder(),
                new VendorProperties(true, Duration.ofSeconds(10), Duration.ofSeconds(2)), new SimpleMeterRegistry(), List.of());
        return new LeonardoClient(props, http, guards, JsonMapper.builder().build(), Clock.systemUTC());
    }
}
