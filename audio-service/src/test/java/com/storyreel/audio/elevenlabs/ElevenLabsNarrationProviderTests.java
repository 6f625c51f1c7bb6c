package com.storyreel.audio.elevenlabs;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.mongodb.client.MongoClients;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.storyreel.audio.elevenlabs.ElevenLabsProperties.VoiceSettings;
import com.storyreel.audio.narration.NarrationProvider.KeptAnswer;
import com.storyreel.audio.narration.NarrationProvider.SpokenNarration;
import com.storyreel.events.SceneCaptions.Cue;
import com.storyreel.events.VendorCost;
import com.storyreel.localstack.SharedLocalStack;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.MediaInfo;
import com.storyreel.runtime.vendor.RetryableVendorFailure;
import com.storyreel.runtime.vendor.VendorException;
import com.storyreel.runtime.vendor.VendorGuards;
import com.storyreel.runtime.vendor.VendorHttp;
import com.storyreel.runtime.vendor.VendorOutage;
import com.storyreel.runtime.vendor.VendorPermits;
import com.storyreel.runtime.vendor.VendorProperties;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The provider against a WireMock ElevenLabs answering as the vendor contract documents, with a real mp3. */
class ElevenLabsNarrationProviderTests {

    private static final String KEY = "sk_0123456789abcdef0123456789abcdef";
    private static final String DEFAULT_VOICE = "21m00Tcm4TlvDq8ikWAM";
    private static final String SPEECH_PATH = "/v1/text-to-speech/" + DEFAULT_VOICE + "/with-timestamps";
    private static final String TEXT = "The fox ran. The owl slept.";
    private static final Duration SLOT_WAIT = Duration.ofMillis(40);

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Ffmpeg ffmpeg = Ffmpeg.onPath();
    private static final WireMockServer server = new WireMockServer(options().dynamicPort());
    /** The permits every replica shares, on the MongoDB-wire server, in a database of this test's own. */
    private static final VendorPermits PERMITS = new VendorPermits(new MongoTemplate(
            MongoClients.create(SharedLocalStack.get().mongo().connectionString()), "elevenlabs-tests"));

    @TempDir
    static Path audioDir;

    /** An mp3 as ffmpeg writes it, with a Xing header, and one without, as a streaming encoder writes it. */
    private static Path mp3;
    private static Path mp3WithoutXing;

    @TempDir
    Path workDir;

