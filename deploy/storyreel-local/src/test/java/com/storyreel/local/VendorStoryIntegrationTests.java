package com.storyreel.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.storyreel.image.SceneImageServiceApplication;
import com.storyreel.render.RenderServiceApplication;
import com.storyreel.runtime.media.Ffmpeg;
import com.storyreel.runtime.media.MediaInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A whole story with every stage on its paid vendor, each vendor a WireMock server answering as its
 * contract says, in the same one-JVM system {@code ./storyreel serve} runs. The image and render services
 * are restarted while their vendor jobs are running; the stubs' request journals then show every paid
 * request made exactly once per scene and stage, and none of the keys appears anywhere but in the
 * requests to its own vendor.
 */
class VendorStoryIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SCENES = 3;
    private static final String RENDER_PROJECT = "RenderProject0001";
    private static final String LEONARDO_SCENARIO = "leonardo generations";
    private static final String RENDER_SCENARIO = "json2video render";
    private static final String DONE = "done";
    private static final Map<String, String> SECRETS = Map.of(
            "OPENAI_API_KEY", "sk-test-openai-Zq81",
            "LEONARDO_API_KEY", "3f1c9a2e-7b4d-4e8a-9c6f-1d2e3f4a5b6c",
            "ELEVENLABS_API_KEY", "test-elevenlabs-key-Kp47",
            "JSON2VIDEO_API_KEY", "test-json2video-key-Wd93",
            "LEONARDO_WEBHOOK_TOKEN", "leonardo-webhook-token-Hs25",
            "JSON2VIDEO_WEBHOOK_SECRET", "json2video-webhook-secret-Rb61");

    @TempDir
    static Path data;

    @TempDir
    static Path media;

    private static final Path LOG = Path.of("target", "vendor-story-" + ProcessHandle.current().pid() + ".log").toAbsolutePath();

    private static WireMockServer vendors;
    private static LocalServices services;
    private static GatewayClient gateway;

    private final Ffmpeg ffmpeg = Ffmpeg.onPath();

    @BeforeAll
    static void startStoryReelOnVendorStubs() throws Exception {
        vendors = new WireMockServer(options().dynamicPort().globalTemplating(true));
        vendors.start();
        stubOpenAi();
        stubLeonardo();
        stubElevenLabs();
        stubJson2Video();
        String base = vendors.baseUrl();
        Map<String, Object> settings = new LinkedHashMap<>(SECRETS);
        settings.put("OPENAI_BASE_URL", base + "/openai/v1");
        settings.put("LEONARDO_BASE_URL", base + "/leonardo/api/rest/v1");
        settings.put("ELEVENLABS_BASE_URL", base + "/elevenlabs");
        settings.put("JSON2VIDEO_BASE_URL", base + "/json2video/v2");
        settings.put("STORYREEL_PUBLIC_URL", "https://storyreel.example.com");
        // The launcher's own logging, to a file of this test's, so the scan reads what an operator would.
        System.setProperty("STORYREEL_LOG", LOG.toString());
        settings.put("logging.config", "classpath:logback.xml");
        settings.put("storyreel.vendors.allow-http-downloads", "true");
        settings.put("storyreel.leonardo.download-hosts", "localhost");
        settings.put("storyreel.json2video.download-hosts", "localhost");
        settings.put("storyreel.leonardo.first-poll-delay", "200ms");
        settings.put("storyreel.leonardo.max-poll-delay", "500ms");
        settings.put("storyreel.jobs.poll-interval", "200ms");
        services = LocalServices.start(data, LocalServices.Addresses.loopback(), settings);
        gateway = new GatewayClient(services.gatewayUrl(), Optional.empty());
    }

    @AfterAll
    static void stopStoryReel() {
        System.clearProperty("STORYREEL_LOG");
        if (services != null) {
            services.close();
        }
        if (vendors != null) {
            vendors.stop();
        }
    }

    @Test
    void everyPaidRequestIsMadeOncePerSceneAndStageEvenWhenServicesRestartMidStoryAndNoKeyLeaks() throws Exception {
        String storyId = gateway.create(Map.of("prompt", "a grey cat who keeps a lighthouse", "sceneCount", SCENES));

        await().atMost(Duration.ofMinutes(2)).until(() -> requests("/leonardo/api/rest/v1/generations").size() == SCENES);
        services.restart(SceneImageServiceApplication.class);
        vendors.setScenarioState(LEONARDO_SCENARIO, DONE);

        await().atMost(Duration.ofMinutes(3)).until(() -> !renderRequests().isEmpty());
        services.restart(RenderServiceApplication.class);
        vendors.setScenarioState(RENDER_SCENARIO, DONE);

        await().atMost(Duration.ofMinutes(3))
                .until(() -> Set.of("COMPLETED", "FAILED").contains(gateway.story(storyId).path("status").asString()));
        JsonNode story = gateway.story(storyId);
        assertThat(story.path("status").asString()).as(story.toString()).isEqualTo("COMPLETED");

        assertThat(requests("/openai/v1/chat/completions")).hasSize(1);
        assertThat(requests("/leonardo/api/rest/v1/generations")).extracting(r -> json(r).path("prompt").asString())
                .hasSize(SCENES).doesNotHaveDuplicates();
        // The story bible reaches the paid painter: every scene drawn with the same seed and Miso's description.
        assertThat(requests("/leonardo/api/rest/v1/generations")).extracting(r -> json(r).path("seed").asLong())
                .containsOnly(json(requests("/leonardo/api/rest/v1/generations").getFirst()).path("seed").asLong());
        assertThat(requests("/leonardo/api/rest/v1/generations")).extracting(r -> json(r).path("prompt").asString())
                .allSatisfy(prompt -> assertThat(prompt).containsIgnoringCase("a small grey cat with a blue collar"));
        assertThat(story.path("characters").valueStream().map(c -> c.path("name").asString())).containsExactly("Miso");
        assertThat(elevenLabsRequests()).extracting(r -> json(r).path("text").asString()).hasSize(SCENES)
                .doesNotHaveDuplicates();
        assertThat(clipRequests()).hasSize(SCENES);
        assertThat(mergeRequests()).hasSize(SCENES);
        assertThat(renderRequests()).hasSize(1);
        for (int scene = 0; scene < SCENES; scene++) {
            String sceneAssets = "/stories/" + storyId + "/scenes/" + scene + "/";
            assertThat(clipRequests()).filteredOn(r -> r.getBodyAsString().contains(sceneAssets)).hasSize(1);
            assertThat(mergeRequests()).filteredOn(r -> r.getBodyAsString().contains(sceneAssets)).hasSize(1);
        }

        assertThat(story.path("scenes")).allSatisfy(scene -> {
            assertThat(scene.at("/stages/image/provider").asString()).isEqualTo("leonardo");
            assertThat(scene.at("/stages/narration/provider").asString()).isEqualTo("elevenlabs");
            assertThat(scene.at("/stages/clip/provider").asString()).isEqualTo("json2video");
            assertThat(scene.at("/stages/merge/provider").asString()).isEqualTo("json2video");
            assertThat(scene.path("costs")).hasSize(3);
        });
        assertThat(story.at("/costs/writing/amount").asDouble()).isEqualTo(900);
        assertThat(story.at("/costs/total")).extracting(c -> c.path("vendor").asString())
                .containsExactlyInAnyOrder("openai", "leonardo", "elevenlabs", "json2video");

        Path video = media.resolve("final.mp4");
        gateway.download(story.at("/output/video").asString(), video);
        MediaInfo info = ffmpeg.probe(video);
        assertThat(info.video()).isPresent();
        assertThat(info.durationSeconds()).isGreaterThan(1);
        Path srt = media.resolve("final.srt");
        gateway.download(story.at("/output/srt").asString(), srt);
        assertThat(Files.readString(srt)).contains("-->");

        assertNoSecretOutsideItsVendorRequests(storyId);
    }

    private static void assertNoSecretOutsideItsVendorRequests(String storyId) {
        SecretsScan scan = SecretsScan.of(services, LOG, List.of("/api/stories/" + storyId, "/api/stories",
                "/api/stories/" + storyId + "/events", "/v3/api-docs", "/actuator/health"));
        assertThat(scan.count("log")).isEqualTo(1);
        assertThat(scan.count("record")).as("Kafka records read").isGreaterThan(6L * SCENES);
        assertThat(scan.count("document")).as("stored documents read").isGreaterThan(4L * SCENES);
        SECRETS.forEach((name, secret) -> assertThat(scan.placesContaining(secret)).as(name).isEmpty());
        // The scan would have seen them: the vendors did get their keys.
        assertThat(vendors.getAllServeEvents()).anySatisfy(event ->
                assertThat(event.getRequest().getHeader("Authorization")).contains(SECRETS.get("OPENAI_API_KEY")));
    }

    // ------------------------------------------------------------------ the vendors, as their contracts say

    private static void stubOpenAi() {
        List<Map<String, String>> scenes = IntStream.range(0, SCENES).mapToObj(i -> Map.of(
                "narration", "Scene " + (i + 1) + ": Miso the grey cat climbs the lighthouse stairs " + "again ".repeat(i) + "at dusk.",
                "image_prompt", "A small grey cat with a blue collar in a lighthouse, view " + (i + 1) + ", storybook illustration"))
                .toList();
        String content = JSON.writeValueAsString(Map.of("title", "Miso and the Lamp", "characters", List.of(Map.of("name", "Miso",
                "role", "cat", "description", "a small grey cat with a blue collar")), "scenes", scenes));
        vendors.stubFor(post(urlPathEqualTo("/openai/v1/chat/completions")).willReturn(okJson(JSON.writeValueAsString(Map.of(
                "id", "chatcmpl-e2e", "object", "chat.completion", "created", 1726012687, "model", "gpt-4o-mini",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 400, "completion_tokens", 500, "total_tokens", 900))))));
    }

    /** Each POST gets a fresh generationId; every generation stays PENDING until the test lets them finish. */
    private static void stubLeonardo() throws Exception {
        vendors.stubFor(post(urlPathEqualTo("/leonardo/api/rest/v1/generations")).willReturn(okJson(
                "{\"sdGenerationJob\":{\"generationId\":\"{{randomValue type='UUID'}}\",\"apiCreditCost\":8}}")));
        String generation = "{\"generations_by_pk\":{\"id\":\"{{request.pathSegments.[5]}}\",\"status\":\"%s\","
                + "\"createdAt\":\"2026-05-25T14:22:01.000Z\",\"imageWidth\":1024,\"imageHeight\":576,\"generated_images\":[%s]}}";
        vendors.stubFor(get(urlPathMatching("/leonardo/api/rest/v1/generations/.+")).inScenario(LEONARDO_SCENARIO)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(generation.formatted("PENDING", ""))));
        vendors.stubFor(get(urlPathMatching("/leonardo/api/rest/v1/generations/.+")).inScenario(LEONARDO_SCENARIO)
                .whenScenarioStateIs(DONE).willReturn(okJson(generation.formatted("COMPLETE",
                        "{\"id\":\"img\",\"url\":\"" + "{{request.baseUrl}}" + "/cdn/{{request.pathSegments.[5]}}.jpg\","
                                + "\"nsfw\":false,\"likeCount\":0,\"motionMP4URL\":null}"))));
        vendors.stubFor(get(urlPathMatching("/cdn/.+")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/jpeg").withBody(VendorFakes.jpeg())));
    }

    private static void stubElevenLabs() throws Exception {
        vendors.stubFor(post(urlPathMatching("/elevenlabs/v1/text-to-speech/[^/]+/with-timestamps"))
                .willReturn(okJson(VendorFakes.elevenLabsAnswer(media))));
    }

    /** Clips and merges finish at once; the render stays running until the test lets it finish. */
    private static void stubJson2Video() throws Exception {
        vendors.stubFor(post(urlPathEqualTo("/json2video/v2/movies")).willReturn(okJson(
                "{\"success\":true,\"project\":\"{{randomValue length=16 type='ALPHANUMERIC'}}\",\"timestamp\":\"2026-05-12T10:49:52.924Z\"}")));
        // The final render: video elements only (a clip has an image, a merge an audio element).
        vendors.stubFor(post(urlPathEqualTo("/json2video/v2/movies")).atPriority(1)
                .withRequestBody(notContaining("\"image\"")).withRequestBody(notContaining("\"audio\"")).willReturn(okJson(
                        "{\"success\":true,\"project\":\"" + RENDER_PROJECT + "\",\"timestamp\":\"2026-05-12T10:49:52.924Z\"}")));
        String movie = "{\"success\":true,\"movie\":{\"success\":true,\"status\":\"%s\",\"message\":\"\","
                + "\"project\":\"{{request.query.project}}\",\"url\":%s,\"duration\":%s,\"size\":6876189,"
                + "\"width\":1920,\"height\":1080,\"rendering_time\":12,\"client-data\":{}},"
                + "\"remaining_quota\":{\"movies\":0,\"drafts\":0,\"time\":1807}}";
        String url = "\"{{request.baseUrl}}/renders/{{request.query.project}}.mp4\"";
        vendors.stubFor(get(urlPathEqualTo("/json2video/v2/movies")).willReturn(okJson(movie.formatted(DONE, url, "2.0"))));
        vendors.stubFor(get(urlPathEqualTo("/json2video/v2/movies")).atPriority(1)
                .withQueryParam("project", WireMock.equalTo(RENDER_PROJECT)).inScenario(RENDER_SCENARIO)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(movie.formatted("running", "null", "null"))));
        vendors.stubFor(get(urlPathEqualTo("/json2video/v2/movies")).atPriority(1)
                .withQueryParam("project", WireMock.equalTo(RENDER_PROJECT)).inScenario(RENDER_SCENARIO)
                .whenScenarioStateIs(DONE).willReturn(okJson(movie.formatted(DONE, url, "6.0"))));
        vendors.stubFor(get(urlPathMatching("/renders/.+")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "video/mp4").withBody(VendorFakes.mp4(media))));
    }

    // ------------------------------------------------------------------ the journals

    private static List<LoggedRequest> requests(String path) {
        return vendors.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    private static List<LoggedRequest> elevenLabsRequests() {
        return vendors.findAll(postRequestedFor(urlMatching("/elevenlabs/v1/text-to-speech/[^/]+/with-timestamps.*")));
    }

    private static List<LoggedRequest> clipRequests() {
        return requests("/json2video/v2/movies").stream().filter(r -> r.getBodyAsString().contains("\"image\"")).toList();
    }

    private static List<LoggedRequest> mergeRequests() {
        return requests("/json2video/v2/movies").stream()
                .filter(r -> !r.getBodyAsString().contains("\"image\"") && r.getBodyAsString().contains("\"audio\"")).toList();
    }

    private static List<LoggedRequest> renderRequests() {
        return requests("/json2video/v2/movies").stream()
                .filter(r -> !r.getBodyAsString().contains("\"image\"") && !r.getBodyAsString().contains("\"audio\"")).toList();
    }

    private static JsonNode json(LoggedRequest request) {
        return JSON.readTree(request.getBodyAsString());
    }
}
