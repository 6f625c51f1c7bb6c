package com.storyreel.runtime.json2video;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.storyreel.localstack.SharedLocalStack;

import com.storyreel.runtime.assets.AssetStore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

/**
 * JSON2Video on WireMock for the media stages' tests, answering with the bodies of the vendor contract
 * (section 3). Every finished render delivers the same real mp4, served from this server.
 */
public final class Json2VideoStub extends WireMockServer {

    public static final String API_KEY = "test-json2video-key";

    private final byte[] movie;

    /** @param movie the mp4 every finished render delivers */
    public Json2VideoStub(byte[] movie) {
        super(options().dynamicPort());
        this.movie = movie;
    }

    /** A project id as JSON2Video makes them: 16 letters and digits. */
    public static String project() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** The start of the presigned link JSON2Video is given for an asset of the shared local stack. */
    public static String presignedPrefix(AssetStore assets, String key) {
        return SharedLocalStack.get().s3().endpoint().toString().replaceAll("/$", "") + "/" + assets.bucket() + "/" + key
                + "?";
    }

    /** Accepts the movie that names {@code storyId} as {@code project}, and serves that project's finished mp4. */
    public void accepts(String storyId, String project) {
        stubFor(post(urlEqualTo("/v2/movies")).withHeader("x-api-key", equalTo(API_KEY))
                .withRequestBody(containing(storyId))
                .willReturn(okJson("{\"success\": true, \"project\": \"" + project
                        + "\", \"timestamp\": \"2026-05-12T10:49:52.924Z\"}")));
        stubFor(get(urlEqualTo("/clients/xxxx/renders/" + project + ".mp4"))
                .willReturn(aResponse().withHeader("Content-Type", "video/mp4").withBody(movie)));
    }

    /**
     * Answers the first movie posted for {@code storyId} with a 429, as a rate-limited JSON2Video does (no rate-limit
     * headers are documented, so none are sent); later ones fall through to {@link #accepts}.
     */
    public void rateLimitsTheFirstSubmission(String storyId) {
        stubFor(post(urlEqualTo("/v2/movies")).atPriority(1).withRequestBody(containing(storyId))
                .inScenario("limit " + storyId).whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"success\": false, \"message\": \"Too many requests\"}"))
                .willSetStateTo("served"));
    }

    /** Lists {@code project} among the movies (GET /movies without a project), with the client-data naming {@code unit}. */
    public void lists(String unit, String project) {
        stubFor(get(urlPathEqualTo("/v2/movies")).withQueryParam("project", absent())
                .withHeader("x-api-key", equalTo(API_KEY))
                .willReturn(okJson("""
                        {"success": true, "count": 1, "has_next": false, "next_token": null,
                         "movies": [{"success": true, "status": "running", "progress": 40, "message": "", "project": "%s",
                                     "created_at": "2026-05-12T07:41:41.946Z", "client-data": {"unit": "%s"}}]}"""
                        .formatted(project, unit))));
    }

    /** Each poll of the project answers the next body; the last one stays. */
    public void answers(String project, String... bodies) {
        for (int i = 0; i < bodies.length; i++) {
            stubFor(get(urlPathEqualTo("/v2/movies")).withQueryParam("project", equalTo(project))
                    .withHeader("x-api-key", equalTo(API_KEY))
                    .inScenario(project).whenScenarioStateIs(pollState(i))
                    .willReturn(okJson(bodies[i])).willSetStateTo(pollState(Math.min(i + 1, bodies.length - 1))));
        }
    }

    /** The body of the movie posted for {@code storyId}. */
    public String submittedMovie(String storyId) {
        return getAllServeEvents().stream()
                .filter(event -> event.getRequest().getMethod().getName().equals("POST"))
                .map(event -> event.getRequest().getBodyAsString())
                .filter(body -> body.contains(storyId))
                .findFirst().orElseThrow();
    }

    public String pending(String project) {
        return """
                {"success": true,
                 "movie": {"success": true, "status": "pending", "message": "", "project": "%s",
                           "created_at": "2026-05-12T07:41:41.946Z", "client-data": {}},
                 "remaining_quota": {"movies": 0, "drafts": 0, "time": 1807}}""".formatted(project);
    }

    public String running(String project) {
        return """
                {"success": true,
                 "movie": {"success": true, "status": "running", "progress": 40, "message": "", "project": "%s",
                           "created_at": "2026-05-12T07:41:41.946Z", "client-data": {}},
                 "remaining_quota": {"movies": 0, "drafts": 0, "time": 1807}}""".formatted(project);
    }

    public String done(String project) {
        return """
                {"success": true,
                 "movie": {"success": true, "status": "done", "message": "", "project": "%s",
                           "url": "%s/clients/xxxx/renders/%s.mp4",
                           "ass": "%s/clients/xxxx/renders/%s.ass",
                           "created_at": "2026-05-12T07:41:41.946Z", "ended_at": "2026-05-12T07:44:57.108Z",
                           "duration": 108.2, "size": 6876189, "width": 1080, "height": 1920,
                           "rendering_time": 195, "client-data": {}, "consumed_credits": []},
                 "remaining_quota": {"movies": 0, "drafts": 0, "time": 1807}}"""
                .formatted(project, baseUrl(), project, baseUrl(), project);
    }

    /** A render that failed inside an HTTP 200, as JSON2Video reports one. */
    public String failed(String project) {
        return """
                {"success": true,
                 "movie": {"success": true, "status": "error", "message": "Source file could not be downloaded",
                           "project": "%s", "created_at": "2026-05-12T07:41:41.946Z", "client-data": {}},
                 "remaining_quota": {"movies": 0, "drafts": 0, "time": 1807}}""".formatted(project);
    }

    private static String pollState(int poll) {
        return poll == 0 ? STARTED : "poll-" + poll;
    }
}