    private final RetryRegistry retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(4)
            .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(5), 2))
            .retryOnException(new RetryableVendorFailure()).build());
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        server.start();
        mp3 = tone(audioDir.resolve("tone.mp3"));
        mp3WithoutXing = tone(audioDir.resolve("tone-no-xing.mp3"), "-write_xing", "0");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    @Test
    void speaksTheTextWithTheConfiguredModelVoiceAndFormat() {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(okJson(speech(mp3, TEXT))));

        SpokenNarration spoken = provider().narrate(TEXT, null, workDir);

        server.verify(exactly(1), postRequestedFor(urlPathEqualTo(SPEECH_PATH))
                .withQueryParam("output_format", equalTo("mp3_44100_128"))
                .withHeader("xi-api-key", equalTo(KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"text": "The fox ran. The owl slept.", "model_id": "eleven_multilingual_v2",
                         "voice_settings": {"stability": 0.5, "similarity_boost": 0.75, "style": 0.0,
                                            "use_speaker_boost": true, "speed": 1.0}}""")));
        assertThat(spoken.extension()).isEqualTo("mp3");
        assertThat(spoken.contentType()).isEqualTo("audio/mpeg");
        assertThat(spoken.voice()).isEqualTo(DEFAULT_VOICE);
        assertThat(spoken.audio()).hasSameBinaryContentAs(mp3);
    }

    @Test
    void theAnswerKeptAsItArrivedMakesTheSameNarrationWithoutAskingElevenLabsAgain() throws IOException {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(okJson(speech(mp3, TEXT))
                .withHeader("x-character-count", "26")));
        List<KeptAnswer> kept = new ArrayList<>();

        SpokenNarration spoken = provider().narrate(TEXT, null, workDir, kept::add);
        // The worker died here; its answer was kept, the audio copied where the next worker reads it.
        KeptAnswer answer = kept.getFirst();
        Path keptAudio = Files.copy(answer.audio(), audioDir.resolve("kept-" + UUID.randomUUID() + ".mp3"));
        SpokenNarration again = provider().fromKept(TEXT, null, new KeptAnswer(keptAudio, answer.extension(),
                answer.contentType(), answer.details()));

        server.verify(exactly(1), postRequestedFor(urlPathEqualTo(SPEECH_PATH)));
        assertThat(kept).hasSize(1);
        assertThat(answer.audio()).hasSameBinaryContentAs(mp3);
        assertThat(again).usingRecursiveComparison().ignoringFields("audio").isEqualTo(spoken);
        assertThat(again.cost()).isEqualTo(new VendorCost("elevenlabs", "characters", 26));
    }

    @Test
    void timesEachCueFromItsWordsInTheAlignment() {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(okJson(speech(mp3, TEXT))));

        List<Cue> cues = provider().narrate(TEXT, null, workDir).captions().cues();

        // 30 ms a character from 0.05 s (see speech(...)): "The fox ran." is characters 0-11, "The owl slept." 13-26.
        assertThat(cues).extracting(Cue::text).containsExactly("The fox ran.", "The owl slept.");
        assertThat(cues.get(0).start()).isCloseTo(0.05, within(1e-9));
        assertThat(cues.get(0).end()).isCloseTo(0.41, within(1e-9));
        assertThat(cues.get(1).start()).isCloseTo(0.44, within(1e-9));
        assertThat(cues.get(1).end()).isCloseTo(0.86, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void reportsTheLengthOfTheStoredAudioSoTheMergeCannotCutTheSpeech(boolean xingHeader) {
        Path answer = xingHeader ? mp3 : mp3WithoutXing;
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(okJson(speech(answer, TEXT))));

        SpokenNarration spoken = provider().narrate(TEXT, null, workDir);

        // The merge stage measures the narration as ffprobe reports its audio stream, and decodes it under the clip.
        MediaInfo stored = ffmpeg.probe(spoken.audio());
        assertThat(stored.audio()).hasValueSatisfying(audio -> {
            assertThat(audio.codec()).isEqualTo("mp3");
            assertThat(spoken.durationSeconds()).isEqualTo(audio.durationSeconds());
        });
        double decoded = decodedSeconds(spoken.audio());
        assertThat(decoded).isGreaterThanOrEqualTo(1.2).isLessThanOrEqualTo(spoken.durationSeconds() + 0.001);
        // No more than the encoder's delay and padding, two mp3 frames, beyond the sound itself.
        assertThat(spoken.durationSeconds() - decoded).isLessThan(2 * 1152 / 44100.0);
    }

    @Test
    void chargesTheCharactersSent() {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(okJson(speech(mp3, TEXT))));

        SpokenNarration spoken = provider().narrate("  The fox ran.\n\nThe owl slept. 🦊 ", null, workDir);

        server.verify(postRequestedFor(urlPathEqualTo(SPEECH_PATH))
                .withRequestBody(equalToJson("{\"text\": \"" + TEXT + "\"}", true, true)));
        assertThat(spoken.cost()).isEqualTo(new VendorCost("elevenlabs", "characters", TEXT.length()));
    }

    @Test
    void chargesTheCharacterCountElevenLabsReportsWhenItSendsOne() {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(okJson(speech(mp3, TEXT))
                .withHeader("x-character-count", "29")));

        assertThat(provider().narrate(TEXT, null, workDir).cost())
                .isEqualTo(new VendorCost("elevenlabs", "characters", 29));
    }

    @Test
    void usesTheStorysVoiceWhenItIsAnElevenLabsVoiceId() throws IOException {
        String voice = "EXAVITQu4vr4xnSDxMaL";
        server.stubFor(post(urlPathMatching("/v1/text-to-speech/[^/]+/with-timestamps"))
                .willReturn(okJson(speech(mp3, TEXT))));

        SpokenNarration elevenLabsVoice = provider().narrate(TEXT, voice, Files.createDirectory(workDir.resolve("a")));
        SpokenNarration localVoice = provider().narrate(TEXT, "slt", Files.createDirectory(workDir.resolve("b")));

        server.verify(exactly(1), postRequestedFor(urlPathEqualTo("/v1/text-to-speech/" + voice + "/with-timestamps")));
        server.verify(exactly(1), postRequestedFor(urlPathEqualTo(SPEECH_PATH)));
        assertThat(elevenLabsVoice.voice()).isEqualTo(voice);
        assertThat(localVoice.voice()).isEqualTo(DEFAULT_VOICE);
    }

    @Test
    void timesCuesFromTheNormalizedAlignmentWhenTheOriginalIsMissing() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("audio_base64", base64(mp3));
        body.put("alignment", null);
        body.put("normalized_alignment", alignment(TEXT));
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(okJson(json.writeValueAsString(body))));

        List<Cue> cues = provider().narrate(TEXT, null, workDir).captions().cues();

        assertThat(cues.get(0).start()).isCloseTo(0.05, within(1e-9));
        assertThat(cues.get(1).end()).isCloseTo(0.86, within(1e-9));
    }

    @Test
    void spreadsCuesOverTheMeasuredAudioWhenThereIsNoAlignment() {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH))
                .willReturn(okJson(json.writeValueAsString(Map.of("audio_base64", base64(mp3))))));

        SpokenNarration spoken = provider().narrate(TEXT, null, workDir);

        List<Cue> cues = spoken.captions().cues();
        assertThat(cues).extracting(Cue::text).containsExactly("The fox ran.", "The owl slept.");
        assertThat(cues.getFirst().start()).isZero();
        assertThat(cues.getLast().end()).isCloseTo(spoken.durationSeconds(), within(1e-9));
    }

    @Test
    void waitsForAConcurrencySlotWhenThePlansRequestsAreAllBusy() {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).inScenario("slots").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody("""
                        {"detail":{"status":"too_many_concurrent_requests","message":"Too many concurrent requests: \
                        your plan allows 3."}}"""))
                .willSetStateTo("free"));
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).inScenario("slots").whenScenarioStateIs("free")
                .willReturn(okJson(speech(mp3, TEXT))));

        SpokenNarration spoken = provider().narrate(TEXT, null, workDir);

        assertThat(spoken.captions().cues()).hasSize(2);
        server.verify(exactly(2), postRequestedFor(urlPathEqualTo(SPEECH_PATH)));
        assertThat(waits).containsExactly(SLOT_WAIT);
    }

    @Test
    void backsOffWhenElevenLabsIsBusy() {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody("""
                        {"detail":{"status":"system_busy","message":"We are experiencing heavy traffic, \
                        please try again later."}}"""))
                .willSetStateTo("calm"));
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(okJson(speech(mp3, TEXT))));

        provider().narrate(TEXT, null, workDir);

        server.verify(exactly(2), postRequestedFor(urlPathEqualTo(SPEECH_PATH)));
        // The configured exponential backoff's first wait, not the wait for a concurrency slot.
        assertThat(waits).containsExactly(Duration.ofMillis(5));
    }

    @Test
    void waitsAsLongAsElevenLabsAsksWhenItSaysHowLong() {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withHeader("Retry-After", "0.02")
                        .withBody("{\"detail\":{\"status\":\"system_busy\",\"message\":\"Busy\"}}"))
                .willSetStateTo("calm"));
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(okJson(speech(mp3, TEXT))));

        provider().narrate(TEXT, null, workDir);

        assertThat(waits).containsExactly(Duration.ofMillis(20));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401})
    void failsAtOnceWhenTheQuotaIsSpent(int status) {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"detail":{"status":"quota_exceeded","message":"This request exceeds your quota of 10000. \
                        You have 12 credits remaining, while 27 credits are required for this request."}}""")));

        assertThatThrownBy(() -> provider().narrate(TEXT, null, workDir))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.isTransient()).isFalse();
                    assertThat(failure).hasMessage("elevenlabs: quota exceeded: This request exceeds your quota of "
                            + "10000. You have 12 credits remaining, while 27 credits are required for this request. "
                            + "(HTTP " + status + " quota_exceeded)");
                });
        server.verify(exactly(1), postRequestedFor(urlPathEqualTo(SPEECH_PATH)));
    }

    @Test
    void failsAtOnceWithoutRevealingARejectedKey() {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key: " + KEY + "\"}}")));

        assertThatThrownBy(() -> provider().narrate(TEXT, null, workDir))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).startsWith("elevenlabs: rejected the API key")
                            .contains("HTTP 401 invalid_api_key").doesNotContain(KEY);
                });
        server.verify(exactly(1), postRequestedFor(urlPathEqualTo(SPEECH_PATH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"voice_not_found", "max_character_limit_exceeded"})
    void failsAtOnceOnARequestElevenLabsCannotServe(String code) {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"detail\":{\"status\":\"" + code + "\",\"message\":\"Refused for " + code + "\"}}")));

        assertThatThrownBy(() -> provider().narrate(TEXT, null, workDir))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).contains("Refused for " + code, "HTTP 400 " + code);
                });
        server.verify(exactly(1), postRequestedFor(urlPathEqualTo(SPEECH_PATH)));
    }

    @Test
    void failsAtOnceOnAValidationErrorNamingWhatWasWrong() {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"detail":[{"loc":["body","voice_settings","stability"],
                                    "msg":"Input should be less than or equal to 1","type":"less_than_equal"},
                                   {"loc":["query","output_format"],"msg":"Input should be a valid format",
                                    "type":"enum"}]}""")));

        assertThatThrownBy(() -> provider().narrate(TEXT, null, workDir))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure).hasMessage("elevenlabs: rejected the request: HTTP 422: "
                            + "body.voice_settings.stability: Input should be less than or equal to 1; "
                            + "query.output_format: Input should be a valid format");
                });
        server.verify(exactly(1), postRequestedFor(urlPathEqualTo(SPEECH_PATH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body>upstream unavailable</body></html>", ""})
    void doesNotRequestTheSpeechAgainAfterAServerError(String body) {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withBody(body)));

        assertThatThrownBy(() -> provider().narrate(TEXT, null, workDir))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.repeatable()).isFalse();
                    assertThat(failure.isTransient()).isFalse();
                    assertThat(failure).hasMessage("elevenlabs: HTTP 503: Service Unavailable; the speech may have been"
                            + " made and billed, so it was not requested again");
                });
        server.verify(exactly(1), postRequestedFor(urlPathEqualTo(SPEECH_PATH)));
    }

    @Test
    void doesNotRequestTheSpeechAgainWhenTheConnectionBreaksAfterSending() {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> provider().narrate(TEXT, null, workDir))
                .isInstanceOfSatisfying(VendorException.class, failure -> {
                    assertThat(failure.repeatable()).isFalse();
                    assertThat(failure).hasMessageContaining("so it was not requested again");
                });
        server.verify(exactly(1), postRequestedFor(urlPathEqualTo(SPEECH_PATH)));
    }

    @Test
    void keepsNoMoreRequestsInFlightThanThePlanAllowsAcrossReplicas() throws Exception {
        server.stubFor(post(urlPathEqualTo(SPEECH_PATH)).willReturn(okJson(speech(mp3, TEXT)).withFixedDelay(200)));
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch twoInFlight = new CountDownLatch(1);
        ClientHttpRequestInterceptor counting = (request, body, execution) -> {
            int now = inFlight.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            try {
                if (now == 2) {
                    twoInFlight.countDown();
                }
                // The first request waits for a second, so the bound is reached however the threads are scheduled.
                twoInFlight.await(30, TimeUnit.SECONDS);
                return execution.execute(request, body);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
            finally {
                inFlight.decrementAndGet();
            }
        };
        // Two replicas, each with a bulkhead as wide as the plan: the shared permits hold the plan's 2 across both.
        List<ElevenLabsNarrationProvider> replicas = List.of(provider(2, counting), provider(2, counting));

        List<Future<SpokenNarration>> narrations = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                Path dir = Files.createDirectory(workDir.resolve("scene-" + i));
                ElevenLabsNarrationProvider replica = replicas.get(i % 2);
                narrations.add(threads.submit(() -> replica.narrate(TEXT, null, dir)));
            }
            for (Future<SpokenNarration> narration : narrations) {
                assertThat(narration.get().captions().cues()).hasSize(2);
            }
        }

        assertThat(most).hasValue(2);
        server.verify(exactly(6), postRequestedFor(urlPathEqualTo(SPEECH_PATH)));
    }

    private ElevenLabsNarrationProvider provider() {
        return provider(3);
    }

    private ElevenLabsNarrationProvider provider(int concurrentCalls, ClientHttpRequestInterceptor... interceptors) {
        ElevenLabsProperties props = new ElevenLabsProperties(KEY, server.baseUrl(), DEFAULT_VOICE,
                "eleven_multilingual_v2", "mp3_44100_128", Duration.ofSeconds(10), SLOT_WAIT, concurrentCalls,
                new VoiceSettings(0.5, 0.75, 0.0, true, 1.0));
        BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
        bulkheads.bulkhead(ElevenLabsClient.VENDOR, BulkheadConfig.custom().maxConcurrentCalls(concurrentCalls)
                .maxWaitDuration(Duration.ofSeconds(30)).build());
        VendorGuards guards = new VendorGuards(retries,
                CircuitBreakerRegistry.of(CircuitBreakerConfig.custom().recordException(new VendorOutage()).build()),
                RateLimiterRegistry.ofDefaults(), bulkheads);
        RestClient.Builder rest = RestClient.builder();
        for (ClientHttpRequestInterceptor interceptor : interceptors) {
            rest.requestInterceptor(interceptor);
        }
        VendorHttp http = new VendorHttp(rest, new VendorProperties(true, Duration.ofSeconds(10), Duration.ofSeconds(5)), new SimpleMeterRegistry(), List.of());
        VendorPermits.Pool permits = PERMITS.pool(ElevenLabsClient.VENDOR, concurrentCalls, Duration.ofMinutes(1),
                Duration.ofSeconds(30));
        ElevenLabsClient client = new ElevenLabsClient(props, http, guards, permits, json, Clock.systemUTC());
        retries.retry(ElevenLabsClient.VENDOR).getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));
        return new ElevenLabsNarrationProvider(client, props, ffmpeg);
    }

    /** The documented 200 answer: the audio, and the text's characters 30 ms each from 0.05 s, well inside it. */
    private static String speech(Path audio, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("audio_base64", base64(audio));
        body.put("alignment", alignment(text));
        body.put("normalized_alignment", alignment(text));
        return json.writeValueAsString(body);
    }

    private static CharacterAlignment alignment(String text) {
        return AlignedCaptionsTests.evenly(text, 0.05, 0.03);
    }

    private static String base64(Path file) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A real 1.2 s mp3, so that ffprobe measures it as it would ElevenLabs' audio. */
    private static Path tone(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=1.2",
                "-c:a", "libmp3lame", "-b:a", "128k"));
        args.addAll(List.of(options));
        args.add(file.toString());
        ffmpeg.run(args, Duration.ofSeconds(30));
        return file;
    }

    /** How long the audio lasts once decoded, as the merge stage decodes it: samples over sample rate. */
    private double decodedSeconds(Path audio) {
        Path wav = workDir.resolve("decoded.wav");
        ffmpeg.run(List.of("-i", audio.toString(), "-c:a", "pcm_s16le", wav.toString()), Duration.ofSeconds(30));
        return ffmpeg.probe(wav).audio().orElseThrow().durationSeconds();
    }
}
